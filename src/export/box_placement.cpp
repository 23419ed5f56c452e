#include "export/box_placement.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "export/export_composition.hpp"

namespace steppe {

bool overlaps(const Bounds& a, const Bounds& b, double pad) {
  return a.min_x < b.max_x + pad && a.max_x > b.min_x - pad && a.min_y < b.max_y + pad && a.max_y > b.min_y - pad;
}

double overlap_area(const Bounds& a, const Bounds& b) {
  const double w = std::min(a.max_x, b.max_x) - std::max(a.min_x, b.min_x);
  const double h = std::min(a.max_y, b.max_y) - std::max(a.min_y, b.min_y);
  return w > 0 && h > 0 ? w * h : 0;
}

bool inside(const Bounds& inner, const Bounds& outer) {
  return inner.min_x >= outer.min_x - 0.5 && inner.max_x <= outer.max_x + 0.5 && inner.min_y >= outer.min_y - 0.5 &&
         inner.max_y <= outer.max_y + 0.5;
}

Vec2 nearest_on(const Bounds& b, Vec2 p) {
  return {std::clamp(p.x, b.min_x, b.max_x), std::clamp(p.y, b.min_y, b.max_y)};
}

// The part of the segment inside each slab of b (shrunk by half a pixel, so
// touching is not crossing), intersected: Liang–Barsky.
bool segment_crosses(const Bounds& b, Vec2 a, Vec2 c) {
  double t0 = 0, t1 = 1;
  for (const auto& [p, d, lo, hi] : {std::tuple{a.x, c.x - a.x, b.min_x + 0.5, b.max_x - 0.5},
                                     std::tuple{a.y, c.y - a.y, b.min_y + 0.5, b.max_y - 0.5}}) {
    if (lo >= hi) return false;
    if (std::abs(d) < 1e-9) {
      if (p <= lo || p >= hi) return false;
      continue;
    }
    const double u = (lo - p) / d, v = (hi - p) / d;
    t0 = std::max(t0, std::min(u, v));
    t1 = std::min(t1, std::max(u, v));
  }
  return t1 - t0 > 1e-6;
}

std::size_t leader_crossings(const std::vector<Bounds>& boxes, Vec2 start, Vec2 anchor) {
  std::size_t n = 0;
  for (const Bounds& b : boxes)
    if (!b.contains(anchor) && segment_crosses(b, start, anchor)) ++n;
  return n;
}

namespace {

// A banner's or a neighbour's name: one that may give way (league names never do).
bool may_give_way(const ExportScene& scene, const PlacedLabel& l) {
  if (l.context) return true;
  return scene.atlas != nullptr && l.region_index < scene.atlas->regions.size() &&
         scene.atlas->regions[l.region_index].level == Level::Banner;
}

} // namespace

MapObstacles map_obstacles(const Composition& c, const ExportScene& scene) {
  const double r = c.pixel_ratio;
  MapObstacles o;
  o.map_px = {static_cast<double>(c.map_px.x), static_cast<double>(c.map_px.y), static_cast<double>(c.map_px.x + c.map_px.w),
              static_cast<double>(c.map_px.y + c.map_px.h)};
  for (const Box& panel : boxes_over_map(c.layout)) // legend, scale bar, north arrow, locator inset, header, footer
    o.panels.push_back({panel.x * r, panel.y * r, panel.right() * r, panel.bottom() * r});
  for (const PlacedLabel& l : c.labels) {
    (may_give_way(scene, l) ? o.labels : o.marks).push_back(l.box_px);
    if (l.marker_px.valid()) o.marks.push_back(l.marker_px);
  }
  return o;
}

void drop_banner_labels(Composition& c, const ExportScene& scene, const std::function<bool(const Bounds&)>& covered) {
  std::vector<Bounds> dropped;
  std::erase_if(c.labels, [&](const PlacedLabel& l) {
    if (!may_give_way(scene, l) || !covered(l.box_px)) return false; // league names stay
    dropped.push_back(l.box_px);
    return true;
  });
  std::erase_if(c.label_items, [&](const TextItem& item) {
    return std::any_of(dropped.begin(), dropped.end(), [&](const Bounds& b) { return b.contains(item.position_px); });
  });
}

} // namespace steppe
