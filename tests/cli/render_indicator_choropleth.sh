#!/usr/bin/env bash
# `steppe render --indicator`: a seed indicator as a choropleth or point layer;
# unknown ids and bad classification options are usage errors (exit 2).
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$steppe" render --indicator tongliao_raw_coal_output_2025_01_07 --extent 150500 \
  --width 400 --height 300 --out "$tmp/coal.png" >/dev/null
[ -s "$tmp/coal.png" ] || fail "no coal PNG"
"$steppe" render --indicator tongliao_raw_coal_output_2025_01_07 --classify manual --breaks 1200 \
  --palette Blues --reverse --width 400 --height 300 --out "$tmp/manual.png" >/dev/null
"$steppe" render --indicator park_revenue_point_2024 --extent 150200 --width 400 --height 300 \
  --out "$tmp/park.png" >/dev/null
[ -s "$tmp/park.png" ] || fail "no point-layer PNG"

expect_usage() { # expected-text args...
  local want="$1"; shift
  set +e
  local msg; msg="$("$steppe" render --width 64 --height 64 --out "$tmp/x.png" "$@" 2>&1)"
  local rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "exit $rc (want 2) for $*: $msg"
  grep -qF -- "$want" <<<"$msg" || fail "message for $* lacks '$want': $msg"
}
expect_usage "steppe indicators" --indicator no_such_indicator
expect_usage "similar: tongliao_raw_coal_growth" --indicator tongliao_raw_coal
expect_usage "equal, quantile, jenks, stddev or manual" --indicator tongliao_raw_coal_output_2025_01_07 --classify rainbow
expect_usage "needs --breaks" --indicator tongliao_raw_coal_output_2025_01_07 --classify manual
expect_usage "not a number" --indicator tongliao_raw_coal_output_2025_01_07 --breaks 10,abc
expect_usage "Rainbow" --indicator tongliao_raw_coal_output_2025_01_07 --palette Rainbow
expect_usage "exclude each other" --indicator tongliao_raw_coal_output_2025_01_07 --table x.csv
echo ok
