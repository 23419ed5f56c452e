#!/usr/bin/env bash
# Export size presets, picked as a person does. Under Xvfb with a private
# XDG_CONFIG_HOME: E opens the export panel, a click on the 尺寸 Size choice
# "1920 × 1080", a click on 导出 Export writes a 1920x1080 PNG and
# the choice lands in $XDG_CONFIG_HOME/steppe/export.toml; a second session
# exports 1920x1080 again without choosing (remembered).
set -euo pipefail
steppe="$1"
here="$(dirname "$0")"
source "$here/lib/drive.sh"
start_window_test 1440x900

png_size() { # "W H" from the IHDR chunk
  local d
  d="$(od -An -tu1 -j16 -N8 "$1" | tr -s ' ' | sed 's/^ //')"
  read -r w0 w1 w2 w3 h0 h1 h2 h3 <<<"$d"
  echo "$(( (w0 << 24) | (w1 << 16) | (w2 << 8) | w3 )) $(( (h0 << 24) | (h1 << 16) | (h2 << 8) | h3 ))"
}

launch_steppe "$steppe" XDG_CONFIG_HOME="$tmp/config"
keys e
wait_settled export_preset_1920x1080
click export_preset_1920x1080
for _ in $(seq 1 50); do [ -s "$tmp/config/steppe/export.toml" ] && break; sleep 0.1; done
wait_settled export_button
click export_button
wait_file "$tmp/steppe-map.png" 120
[ "$(png_size "$tmp/steppe-map.png")" = "1920 1080" ] || { echo "export is $(png_size "$tmp/steppe-map.png")"; cat "$tmp/config/steppe/export.toml" 2>&1; grep export "$widgets"; exit 1; }
grep -q '^preset = "1920x1080"$' "$tmp/config/steppe/export.toml" || {
  echo "the preset was not remembered:"; cat "$tmp/config/steppe/export.toml" 2>&1; exit 1; }
echo "ok: the 1920 × 1080 preset exported 1920x1080 and was remembered"
quit_steppe

# A new session starts at the remembered preset.
rm -f "$tmp/steppe-map.png" "$tmp/widgets.txt"
launch_steppe "$steppe" XDG_CONFIG_HOME="$tmp/config"
keys e
wait_settled export_button
click export_button
wait_file "$tmp/steppe-map.png" 120
[ "$(png_size "$tmp/steppe-map.png")" = "1920 1080" ] || { echo "second session exported $(png_size "$tmp/steppe-map.png")"; exit 1; }
echo "ok: the next session exported 1920x1080 without choosing again"
quit_steppe
