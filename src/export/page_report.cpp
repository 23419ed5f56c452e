#include "export/page_report.hpp"

#include "export/export_composition.hpp"

namespace steppe {
namespace {

ReportBox px(const Box& b, double r) { return {b.x * r, b.y * r, b.w * r, b.h * r}; }

std::optional<ReportBox> px(const std::optional<Box>& b, double r) {
  if (!b) return std::nullopt;
  return px(*b, r);
}

} // namespace

PageReport page_report(const Composition& c, const ExportScene& scene) {
  const double r = c.pixel_ratio;
  PageReport p;
  p.width_px = c.width_px;
  p.height_px = c.height_px;
  PageReport::Pane pane;
  pane.map = {static_cast<double>(c.map_px.x), static_cast<double>(c.map_px.y), static_cast<double>(c.map_px.w),
              static_cast<double>(c.map_px.h)};
  pane.title = c.content.title;
  p.panes.push_back(pane);
  if (c.layout.legend) p.legends.push_back({px(*c.layout.legend, r), {0}});
  p.title = px(c.layout.title, r);
  p.subtitle = px(c.layout.subtitle, r);
  p.scale_bar = px(c.layout.scale_bar, r);
  p.north_arrow = px(c.layout.north_arrow, r);
  if (c.content.locator != nullptr) p.locator = px(c.layout.locator, r);
  p.source = px(c.layout.source, r);
  p.credits = px(c.layout.credits, r);
  for (std::size_t i : scene.data_regions) {
    if (scene.atlas == nullptr || scene.geometry == nullptr || i >= scene.geometry->shape_bounds.size()) continue;
    const Bounds& w = scene.geometry->shape_bounds[i];
    if (!w.valid()) continue;
    const Vec2 a = c.camera.to_screen({w.min_x, w.max_y});
    const Vec2 b = c.camera.to_screen({w.max_x, w.min_y});
    p.data_regions.push_back({scene.atlas->regions[i].code, 0, {a.x, a.y, b.x - a.x, b.y - a.y}});
  }
  const auto box_of = [](const Bounds& b) { return ReportBox{b.min_x, b.min_y, b.width(), b.height()}; };
  for (const CalloutPlacement& k : c.callouts) {
    PageReport::Callout out{k.text.code, box_of(k.place_px), box_of(k.box_px), {}};
    for (const CalloutLine& l : k.lines) out.lines.push_back(l.utf8);
    p.callouts.push_back(std::move(out));
  }
  for (const AnnotationPlacement& a : c.annotations) {
    PageReport::AnnotationBox out;
    out.index = static_cast<int>(a.index) + 1;
    out.kind = std::string(to_string(a.annotation.kind));
    out.anchor_x = a.anchor_px.x;
    out.anchor_y = a.anchor_px.y;
    if (a.head_px) out.head = std::pair{a.head_px->x, a.head_px->y};
    if (a.box_px.valid()) out.box = box_of(a.box_px);
    for (const CalloutLine& l : a.lines) out.lines.push_back(l.utf8);
    p.annotations.push_back(std::move(out));
  }
  return p;
}

} // namespace steppe
