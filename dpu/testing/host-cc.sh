# Sourced by the test-double build scripts: sets `cc` to the host C compiler — $CC, else
# clang on PATH, else the clang next to the Swift toolchain's swift — or exits 127 naming
# what is missing.
cc="${CC:-}"
if [[ -z "$cc" ]]; then
  if command -v clang >/dev/null 2>&1; then
    cc="$(command -v clang)"
  elif command -v swift >/dev/null 2>&1 && [[ -x "$(dirname "$(readlink -f "$(command -v swift)")")/clang" ]]; then
    cc="$(dirname "$(readlink -f "$(command -v swift)")")/clang"
  else
    echo "error: no clang found (set CC, or put the Swift toolchain's clang on PATH)" >&2
    exit 127
  fi
fi
