#!/usr/bin/env bash
# Re-records the golden cycle records (traces/goldens/: kernel-cycles.csv, training-cycles.csv,
# prim-cycles.csv) from the current model, kernels and workloads. Do this only on purpose, and say in the commit why the numbers moved;
# `git diff traces/goldens` shows which points changed.
set -euo pipefail
cd "$(dirname "$0")/.."
DPUSIM_BLESS_GOLDENS=1 swift test --filter "GoldenCycleTests|PrIMGoldenTests"
git --no-pager diff --stat -- traces/goldens || true
