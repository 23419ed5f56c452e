#pragma once
// What the window shows, saved for tests and briefings
// (STEPPE_EXPLORER_SNAPSHOT): the back buffer as a PNG and, beside it in
// "<file>.map", the map area ("x y w h", framebuffer pixels, top-left origin)
// so a test can compare the map with an export of it. Needs the window's GL
// context current, after drawing and before swapping.
#include <filesystem>

namespace steppe::ui {

struct MapArea {
  int x = 0, y = 0, w = 1, h = 1; // framebuffer pixels, top-left origin
};

void write_window_snapshot(int framebuffer_w, int framebuffer_h, const MapArea& map,
                           const std::filesystem::path& path);

} // namespace steppe::ui
