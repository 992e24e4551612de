#!/usr/bin/env bash
# Regenerates docs/comparison-small.csv and docs/comparison-large.csv: every kernel on the
# MNIST-Small and the MNIST-Large model, 10 DPUs, tasklets 1-24, the shipped 1,000 test
# images. Deterministic: the same files on every machine.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product simctl
for model in small large; do
  .build/release/simctl sweep --kernels naive,mram-probe,small-pooled,large-filter-split \
    --model "$model" --tasklets 1-24 --dpus 10 --quiet --csv "docs/comparison-$model.csv"
done
