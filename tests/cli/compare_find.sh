#!/usr/bin/env bash
# steppe info --find: a code, the Chinese name (or its start), the English name
# and pinyin initials all find 霍林郭勒市 first; JSON names the match kind; no
# match exits 1 with a hint.
set -euo pipefail
steppe="$1"

for q in 150581 霍林郭勒 霍林郭勒市 Holingol holingol hlgl; do
  first="$("$steppe" info --find "$q" | head -1)"
  [[ "$first" == 150581\ \ 霍林郭勒市* ]] || { echo "--find $q: first line '$first'"; exit 1; }
done

"$steppe" info --find hlgl --json | python3 -c '
import json, sys
hits = json.load(sys.stdin)
assert hits[0]["code"] == "150581" and hits[0]["match"] == "initials", hits[0]
assert hits[0]["matched"] == "hlgls", hits[0]
assert set(hits[0]) == {"code", "name_zh", "name_en", "level", "parent", "match", "matched"}
'
"$steppe" info --find 150581 --json | python3 -c '
import json, sys
hits = json.load(sys.stdin)
assert len(hits) == 1 and hits[0]["match"] == "code", hits
'
# A league prefix: the league first, then its banners; --level filters.
"$steppe" info --find 1505 --json | python3 -c '
import json, sys
hits = json.load(sys.stdin)
assert hits[0]["code"] == "150500" and hits[0]["level"] == "league", hits[0]
assert all(h["code"].startswith("1505") for h in hits) and len(hits) >= 9, hits
'
[ "$("$steppe" info --find 1505 --level league | wc -l)" = 1 ]

set +e
msg="$("$steppe" info --find 北京市 2>&1)"
rc=$?
set -e
[ "$rc" = 1 ] || { echo "no match exited $rc"; exit 1; }
grep -q "no region matches '北京市'" <<<"$msg" || { echo "unclear message: $msg"; exit 1; }
