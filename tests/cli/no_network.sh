#!/usr/bin/env bash
# No network, ever: a boundary file (an OGR VRT) pointing at /vsicurl/ on a
# local HTTP listener, and network paths given directly, are refused with a
# clear message; the listener must see no connection at all.
set -uo pipefail
steppe="$1"
tmp="$(mktemp -d)"
listener=""
cleanup() {
  [ -n "$listener" ] && kill "$listener" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A listener on a free port of 127.0.0.1 that records every connection and
# stops by itself after 60 s.
python3 - "$tmp" <<'PY' &
import socket, sys, time
tmp = sys.argv[1]
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(16)
s.settimeout(0.2)
open(tmp + "/port.tmp", "w").write(str(s.getsockname()[1]))
import os
os.rename(tmp + "/port.tmp", tmp + "/port")
end = time.time() + 60
while time.time() < end:
    try:
        c, _ = s.accept()
    except socket.timeout:
        continue
    with open(tmp + "/connections", "a") as f:
        f.write("connection\n")
    try:
        c.recv(4096)
        c.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n"
                  b'{"type":"FeatureCollection","features":[]}')
    except OSError:
        pass
    c.close()
PY
listener=$!
for _ in $(seq 100); do [ -s "$tmp/port" ] && break; sleep 0.1; done
[ -s "$tmp/port" ] || fail "the listener did not start"
port="$(cat "$tmp/port")"
url="http://127.0.0.1:$port/b.geojson"

cat >"$tmp/remote.vrt" <<XML
<OGRVRTDataSource>
  <OGRVRTLayer name="b">
    <SrcDataSource>/vsicurl/$url</SrcDataSource>
  </OGRVRTLayer>
</OGRVRTDataSource>
XML
# The same through a source given as a plain URL, and through a nested VRT.
sed "s|/vsicurl/$url|$url|" "$tmp/remote.vrt" >"$tmp/url.vrt"
cat >"$tmp/outer.vrt" <<XML
<OGRVRTDataSource>
  <OGRVRTLayer name="b">
    <SrcDataSource relativeToVRT="1">remote.vrt</SrcDataSource>
  </OGRVRTLayer>
</OGRVRTDataSource>
XML

check() {
  local pattern="$1"
  shift
  timeout 20 "$steppe" "$@" >/dev/null 2>"$tmp/err"
  local rc=$?
  [ $rc -eq 1 ] || fail "$*: exit $rc (expected 1): $(cat "$tmp/err")"
  grep -Eq -- "$pattern" "$tmp/err" || fail "$*: stderr lacks '$pattern': $(cat "$tmp/err")"
}
check "remote.vrt: .*/vsicurl/ is a network path; steppe never reads from the network" info --data "$tmp/remote.vrt"
check "url.vrt: refers to http://.*never reads from the network" info --data "$tmp/url.vrt"
check "remote.vrt.*network" info --data "$tmp/outer.vrt"
check "/vsicurl/ is a network path" info --data "/vsicurl/$url"
check "/vsis3/ is a network path" info --data "/vsis3/bucket/b.geojson"
check "/vsizip/.*/vsicurl/ is a network path" info --data "/vsizip//vsicurl/$url.zip/b.geojson"
check "/vsicurl/ is a network path" render --data "$tmp/remote.vrt" --out "$tmp/x.png"
[ ! -e "$tmp/x.png" ] || fail "an output was written"

sleep 0.5
[ ! -e "$tmp/connections" ] || fail "steppe connected to the listener $(wc -l <"$tmp/connections") time(s)"
# The listener itself works (so the test can fail): one probe connection.
python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 2).close()"
for _ in $(seq 20); do [ -e "$tmp/connections" ] && break; sleep 0.1; done
[ -e "$tmp/connections" ] || fail "the listener saw not even the probe: the test cannot detect a connection"
echo ok
