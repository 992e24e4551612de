#!/usr/bin/env bash
# Builds every DPU program dpu/src/*.c once per tasklet count, with the UPMEM SDK's DPU
# compiler:
#
#   dpu-upmem-dpurte-clang -O2 -DNR_TASKLETS=N -DSTACK_SIZE_DEFAULT=1024 -I dpu/include \
#     -o dpu/build/<name>-t<N>.dpu dpu/src/<name>.c
#
# (1,024-byte stacks: the simulator's default stackBytesPerTasklet, so that both size the
# WRAM the same way.)
# Usage: dpu/build.sh [TASKLETS...]     e.g. dpu/build.sh 16   or   dpu/build.sh 1-24   or   dpu/build.sh 1,4,11,16
# Default: 1-24 (every tasklet count a v1A DPU runs). `simctl run --backend hardware`
# looks for dpu/build/<kernel>-t<N>.dpu.
#
# The compiler is found as: $DPU_CC if set; else dpu-upmem-dpurte-clang on PATH (the SDK's
# upmem_env.sh puts it there); else $UPMEM_HOME/bin/dpu-upmem-dpurte-clang.
# $DPU_BUILD_DIR overrides the output folder (default dpu/build, git-ignored);
# $DPU_CFLAGS adds compiler flags.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
compiler_name=dpu-upmem-dpurte-clang

if [[ -n "${DPU_CC:-}" ]]; then
  cc="$DPU_CC"
elif command -v "$compiler_name" >/dev/null 2>&1; then
  cc="$(command -v "$compiler_name")"
elif [[ -n "${UPMEM_HOME:-}" && -x "$UPMEM_HOME/bin/$compiler_name" ]]; then
  cc="$UPMEM_HOME/bin/$compiler_name"
else
  {
    echo "error: the UPMEM DPU compiler '$compiler_name' was not found."
    if [[ -n "${UPMEM_HOME:-}" ]]; then
      echo "  looked on PATH and in UPMEM_HOME/bin ($UPMEM_HOME/bin/$compiler_name does not exist)."
    else
      echo "  looked on PATH; UPMEM_HOME is not set."
    fi
    echo "  Install the UPMEM SDK (https://sdk.upmem.com), then either 'source <sdk>/upmem_env.sh'"
    echo "  or set UPMEM_HOME to the SDK's folder (the one holding bin/$compiler_name), and run this again."
    echo "  The simulator itself (swift build, simctl run --backend sim) needs none of this."
  } >&2
  exit 127
fi

# Tasklet counts: words like 16, 1-24 or 1,4,11,16.
counts=()
add_count() {
  local n="$1"
  if ! [[ "$n" =~ ^[0-9]+$ ]] || (( n < 1 || n > 24 )); then
    echo "error: tasklet count '$n' is not in 1...24" >&2
    exit 64
  fi
  for c in "${counts[@]+"${counts[@]}"}"; do [[ "$c" == "$n" ]] && return 0; done
  counts+=("$n")
}
specs=("$@")
[[ ${#specs[@]} -eq 0 ]] && specs=("1-24")
for spec in "${specs[@]}"; do
  IFS=',' read -r -a parts <<< "$spec"
  for part in "${parts[@]}"; do
    if [[ "$part" =~ ^([0-9]+)-([0-9]+)$ ]]; then
      low="${BASH_REMATCH[1]}"; high="${BASH_REMATCH[2]}"
      if (( low > high )); then echo "error: tasklet range '$part' is empty" >&2; exit 64; fi
      for ((n = low; n <= high; n++)); do add_count "$n"; done
    else
      add_count "$part"
    fi
  done
done

shopt -s nullglob
sources=("$here"/src/*.c)
if [[ ${#sources[@]} -eq 0 ]]; then
  echo "error: no DPU programs in $here/src" >&2
  exit 1
fi
out="${DPU_BUILD_DIR:-$here/build}"
mkdir -p "$out"
extra=()
if [[ -n "${DPU_CFLAGS:-}" ]]; then read -r -a extra <<< "$DPU_CFLAGS"; fi

built=0
for src in "${sources[@]}"; do
  name="$(basename "$src" .c)"
  for n in "${counts[@]}"; do
    target="$out/$name-t$n.dpu"
    "$cc" -O2 -DNR_TASKLETS="$n" -DSTACK_SIZE_DEFAULT=1024 -I "$here/include" "${extra[@]+"${extra[@]}"}" -o "$target" "$src"
    built=$((built + 1))
  done
done
echo "built $built DPU program(s) in $out (${#sources[@]} source(s) x tasklets ${counts[*]})"
