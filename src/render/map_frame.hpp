#pragma once
// The composed frame every frontend draws — window, `steppe render`, exports,
// tests: background, map layers, then overlays (labels) for one Camera.
#include <functional>

#include "core/camera.hpp"
#include "render/image.hpp"
#include "render/map_renderer.hpp"

namespace steppe {

// Drawn after the map with the same camera (e.g. a LabelLayer's draw).
using FrameOverlay = std::function<void(const Camera&)>;

// Clears the bound framebuffer to the paint's background and draws the map
// with `paint` and `overlay` (if any). Needs the renderer's GL context current.
void draw_map_frame(MapRenderer& map, const Camera& camera, const MapPaint& paint, const FrameOverlay& overlay = {});

// draw_map_frame into a multisampled offscreen framebuffer of the camera's
// size, resolved and read back. Needs a current context (OffscreenContext).
Image render_map_image(MapRenderer& map, const Camera& camera, const MapPaint& paint,
                       const FrameOverlay& overlay = {}, int samples = 4);

} // namespace steppe
