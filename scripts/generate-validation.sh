#!/usr/bin/env bash
# Regenerates docs/validation.csv and docs/validation.svg (simctl validate on every row of
# uPIMulator's real-UPMEM table) and rewrites the two summary tables of docs/validation.md
# (between its <!-- kernel-table --> and <!-- transfer-table --> markers) from the run.
# Usage: scripts/generate-validation.sh   (builds the release simctl first; ~30 s after that)
# Needs python3 for the table rewrite. The prose of docs/validation.md quotes figures too:
# re-read it after a change that moves them.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
summary="$(mktemp)"
trap 'rm -f "$summary"' EXIT
.build/release/simctl validate --threads "$(nproc)" --csv docs/validation.csv --plot docs/validation.svg \
  | sed -n '/^kernel time/,$p' > "$summary"
cat "$summary"
python3 - "$summary" <<'PY'
import re, sys
blocks = open(sys.argv[1]).read().strip().split('\n\n')

def markdown(block):
    rows = [re.split(r'\s{2,}', l.strip()) for l in block.strip().split('\n') if not set(l.strip()) <= set('- ')]
    out = ['| ' + ' | '.join(rows[0]) + ' |', '|' + '|'.join(['---'] * len(rows[0])) + '|']
    out += ['| ' + ' | '.join(['**all**' if r[0] == 'all' else r[0]] + r[1:]) + ' |' for r in rows[1:]]
    return '\n'.join(out)

path = 'docs/validation.md'
text = open(path).read()
for name, block in (('kernel-table', blocks[0]), ('transfer-table', blocks[1])):
    start, end = f'<!-- {name} -->', f'<!-- /{name} -->'
    text = re.sub(re.escape(start) + '.*?' + re.escape(end), lambda _: f'{start}\n{markdown(block)}\n{end}', text, flags=re.S)
open(path, 'w').write(text)
PY
