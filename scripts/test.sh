#!/usr/bin/env bash
# Builds steppe and its tests with strict warnings as errors, AddressSanitizer
# and UndefinedBehaviorSanitizer (installing Debian packages if missing), then
# runs the whole suite with ctest. Rendering tests use headless EGL (no X needed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="$root/build/test"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTEPPE_WERROR=ON -DSTEPPE_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
# intercept_tls_get_addr=0: GCC 12's LeakSanitizer otherwise trips over a
# stale dynamic-TLS record left by Mesa's llvmpipe threads ("Tracer caught
# signal 11") after a test has passed; it only stops DTLS tracking.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:intercept_tls_get_addr=0"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build" && ctest --output-on-failure -j"$(nproc)" "$@"
