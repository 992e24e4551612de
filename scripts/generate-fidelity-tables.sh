#!/usr/bin/env bash
# Regenerates docs/fidelity-sensitivity.csv and prints the sensitivity tables of
# docs/fidelity.md: every kernel on its own model, 10 DPUs × 16 tasklets, the shipped 1,000
# MNIST test images; the nominal run, each uncertain parameter of ModelUncertainty at each
# end of its range (one at a time), and all of them together (`simctl run --uncertainty`).
#
#   scripts/generate-fidelity-tables.sh            # about a minute on one core (release build)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
simctl=.build/release/simctl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo '{"instructionCountScale": 0.85}' > "$tmp/count-low.json"
echo '{"instructionCountScale": 1.15}' > "$tmp/count-high.json"

# variant name → configuration file ("" = the defaults)
variants=(
  "nominal|"
  "dma-bank-only|data/configs/dma-bank-only.json"
  "dma-fifo|data/configs/dma-fifo.json"
  "instructions-15%|$tmp/count-low.json"
  "instructions+15%|$tmp/count-high.json"
  "register-hazards|data/configs/upimulator-register-hazards.json"
)
out=docs/fidelity-sensitivity.csv
echo "kernel,model,variant,dpu_cycles,cycles_per_input" > "$tmp/out.csv"
for kernel in naive mram-probe small-pooled large-filter-split; do
  for v in "${variants[@]}"; do
    name=${v%%|*}; config=${v#*|}
    args=(run --kernel "$kernel" --tasklets 16 --quiet --csv "$tmp/run.csv")
    [ -n "$config" ] && args+=(--config "$config")
    [ "$name" = nominal ] && args+=(--uncertainty)
    "$simctl" "${args[@]}" > /dev/null
    # columns: kernel(1) model(2) dpu_cycles(6) cycles_per_input(18); range: 36–39
    awk -F, -v name="$name" 'NR == 2 {
      print $1 "," $2 "," name "," $6 "," $18
      if (name == "nominal") print $1 "," $2 ",all-low," $36 "," $38 "\n" $1 "," $2 ",all-high," $37 "," $39
    }' "$tmp/run.csv" >> "$tmp/out.csv"
  done
done
mv "$tmp/out.csv" "$out"
echo "wrote $out"

# The markdown table: cycles/input, and each variant's change against the nominal run.
awk -F, 'NR > 1 {
  key = $1 " (" $2 ")"
  if (!(key in seen)) { seen[key] = 1; order[++n] = key }
  v[key, $3] = $5
} END {
  print "| kernel (model) | nominal cycles/input | DMA: bank only | DMA: FIFO | instructions −15% | instructions +15% | register hazards on | all low … all high |"
  print "|---|---|---|---|---|---|---|---|"
  for (i = 1; i <= n; i++) {
    k = order[i]; base = v[k, "nominal"]
    line = "| " k " | " sprintf("%.0f", base)
    split("dma-bank-only dma-fifo instructions-15% instructions+15% register-hazards", names, " ")
    for (j = 1; j <= 5; j++) line = line " | " sprintf("%+.1f%%", (v[k, names[j]] / base - 1) * 100)
    line = line " | " sprintf("%.0f … %.0f (%+.0f%% … %+.0f%%)", v[k, "all-low"], v[k, "all-high"], (v[k, "all-low"] / base - 1) * 100, (v[k, "all-high"] / base - 1) * 100) " |"
    print line
  }
}' "$out"
