#!/usr/bin/env bash
# Re-records the golden cycle counts (traces/goldens/kernel-cycles.csv) from the current
# model and kernels. Do this only on purpose, and say in the commit why the numbers moved;
# `git diff traces/goldens` shows which points changed.
set -euo pipefail
cd "$(dirname "$0")/.."
DPUSIM_BLESS_GOLDENS=1 swift test --filter GoldenCycleTests
git --no-pager diff --stat -- traces/goldens || true
