#!/usr/bin/env bash
# `steppe render --normalise`: an indicator per 10,000 people (the census
# population of its level), per km² or as a share of its league, the
# denominator's source and period stated (also when they differ from the values').
set -euo pipefail
steppe="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

out="$("$steppe" render --indicator tongliao_raw_coal_output_2025_01_07 --normalise per-10k \
  --extent 150500 --width 400 --height 300 --out "$tmp/a.png")"
[ -s "$tmp/a.png" ] || fail "no PNG"
grep -qF 'Normalised: per 10,000 people: ÷ 常住人口 2020年 (census2020_inner_mongolia.csv); different periods: values of 2025-01/2025-07 per population of 2020' <<<"$out" \
  || fail "denominator note: $out"
out="$("$steppe" render --indicator census_population_banner_2020 --normalise per-km2 --width 300 --height 200 --out "$tmp/b.png")"
grep -qF 'per km² of geodesic area' <<<"$out" || fail "per km2: $out"
out="$("$steppe" render --indicator census_population_banner_2020 --normalise share --width 300 --height 200 --out "$tmp/c.png")"
grep -qF 'share of the sum of the rows of its league' <<<"$out" || fail "share: $out"

set +e
msg="$("$steppe" render --indicator census_urban_share_banner_2020 --normalise per-capita --out "$tmp/x.png" 2>&1)"; rc=$?
set -e
[ "$rc" -ne 0 ] && grep -qF 'already a rate' <<<"$msg" || fail "a rate per person: rc=$rc $msg"
set +e
msg="$("$steppe" render --indicator census_population_banner_2020 --normalise per-person --out "$tmp/x.png" 2>&1)"; rc=$?
set -e
[ "$rc" -eq 2 ] && grep -qF 'per-capita, per-10k, per-km2 or share' <<<"$msg" || fail "unknown normalisation: rc=$rc $msg"
echo "ok: normalised maps state their denominator"
