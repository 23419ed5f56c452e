#pragma once
// While the view moves (a drag, the wheel, a fly-to), a software rasteriser
// cannot draw the whole map at 30 frames a second; so the window shows the
// last fully drawn frame — the map with its labels and points, not the screen
// decorations — moved and scaled to the new camera: one clear and one blit.
// When the view rests, the window draws the frame in full again and keeps a
// new copy (ui/map_canvas). Needs a current GL context for its whole life.
#include <optional>

#include "core/camera.hpp"
#include "render/color.hpp"
#include "render/offscreen_target.hpp"

namespace steppe {

class MapFrameCache {
public:
  // How far the scale may go from the copy's before the copy is too blurred
  // (zooming in) or too small (zooming out) to stand in for the map.
  static constexpr double kMaxScaleChange = 8.0;

  // Keeps a copy of what `target` holds now, drawn for `camera`.
  void capture(const OffscreenTarget& target, const Camera& camera);
  // Whether the copy can stand in for `camera`: one was captured, of the same
  // size and pixel ratio, and the scale differs by less than kMaxScaleChange.
  bool covers(const Camera& camera) const;
  // Draws the copy as `camera` sees it into the bound draw framebuffer, whose
  // map area has its bottom-left corner at (x, y_from_bottom): `background`
  // where the copy does not reach. Only the map area is touched (scissored).
  void show(const Camera& camera, int x, int y_from_bottom, Rgba8 background) const;
  // Forgets the copy (the map's paint or size changed).
  void clear() { camera_.reset(); }

private:
  std::optional<OffscreenTarget> copy_;
  std::optional<Camera> camera_;
};

} // namespace steppe
