#!/usr/bin/env bash
# Regenerates docs/training-cost.csv (docs/training.md): `simctl train on-dpus` on the full
# MNIST training set for every configuration, both strategies and DPU counts 1…2,560, plus
# a few variants (DPU hashing, max merge). Each row is one phase (train or bleach) of one run,
# in `simctl run`'s columns + phase, preceded by the point's options.
# Usage: scripts/generate-training-table.sh [MNIST_DIR] [OUT_CSV]   (after swift build -c release)
set -euo pipefail
cd "$(dirname "$0")/.."
MNIST=${1:-../shared/data/mnist}
OUT=${2:-docs/training-cost.csv}
SIMCTL=.build/release/simctl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
header_done=0
run() { # config strategy dpus hashing merge
  local name="$1-$2-$3-$4-$5"
  local extra=()
  [ "$2" = train-data-parallel ] && extra+=(--merge "$5")
  local start=$(date +%s.%N)
  "$SIMCTL" train on-dpus --shape "$1" --mnist "$MNIST" --out "$tmp/m.bthowen" --dpus "$3" --strategy "$2" \
    --hashing "$4" "${extra[@]}" --csv "$tmp/$name.csv" > "$tmp/$name.txt" 2> "$tmp/$name.err"
  local end=$(date +%s.%N)
  local host=$(grep '^host trainer:' "$tmp/$name.txt" | awk '{print $3}')
  local sim=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  if [ $header_done = 0 ]; then
    echo "hashing,merge,host_trainer_wall_seconds,simulation_wall_seconds,$(head -1 "$tmp/$name.csv")" > "$tmp/table.csv"
    header_done=1
  fi
  tail -n +2 "$tmp/$name.csv" | sed "s/^/$4,$5,$host,$sim,/" >> "$tmp/table.csv"
  echo "$name: $(grep '^simulated total' "$tmp/$name.txt") [$sim s to simulate]" >&2
}
for config in small medium large; do
  for strategy in train-filter-split train-data-parallel; do
    for dpus in 1 4 16 64 256 1024 2560; do
      run "$config" "$strategy" "$dpus" host sum
    done
  done
done
for dpus in 4 64 2560; do run small train-data-parallel "$dpus" host max; done
for dpus in 10 256; do
  run small train-filter-split "$dpus" dpu sum
  run small train-data-parallel "$dpus" dpu sum
done
cp "$tmp/table.csv" "$OUT"
echo "wrote $OUT" >&2
