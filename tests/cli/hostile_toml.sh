#!/usr/bin/env bash
# TOML nested 40,000 deep (a table header [a.a.a…] or a dotted key a.a.a… = 1,
# 80 KB) used to overflow toml++'s stack through every TOML reader. Now each
# reader refuses it: exit 1 naming the file, the line and the limit, quickly.
set -uo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

deep() { python3 -c "import sys; sys.stdout.write('.'.join(['a'] * 40000))"; }

{ printf '[deck]\ntitle = "x"\n['; deep; printf ']\nx = 1\n'; } >"$tmp/header.toml"
{ printf '[deck]\ntitle = "x"\n'; deep; printf ' = 1\n'; } >"$tmp/dotted.toml"
[ "$(stat -c %s "$tmp/header.toml")" -gt 80000 ] || fail "the generated header is too short"

for f in header dotted; do
  start=$SECONDS
  timeout 20 "$steppe" render --deck "$tmp/$f.toml" --out "$tmp/$f.pdf" >/dev/null 2>"$tmp/err"
  rc=$?
  [ $rc -eq 1 ] || fail "$f: exit $rc (expected 1): $(head -c 400 "$tmp/err")"
  [ $((SECONDS - start)) -lt 10 ] || fail "$f: took $((SECONDS - start)) s"
  grep -q "$f.toml line 3: .*deeper than 32 levels" "$tmp/err" || fail "$f: $(head -c 400 "$tmp/err")"
  [ ! -e "$tmp/$f.pdf" ] || fail "$f: an output was written"
done

# indicators --dir reads indicator metadata (TOML) the same way.
mkdir "$tmp/ind"
{ printf 'id = "deep"\n'; deep; printf ' = 1\n'; } >"$tmp/ind/deep.toml"
printf 'code,name,value,unit,period,source_file,quote\n' >"$tmp/ind/deep.csv"
timeout 20 "$steppe" indicators --dir "$tmp/ind" >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] || fail "indicators --dir: exit $rc: $(head -c 400 "$tmp/err")"
grep -q "deep.toml line 2: a dotted key nests deeper than 32 levels" "$tmp/err" || fail "indicators: $(head -c 400 "$tmp/err")"
echo ok
