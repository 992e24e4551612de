#!/usr/bin/env bash
# Regenerates docs/comparison-small.csv and docs/comparison-large.csv: every kernel on the
# MNIST-Small and the MNIST-Large model, 10 DPUs, tasklets 1-24, the shipped 1,000 test
# images; and docs/comparison.svg, the figure of both (docs/visualization.md).
# Deterministic: the same files on every machine.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product simctl
for model in small large; do
  .build/release/simctl sweep --kernels naive,mram-probe,small-pooled,large-filter-split \
    --model "$model" --tasklets 1-24 --dpus 10 --quiet --csv "docs/comparison-$model.csv"
done
.build/release/simctl plot --reports docs/comparison-small.csv,docs/comparison-large.csv \
  --title "Small vs Large: the four kernels on both models, 1–24 tasklets" --out docs/comparison.svg
