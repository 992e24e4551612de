#!/usr/bin/env bash
# TEST DOUBLES — see dpu/testing/README.md. Builds, with the host's clang, the BTHOWeN
# training programs of dpu/src (train-pairs, train-bleach-minima, train-bleach-score,
# train-binarize) against the mock runtime, as host shared libraries:
#
#   OUT/<program>-t<N>.so   exports mock_dpu_run(mram, bytes) (mock-runtime/mock_runtime.c),
#                           the program's globals (args, arguments_ok, ...) and
#                           bthowen_mock_plan[3] = { BTHOWEN_TABLES, BTHOWEN_STREAM_BYTES,
#                           BTHOWEN_SCORE_BATCH or 0 }: the WRAM plan the preprocessor chose
#
# The programs' shapes are compile-time: pass them (and any plan override) as FLAGS, e.g.
#   -DBTHOWEN_ENTRIES=256 -DBTHOWEN_HASHES=3 -DBTHOWEN_INPUTS=49 -DBTHOWEN_CLASSES=10
# Tests/BTHOWeNKernelsTests/TrainingProgramsOnMockTests.swift runs them on MRAM images the
# simulator's kernels also run and compares the results. Nothing it produces is a measurement.
#
# Usage: dpu/testing/build-training-programs.sh OUT TASKLETS [PROGRAM...] [-- FLAGS...]
#        (default programs: all four)
# The compiler: $CC, else clang on PATH, else the clang next to the Swift toolchain's swift.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || { echo "usage: $0 OUT TASKLETS [PROGRAM...] [-- FLAGS...]" >&2; exit 64; }
out="$1"; n="$2"; shift 2
programs=()
while [[ $# -gt 0 && "$1" != "--" ]]; do programs+=("$1"); shift; done
[[ $# -gt 0 ]] && shift
flags=("$@")
[[ ${#programs[@]} -eq 0 ]] && programs=(train-pairs train-bleach-minima train-bleach-score train-binarize)

source "$here/host-cc.sh"

mkdir -p "$out"
for program in "${programs[@]}"; do
  source="$root/dpu/src/$program.c"
  [[ -f "$source" ]] || { echo "error: no $source" >&2; exit 66; }
  # The program itself, then its plan as the preprocessor chose it.
  wrapper="$out/$program-t$n-mock.c"
  cat > "$wrapper" <<EOF
#include "$source"
#ifndef BTHOWEN_SCORE_BATCH
#define BTHOWEN_SCORE_BATCH 0
#endif
const unsigned bthowen_mock_plan[3] = { BTHOWEN_TABLES, BTHOWEN_STREAM_BYTES, BTHOWEN_SCORE_BATCH };
EOF
  "$cc" -std=gnu11 -Wall -Wextra -Werror -O1 -shared -fPIC -DNR_TASKLETS="$n" -Dmain=bthowen_dpu_main ${flags[@]+"${flags[@]}"} \
    -I "$here/mock-runtime" -I "$root/dpu/include" \
    -o "$out/$program-t$n.so" "$wrapper" "$here/mock-runtime/mock_runtime.c" -lpthread
done
