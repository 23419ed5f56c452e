#include "ui/map_decorations_overlay.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/error.hpp"
#include "export/decoration_overlay.hpp"

namespace steppe::ui {

Camera visible_camera(const Camera& camera, double left_inset_px) {
  const int inset = std::clamp(static_cast<int>(std::lround(left_inset_px)), 0, std::max(0, camera.width_px - 1));
  Camera visible = camera;
  visible.width_px = camera.width_px - inset;
  visible.centre = camera.to_world({inset + visible.width_px / 2.0, camera.height_px / 2.0});
  return visible;
}

bool MapDecorationsOverlay::Key::operator==(const Key& o) const {
  const Camera& a = camera;
  const Camera& b = o.camera;
  return a.centre.x == b.centre.x && a.centre.y == b.centre.y && a.units_per_px == b.units_per_px &&
         a.width_px == b.width_px && a.height_px == b.height_px && a.pixel_ratio == b.pixel_ratio &&
         x_offset == o.x_offset && revision == o.revision && title == o.title && subtitle == o.subtitle &&
         credits == o.credits && source == o.source && legend == o.legend && scale_bar == o.scale_bar &&
         north_arrow == o.north_arrow && locator == o.locator && language == o.language && show_banners == o.show_banners;
}

void MapDecorationsOverlay::update(const Camera& camera, int x_offset_px, const ExportOptions& options,
                                   const ExportScene& scene, std::uint64_t scene_revision, const LabelLayer& labels) {
  Key key;
  key.camera = camera;
  key.x_offset = x_offset_px;
  key.revision = scene_revision;
  key.title = options.title;
  key.subtitle = options.subtitle;
  key.credits = options.credits;
  key.source = options.source;
  key.legend = options.show_legend;
  key.scale_bar = options.show_scale_bar;
  key.north_arrow = options.show_north_arrow;
  key.locator = options.show_locator;
  key.language = options.language;
  key.show_banners = scene.labels.show_banners;
  if (shown_ && *shown_ == key) return;
  shown_ = key;
  ExportOptions o = options;
  o.physical.reset();
  o.width_px = camera.width_px;
  o.height_px = camera.height_px;
  o.dpi = 96.0 * camera.pixel_ratio;
  o.view = camera;
  o.view_fills_canvas = true;
  try {
    DecorationOverlay overlay = render_decoration_overlay(o, scene, labels);
    image_.upload(overlay.image);
    labels_ = std::move(overlay.labels);
    legend_px_ = overlay.legend_px;
    error_.clear();
    ++renders_;
  } catch (const Error& e) {
    image_.upload(Image(1, 1)); // transparent: nothing stale stays on screen
    labels_.clear();
    legend_px_ = Bounds{};
    error_ = e.what();
  }
}

void MapDecorationsOverlay::with_viewport(const std::function<void()>& draw) const {
  if (!shown_) return;
  GLint viewport[4] = {0, 0, 0, 0};
  glGetIntegerv(GL_VIEWPORT, viewport);
  glViewport(shown_->x_offset, 0, shown_->camera.width_px, shown_->camera.height_px);
  draw();
  glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
}

void MapDecorationsOverlay::draw_labels() {
  if (labels_.empty() || !shown_) return;
  if (!text_) text_ = std::make_unique<TextRenderer>();
  with_viewport([this] { text_->draw(labels_, shown_->camera.width_px, shown_->camera.height_px); });
}

void MapDecorationsOverlay::draw_decorations() {
  with_viewport([this] { image_.draw(); });
}

} // namespace steppe::ui
