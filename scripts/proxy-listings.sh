#!/usr/bin/env bash
# Proxy instruction counts of the DPU programs' hot regions (docs/instruction-counts.md).
#
# Compiles every DPU program named in dpu/proxy/regions.txt (dpu/src/<program>.c, or
# dpu/proxy/<program>.c for the reference loops that are not DPU programs of this project) with the Swift toolchain's clang
# as a stand-in for the UPMEM DPU compiler,
#
#   clang --target=riscv32 -march=rv32i -O2 -fno-builtin -fno-ident -DNR_TASKLETS=16 \
#         -I dpu/proxy/runtime -I dpu/include -S dpu/src/<program>.c
#
# (no multiplier: run-time 32-bit products are __mulsi3 calls, as on the DPU), keeps each
# listing, sums the instructions of the basic blocks that make up each region, by
# InstructionClass, and writes
#
#   <listings>/<program>.s          the listings
#   <listings>/region-counts.csv    kernel,region,alu,aluRR,load,store,branch,calls,function,blocks
#   <swift>                         Swift constants of the same table (extensions of the kernels)
#
# Usage: scripts/proxy-listings.sh             writes dpu/listings/ and
#                                              Sources/BTHOWeNKernels/Generated/ProxyRegionCounts.swift
#        scripts/proxy-listings.sh --out DIR   writes DIR/listings/ and DIR/ProxyRegionCounts.swift
#                                              (what the drift test compares with the committed ones)
#        --suite prim                          the PrIM workloads' C twins instead (dpu/prim/): writes
#                                              dpu/listings/prim/ and Sources/PrIMKernels/Generated/
#        --tasklets N compiles with NR_TASKLETS=N instead of 16 (to check that no region depends on it).
# $PROXY_CC overrides the compiler (default: clang next to `swift`, else clang on PATH);
# $PROXY_PROGRAMS, a space-separated list, restricts the outputs to those programs.
# Every output is a deterministic function of the sources and the compiler version.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

listings=dpu/listings
swift_out=Sources/BTHOWeNKernels/Generated/ProxyRegionCounts.swift
spec=dpu/proxy/regions.txt
sources="dpu/src dpu/proxy"
tasklets=16
suite=bthowen
out=""
spec_label="dpu/proxy/regions.txt"; listings_label="dpu/listings/"; sources_label="dpu/src/"
usage() { echo "usage: $0 [--suite bthowen|prim] [--out DIR] [--tasklets N]" >&2; exit 64; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) [[ -n "${2:-}" ]] || usage; out="$2"; shift 2 ;;
    --tasklets) [[ "${2:-}" =~ ^[0-9]+$ ]] || usage; tasklets="$2"; shift 2 ;;
    --suite) [[ "${2:-}" == bthowen || "${2:-}" == prim ]] || usage; suite="$2"; shift 2 ;;
    *) usage ;;
  esac
