#!/usr/bin/env bash
# --theme projector dresses a map for a room (darker borders, opaque label halo,
# larger labels): the page differs from the standard one; a deck's own
# theme = "projector" gives the same pages as --theme projector; an unknown
# theme, or a theme for split panes, is refused with exit 2.
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

args=(render --indicator tongliao_raw_coal_output_2025_01_07 --width 480 --height 300)
"$steppe" "${args[@]}" --out "$tmp/standard.png" >/dev/null 2>&1
"$steppe" "${args[@]}" --out "$tmp/explicit.png" --theme standard >/dev/null 2>&1
"$steppe" "${args[@]}" --out "$tmp/projector.png" --theme projector >/dev/null 2>&1
cmp -s "$tmp/standard.png" "$tmp/explicit.png" || { echo "--theme standard is not the default"; exit 1; }
! cmp -s "$tmp/standard.png" "$tmp/projector.png" || { echo "--theme projector changed nothing"; exit 1; }

printf '[deck]\ntitle = "t"\n%s\n[[view]]\ntitle = "Tongliao"\nindicator = "tongliao_raw_coal_output_2025_01_07"\nregion = "150500"\n' \
  'theme = "projector"' >"$tmp/projector.toml"
sed '/^theme/d' "$tmp/projector.toml" >"$tmp/plain.toml"
"$steppe" render --deck "$tmp/projector.toml" --out "$tmp/a" --width 480 --height 270 >/dev/null 2>&1
"$steppe" render --deck "$tmp/plain.toml" --out "$tmp/b" --width 480 --height 270 --theme projector >/dev/null 2>&1
"$steppe" render --deck "$tmp/plain.toml" --out "$tmp/c" --width 480 --height 270 >/dev/null 2>&1
cmp -s "$tmp/a/01-tongliao.png" "$tmp/b/01-tongliao.png" || { echo "deck theme and --theme disagree"; exit 1; }
! cmp -s "$tmp/a/01-tongliao.png" "$tmp/c/01-tongliao.png" || { echo "the deck's theme was ignored"; exit 1; }

expect_usage() { # expect_usage MESSAGE-REGEX ARGS...
  local want="$1"; shift
  set +e
  "$steppe" "$@" 2>"$tmp/err"
  local rc=$?
  set -e
  [ "$rc" -eq 2 ] && grep -Eq "$want" "$tmp/err" || { echo "$*: exit $rc, '$(cat "$tmp/err")'"; exit 1; }
}
expect_usage "^steppe render: --theme must be standard or projector \(got 'beamer'\)" \
  render --out "$tmp/x.png" --theme beamer
expect_usage "^steppe render: --theme .*--split" \
  render --out "$tmp/x.png" --theme projector --split gdp_league_2024_h1,gdp_league_2024_h1
[ ! -e "$tmp/x.png" ] || { echo "wrote a PNG for a refused command"; exit 1; }
echo ok
