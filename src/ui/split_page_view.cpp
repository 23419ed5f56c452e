#include "ui/split_page_view.hpp"

#include <glad/gl.h>

#include "export/cairo_text.hpp"
#include "export/decoration_overlay.hpp"
#include "render/map_frame.hpp"
#include "ui/map_canvas.hpp"

namespace steppe::ui {

const PageComposition& SplitPageView::layout(const PageSpec& spec, std::uint64_t key) {
  const LayoutKey now{key, spec.options.width_px, spec.options.height_px, spec.options.dpi};
  if (!layout_ || layout_key_ != now) {
    const cairo::PangoMeasure measure;
    layout_ = compose_page_layout(spec, measure);
    layout_key_ = now;
    composed_.reset();
  }
  return *layout_;
}

std::optional<PanePoint> SplitPageView::pane_at(Vec2 map_area_px) const {
  if (!layout_) return std::nullopt;
  return steppe::pane_at(*layout_, map_area_px);
}

Vec2 SplitPageView::pane_origin(std::size_t k) const {
  if (!layout_ || k >= layout_->panes.size()) return {};
  const PixelBox b = pane_map_box(*layout_, k);
  return {static_cast<double>(b.x), static_cast<double>(b.y)};
}

Vec2 SplitPageView::pane_map_size() const {
  if (!layout_ || layout_->panes.empty()) return {};
  const PixelBox b = pane_map_box(*layout_, 0);
  return {static_cast<double>(b.w), static_cast<double>(b.h)};
}

void SplitPageView::draw(MapRenderer& map, const LabelLayer& labels, const PageSpec& spec, const Camera& camera, int x,
                     int y_from_bottom, std::uint64_t key) {
  const PageComposition& laid = layout(spec, key);
  const ComposeKey now{camera, key};
  if (!composed_ || composed_key_ != now) {
    composed_ = laid;
    compose_page_maps(*composed_, spec, labels, camera.visible_world());
    overlay_.upload(page_decorations_image(*composed_));
    composed_key_ = now;
  }
  if (!text_) text_ = std::make_unique<TextRenderer>();
  const int page_h = composed_->page.height_px;
  // Each pane drawn as the PNG export draws a tile (draw_map_frame into a 4x
  // multisampled target the pane's size, labels over it) and resolved into
  // the window where the page puts the pane.
  pane_targets_.resize(composed_->panes.size());
  for (std::size_t k = 0; k < composed_->panes.size(); ++k) {
    const PlacedPane& p = composed_->panes[k];
    const Composition& c = p.composition;
    std::optional<OffscreenTarget>& target = pane_targets_[k];
    if (!target || target->width() != p.box.w || target->height() != p.box.h) {
      target.reset();
      target.emplace(p.box.w, p.box.h, MapCanvas::kSamples);
    }
    target->bind();
    const ExportScene& scene = spec.panes[k].scene;
    draw_map_frame(map, c.camera, MapPaint{c.style, {scene.region_colours, scene.region_patterns}},
                   [&](const Camera&) {
                     if (!c.label_items.empty()) text_->draw(c.label_items, p.box.w, p.box.h);
                   });
    target->resolve_to_window(x + p.box.x, y_from_bottom + page_h - p.box.y - p.box.h);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(x, y_from_bottom, composed_->page.width_px, page_h);
  overlay_.draw(); // titles, legends, scale bar, north arrow
}

ExportResult SplitPageView::export_page(const ExportOptions& options, PageSpec spec, const Camera& screen_camera,
                                    const ProgressCallback& progress) {
  const ExportOptions shown = spec.options;
  spec.options = options;
  // The decorations as on screen; size, DPI, format and language as asked.
  spec.options.title = shown.title;
  spec.options.subtitle = shown.subtitle;
  spec.options.credits = shown.credits;
  spec.options.source = shown.source;
  spec.options.show_legend = shown.show_legend;
  spec.options.show_scale_bar = shown.show_scale_bar;
  spec.options.show_north_arrow = shown.show_north_arrow;
  spec.options.show_locator = shown.show_locator;
  // The screen panes' extent (the map box of a pane), framed in the export's panes.
  spec.options.view = screen_camera;
  spec.options.view_fills_canvas = false;
  // PNG with the window's GL context (as the single map's export does).
  for (PagePane& p : spec.panes) p.scene.render_in_current_context = options.format() == ExportFormat::Png;
  return steppe::export_page(spec, progress);
}

} // namespace steppe::ui
