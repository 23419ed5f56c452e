#!/usr/bin/env bash
# A fresh clone must pass the tests: nothing the build, the tests or the data
# tools run may read files beside the checkout (../shared/seeds, ../shared/reference).
set -euo pipefail
root="$1"
cd "$root"
hits="$(grep -rnE '\.\./shared|shared/(seeds|reference)|"shared"' \
          CMakeLists.txt cmake scripts tests indicators/tools src tools geodata decks 2>/dev/null \
        | grep -v '^tests/data/no_outside_paths.sh:' || true)"
if [ -n "$hits" ]; then
  echo "these lines read files outside the repository; use indicators/sources (or ship the file):"
  echo "$hits"
  exit 1
fi
echo "ok: no path outside the repository"
