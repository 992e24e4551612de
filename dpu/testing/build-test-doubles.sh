#!/usr/bin/env bash
# TEST DOUBLES — see dpu/testing/README.md. Builds, with the host's clang:
#   OUT/upmem/lib/libdpu.so          the fake libdpu (fake-libdpu.c)
#   OUT/programs/<kernel>-t<N>.dpu   each BTHOWeN inference program of dpu/src, compiled
#                                    against the mock runtime as a host shared library
# so that `UPMEM_HOME=OUT/upmem simctl run --backend hardware --dpu-programs OUT/programs …`
# runs end to end without a UPMEM server. Nothing it produces is a measurement.
#
# Usage: dpu/testing/build-test-doubles.sh OUT [TASKLETS...]   (default tasklets: 4 16)
# The compiler: $CC, else clang on PATH, else the clang next to the Swift toolchain's swift.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[[ $# -ge 1 ]] || { echo "usage: $0 OUT [TASKLETS...]" >&2; exit 64; }
out="$1"; shift
tasklets=("$@")
[[ ${#tasklets[@]} -eq 0 ]] && tasklets=(4 16)

source "$here/host-cc.sh"

mkdir -p "$out/upmem/lib" "$out/programs"
"$cc" -Wall -Wextra -Werror -O1 -shared -fPIC -I "$root/Sources/CLibDPU" \
  -o "$out/upmem/lib/libdpu.so" "$here/fake-libdpu.c" -ldl
for kernel in naive mram-probe small-pooled large-filter-split; do
  for n in "${tasklets[@]}"; do
    "$cc" -Wall -Wextra -Werror -O1 -shared -fPIC -DNR_TASKLETS="$n" -Dmain=bthowen_dpu_main \
      -I "$here/mock-runtime" -I "$root/dpu/include" \
      -o "$out/programs/$kernel-t$n.dpu" "$root/dpu/src/$kernel.c" "$here/mock-runtime/mock_runtime.c" -lpthread
  done
done
