#!/usr/bin/env bash
# Builds steppe (installing Debian packages if missing) and opens the atlas
# on the built-in Inner Mongolia data. Extra arguments go to `steppe`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build/release" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build/release" -j"$(nproc)" --target steppe
exec "$root/build/release/steppe" "$@"
