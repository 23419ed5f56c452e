#!/usr/bin/env bash
# Installs the Debian 12 packages steppe needs, only if some are missing.
# Needs root or sudo. Safe to run again: it does nothing when all are present.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  libgdal-dev gdal-bin libproj-dev libgeos-dev
  libglfw3-dev libimgui-dev python3-glad
  libegl-dev libgl-dev libgl1-mesa-dri libegl-mesa0 libgbm1
  libfreetype-dev libfontconfig-dev fonts-noto-cjk libpng-dev zlib1g-dev
  libcairo2-dev libpango1.0-dev
  catch2 nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  xvfb xauth xdotool x11-xkb-utils
  imagemagick ghostscript # window tests: screenshots (import), PDF text (gs txtwrite)
  clang libclang-rt-14-dev # libFuzzer harnesses (scripts/fuzz.sh)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "steppe: installing missing Debian packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "steppe: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
