#include "render/map_frame.hpp"

#include "render/gl_handles.hpp"
#include "render/offscreen_target.hpp"

namespace steppe {

void draw_map_frame(MapRenderer& map, const Camera& camera, const MapPaint& paint, const FrameOverlay& overlay) {
  const Rgba8 bg = paint.style.background;
  glViewport(0, 0, camera.width_px, camera.height_px);
  glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, bg.a / 255.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  map.render(camera, paint);
  if (overlay) overlay(camera);
}

Image render_map_image(MapRenderer& map, const Camera& camera, const MapPaint& paint, const FrameOverlay& overlay,
                       int samples) {
  OffscreenTarget target(camera.width_px, camera.height_px, samples);
  target.bind();
  draw_map_frame(map, camera, paint, overlay);
  return target.read();
}

} // namespace steppe