done
# The PrIM suite: the C twins of PrIM's DPU programs (dpu/prim/<program>.c), whose regions
# are listed one file per workload (dpu/prim/<program>.regions, read in name order), into
# dpu/listings/prim/ and Sources/PrIMKernels/Generated/ProxyRegionCounts.swift.
if [[ "$suite" == prim ]]; then
  listings=dpu/listings/prim
  swift_out=Sources/PrIMKernels/Generated/ProxyRegionCounts.swift
  sources="dpu/prim"
  spec_label="dpu/prim/*.regions"; listings_label="dpu/listings/prim/"; sources_label="dpu/prim/"
  spec="$(mktemp)"
  trap 'rm -f "$spec"' EXIT
  cat dpu/prim/README.regions $(ls dpu/prim/*.regions | grep -v README.regions | sort) > "$spec"
fi
if [[ -n "$out" ]]; then mkdir -p "$out"; listings="$out/listings"; swift_out="$out/ProxyRegionCounts.swift"; fi
mkdir -p "$(dirname "$swift_out")"

if [[ -n "${PROXY_CC:-}" ]]; then
  cc="$PROXY_CC"
elif command -v swift >/dev/null 2>&1 && [[ -x "$(dirname "$(command -v swift)")/clang" ]]; then
  cc="$(dirname "$(command -v swift)")/clang"
elif command -v clang >/dev/null 2>&1; then
  cc="$(command -v clang)"
else
  echo "error: no clang found (set PROXY_CC)" >&2; exit 127
fi
if ! "$cc" -print-targets 2>/dev/null | grep -q 'riscv32'; then
  echo "error: $cc has no riscv32 target" >&2; exit 127
fi

mkdir -p "$listings"
programs=$(awk -v only=" ${PROXY_PROGRAMS:-} " '!/^#/ && NF && (only ~ /^ *$/ || index(only, " " $1 " ")) { print $1 }' "$spec" | sort -u)
for p in $programs; do
  source=""
  for dir in $sources; do [[ -z "$source" && -f "$dir/$p.c" ]] && source="$dir/$p.c"; done
  [[ -n "$source" ]] || { echo "error: no C source for program $p in: $sources" >&2; exit 1; }
  "$cc" --target=riscv32 -march=rv32i -O2 -fno-builtin -fno-ident -DNR_TASKLETS="$tasklets" \
    -I dpu/proxy/runtime -I dpu/include -S -o "$listings/$p.s" "$source"
done

csv="$listings/region-counts.csv"
awk -v listings="$listings" -v csv="$csv" -v spec_label="$spec_label" -v listings_label="$listings_label" -v sources_label="$sources_label" -v swift="$swift_out" -v cc_version="$("$cc" --version | head -1)" \
    -v only=" ${PROXY_PROGRAMS:-} " '
function fail(msg) { print "proxy-listings: " msg > "/dev/stderr"; failed = 1; exit 1 }
# The InstructionClass of one RISC-V mnemonic (docs/instruction-counts.md, "Classes").
function classify(m) {
  if (m ~ /^(lw|lh|lhu|lb|lbu)$/) return "load"
  if (m ~ /^(sw|sh|sb)$/) return "store"
  if (m ~ /^(beq|bne|blt|bge|bltu|bgeu|beqz|bnez|blez|bgez|bltz|bgtz|bgt|ble|bgtu|bleu|j|jal|jr|jalr|ret|tail)$/) return "branch"
  if (m ~ /^(add|sub|and|or|xor|sll|srl|sra|slt|sltu)$/) return "aluRR"
  if (m ~ /^(addi|andi|ori|xori|slli|srli|srai|slti|sltiu|lui|auipc|li|mv|not|neg|seqz|snez|sltz|sgtz|zext\.b)$/) return "alu"
  return ""
}
# Reads one listing: per function and block number, the class counts and the calls.
function read_listing(program,    file, line, fn, block, m, f, target, defined) {
  file = listings "/" program ".s"
  while ((getline line < file) > 0)
    if (line ~ /^[A-Za-z_][A-Za-z0-9_]*:/) defined[substr(line, 1, index(line, ":") - 1)] = 1
  close(file)
  fn = ""; block = ""
  while ((getline line < file) > 0) {
    if (line ~ /^[A-Za-z_][A-Za-z0-9_]*:/) { fn = substr(line, 1, index(line, ":") - 1); block = 0; continue }
    if (line ~ /^\.LBB[0-9]+_[0-9]+:/) { sub(/^\.LBB[0-9]+_/, "", line); block = substr(line, 1, index(line, ":") - 1); continue }
    if (line ~ /^# %bb\.[0-9]+:/) { sub(/^# %bb\./, "", line); block = substr(line, 1, index(line, ":") - 1); continue }
    if (line !~ /^\t[a-z]/ || fn == "") continue
    split(line, f, /[ \t]+/)
    m = f[2]
    key = program SUBSEP fn SUBSEP block
    seen[key] = 1
    # A call of the runtime (__mulsi3, __udivsi3, barrier_wait, sem_give...: a function the
    # listing does not define) is charged by the kernel with the cost of the routine
    # (Tasklet.mul32, barrierWait...), so it is listed, not counted; a call of a function
    # of the program is a jump like any other.
    if (m == "call" && !(f[3] in defined)) { callees[key] = callees[key] (callees[key] == "" ? "" : " ") f[3]; continue }
    if (m == "call") m = "jal"
    c = classify(m)
    if (c == "") fail(file ": no InstructionClass for \"" m "\" in " fn)
    n[key, c]++
    # What follows a conditional branch inside the same block (the "j" of a block that ends
    # in "bne ...; j ...") runs only when the branch falls through: block "N+".
    if (m ~ /^b/) block = block "+"
  }
  close(file)
}
BEGIN {
  split("alu aluRR load store branch", classes, " ")
  print "kernel,region,alu,aluRR,load,store,branch,calls,function,blocks" > csv
  print "// Generated by scripts/proxy-listings.sh from " spec_label " and the proxy" > swift
  print "// listings in " listings_label ", compiled with" > swift
  print "//   " cc_version > swift
  print "// Do not edit: change the DPU program (" sources_label ") or the region list and run the" > swift
  print "// script again. See docs/instruction-counts.md." > swift
  print "import DPUSim" > swift
}
# The comment lines above a group of regions become the doc comment of its first constant.
NF == 0 { pending = ""; past_header = 1; next }
/^# / { if (past_header) pending = pending "    /// " substr($0, 3) "\n"; next }
/^#/ { next }
{
  program = $1; type = $2; fn = $3; region = $4
  if (only !~ /^ *$/ && !index(only, " " program " ")) { pending = ""; next }
  if (NF < 5) fail("regions.txt line " NR ": want program type function region blocks...")
  if (!(program in loaded)) { read_listing(program); loaded[program] = 1 }
  for (i = 1; i <= 5; i++) total[classes[i]] = 0
  callsig = ""; blocks = ""
  for (i = 5; i <= NF; i++) {
    key = program SUBSEP fn SUBSEP $i
    if (!(key in seen)) fail("regions.txt line " NR ": " fn " has no block " $i " with instructions in " program ".s")
    for (j = 1; j <= 5; j++) total[classes[j]] += n[key, classes[j]]
    if (callees[key] != "") callsig = callsig (callsig == "" ? "" : " ") callees[key]
    blocks = blocks (blocks == "" ? "" : " ") $i
  }
  printf "%s,%s,%d,%d,%d,%d,%d,%s,%s,%s\n", program, region, total["alu"], total["aluRR"], total["load"], total["store"], total["branch"], callsig, fn, blocks > csv
  # Swift: one extension per kernel type, in file order; type "-": a row of the table only.
  if (type == "-") { pending = ""; next }
  if (type != current_type) {
    if (current_type != "") print "}" > swift
    print "" > swift
    print "extension " type " {" > swift
    current_type = type
  }
  printf "%s", pending > swift
  if (pending != "") print "    ///" > swift
  pending = ""
  printf "    /// `%s` blocks %s of %s.s%s.\n", fn, blocks, program, (callsig == "" ? "" : "; the runtime calls (" callsig ") are charged by the kernel") > swift
  printf "    static let %s = InstructionMix(alu: %d, aluRR: %d, load: %d, store: %d, branch: %d)\n", region, total["alu"], total["aluRR"], total["load"], total["store"], total["branch"] > swift
  table = table sprintf("        (\"%s\", \"%s\", %s.%s),\n", program, region, type, region)
}
END {
  if (failed) exit 1
  if (current_type != "") print "}" > swift
  print "" > swift
  print "/// Every row of dpu/listings/region-counts.csv: program, region, and the charge the kernel uses." > swift
  print "enum ProxyRegionCounts {" > swift
  print "    static let all: [(program: String, region: String, mix: InstructionMix)] = [" > swift
  printf "%s", table > swift
  print "    ]" > swift
  print "}" > swift
}
' "$spec"
