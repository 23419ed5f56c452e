#!/usr/bin/env bash
# `steppe render --table`: a user's CSV joined through the name matcher; the
# join report (short forms, unknown names, duplicates, text values) is printed
# before the map is drawn.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cat > "$tmp/t.csv" <<'CSV'
地区,产量
扎鲁特,1035.54
霍林郭勒市,1590.92
科左中旗,300
某某旗,12
开鲁县,5
开鲁,6
库伦旗,约300
CSV
out="$("$steppe" render --table "$tmp/t.csv" --key 地区 --value 产量 --unit 万吨 --extent 150500 \
  --width 400 --height 300 --out "$tmp/t.png")"
[ -s "$tmp/t.png" ] || fail "no PNG"
grep -qF 'Joined 4 of 7 table rows' <<<"$out" || fail "summary: $out"
grep -qF '"扎鲁特" -> 扎鲁特旗 (150526) [short form]' <<<"$out" || fail "short form: $out"
grep -qF '"科左中旗" -> 科尔沁左翼中旗 (150521)' <<<"$out" || fail "customary short form: $out"
grep -qF 'row 5: "某某旗"' <<<"$out" || fail "unknown name: $out"
grep -qF '开鲁县 (150523): row 6 ("开鲁县") and row 7 ("开鲁")' <<<"$out" || fail "duplicate: $out"
grep -qF 'row 8 ("库伦旗"): "约300"' <<<"$out" || fail "non-numeric: $out"
# The report comes before the file is written.
[ "$(grep -n 'Joined' <<<"$out" | cut -d: -f1)" -lt "$(grep -n '^wrote' <<<"$out" | cut -d: -f1)" ] || fail "order"

set +e
msg="$("$steppe" render --table "$tmp/t.csv" --key 地区 --out "$tmp/x.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 2 ] && grep -qF -- "--value" <<<"$msg" || fail "missing --value: rc=$rc $msg"
set +e
msg="$("$steppe" render --table "$tmp/none.csv" --key a --value b --out "$tmp/x.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -qF "none.csv" <<<"$msg" || fail "missing file: rc=$rc $msg"
echo ok
