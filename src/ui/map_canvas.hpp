#pragma once
// Where the window draws the map: the composed frame (draw_map_frame) goes
// into a 4x multisampled offscreen target, the same kind render_map_image
// uses, and is resolved straight into the window. So the window shows exactly
// the pixels `steppe render` writes for the same Camera, whatever
// multisampling the window's own visual offers (the window asks for none).
// While the view moves, draw_moving shows the last full frame moved and
// scaled instead (render/map_frame_cache): one blit, not a whole frame.
// Needs the window's GL context current for its whole life.
#include <optional>

#include "render/map_frame.hpp"
#include "render/map_frame_cache.hpp"
#include "render/offscreen_target.hpp"

namespace steppe::ui {

class MapCanvas {
public:
  static constexpr int kSamples = 4; // as render_map_image's default

  // Draws the frame for `camera` — the map, then `map_overlay` (labels,
  // points), of which a copy is kept, then `screen_overlay` (legend, scale
  // bar: what stays put while the map moves) — and resolves it into
  // framebuffer 0 (left bound) with its bottom-left corner at
  // (dest_x, dest_y_from_bottom): the map area between the docked panels.
  // (Re)allocates the offscreen target when the camera's size changes.
  void draw(MapRenderer& map, const Camera& camera, const MapPaint& paint, const FrameOverlay& map_overlay,
            const FrameOverlay& screen_overlay, int dest_x = 0, int dest_y_from_bottom = 0);
  // While the view moves: the last full frame moved and scaled to `camera`
  // (`background` where it does not reach) with `screen_overlay` over it, into
  // framebuffer 0 as draw() does. False, drawing nothing, when the copy cannot
  // stand in (none yet, another size, the scale too far from it).
  bool draw_moving(const Camera& camera, Rgba8 background, const FrameOverlay& screen_overlay, int dest_x = 0,
                   int dest_y_from_bottom = 0);

private:
  std::optional<OffscreenTarget> target_;
  MapFrameCache cache_;
};

} // namespace steppe::ui
