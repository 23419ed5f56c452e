#include "core/view_sync.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace steppe {

Vec2 PaneGrid::map_origin(std::size_t k) const {
  const int col = static_cast<int>(k % static_cast<std::size_t>(columns));
  const int row = static_cast<int>(k / static_cast<std::size_t>(columns));
  return {static_cast<double>(gap + col * (pane_w + gap)),
          static_cast<double>(gap + row * (pane_h + title_h + gap) + title_h)};
}

std::optional<PaneHit> pane_at(const PaneGrid& grid, std::size_t panes, Vec2 canvas_px) {
  for (std::size_t k = 0; k < panes; ++k) {
    const Vec2 o = grid.map_origin(k);
    const Vec2 local{canvas_px.x - o.x, canvas_px.y - o.y};
    if (local.x >= 0 && local.y >= 0 && local.x < grid.pane_w && local.y < grid.pane_h) return PaneHit{k, local};
  }
  return std::nullopt;
}

Vec2 PaneGrid::title_centre(std::size_t k) const {
  const Vec2 o = map_origin(k);
  return {o.x + pane_w / 2.0, o.y - title_h / 2.0};
}

Bounds PaneGrid::legend_box(int canvas_h) const {
  Bounds b;
  if (legend_w <= 0) return b;
  const double x0 = gap + columns * (pane_w + gap);
  b.min_x = x0;
  b.min_y = gap;
  b.max_x = x0 + legend_w;
  b.max_y = canvas_h - gap;
  return b;
}

PaneGrid make_pane_grid(std::size_t panes, int width, int height, double pixel_ratio, bool shared_legend) {
  if (panes == 0) throw Error("a multi-pane view needs at least one pane");
  PaneGrid g;
  g.columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(panes))));
  g.rows = static_cast<int>((panes + static_cast<std::size_t>(g.columns) - 1) / static_cast<std::size_t>(g.columns));
  g.gap = static_cast<int>(std::lround(8 * pixel_ratio));
  g.title_h = static_cast<int>(std::lround(30 * pixel_ratio));
  // The shared legend's column: up to 340 logical px, but never more than about
  // a quarter of a narrow map area (the panes are what the audience reads).
  const double legend_w = std::clamp(0.28 * width, std::min(160 * pixel_ratio, 0.45 * width), 340 * pixel_ratio);
  g.legend_w = shared_legend ? static_cast<int>(std::lround(legend_w)) : 0;
  const int free_w = width - g.legend_w - g.gap * (g.columns + 1);
  const int free_h = height - g.gap * (g.rows + 1) - g.title_h * g.rows;
  g.pane_w = free_w / g.columns;
  g.pane_h = free_h / g.rows;
  if (g.pane_w < 16 || g.pane_h < 16) {
    throw Error("the image is too small for " + std::to_string(panes) + " panes (" + std::to_string(width) + "x" +
                std::to_string(height) + " px); give a larger --width/--height");
  }
  return g;
}

SyncedViews::SyncedViews(std::size_t panes, const Bounds& world, int pane_w, int pane_h, double pixel_ratio)
    : panes_(panes), shared_(Camera::fit(world, pane_w, pane_h, pixel_ratio)) {
  if (panes == 0) throw Error("synchronised views need at least one pane");
}

SyncedViews::SyncedViews(std::size_t panes, const Camera& camera) : panes_(panes), shared_(camera) {
  if (panes == 0) throw Error("synchronised views need at least one pane");
}

void SyncedViews::check(std::size_t pane) const {
  if (pane >= panes_) {
    throw Error("pane " + std::to_string(pane) + " does not exist (" + std::to_string(panes_) + " panes)");
  }
}

Camera SyncedViews::camera(std::size_t pane) const {
  check(pane);
  return shared_;
}

void SyncedViews::pan_by_pixels(std::size_t pane, Vec2 delta) {
  check(pane);
  shared_.pan_by_pixels(delta);
}

void SyncedViews::zoom_at(std::size_t pane, Vec2 at, double factor) {
  check(pane);
  shared_.zoom_at(at, factor);
}

void SyncedViews::fit(const Bounds& world) {
  shared_ = Camera::fit(world, shared_.width_px, shared_.height_px, shared_.pixel_ratio);
}

void SyncedViews::adopt(std::size_t pane, const Camera& moved) {
  check(pane);
  shared_.centre = moved.centre;
  shared_.units_per_px = moved.units_per_px;
}

bool legends_comparable(const Legend& a, const Legend& b) {
  if (a.unit != b.unit || a.entries.size() != b.entries.size()) return false;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const LegendEntry& x = a.entries[i];
    const LegendEntry& y = b.entries[i];
    if (x.kind != y.kind || x.colour != y.colour || x.hatched != y.hatched || x.label != y.label) return false;
  }
  return true;
}

bool legends_comparable(const std::vector<const Legend*>& legends) {
  for (std::size_t i = 1; i < legends.size(); ++i)
    if (!legends_comparable(*legends.front(), *legends[i])) return false;
  return !legends.empty();
}

Legend shared_legend(const std::vector<const Legend*>& legends) {
  if (legends.empty()) throw Error("a shared legend needs at least one pane legend");
  Legend out = *legends.front();
  out.title = "共同图例 / Shared legend (counts: all panes)";
  // Each distinct period once (pane titles name theirs): "2013年 (2013); 2021年 (2021)".
  std::vector<std::string> periods;
  for (const Legend* l : legends)
    if (std::find(periods.begin(), periods.end(), l->period_label) == periods.end()) periods.push_back(l->period_label);
  out.period_label.clear();
  for (const std::string& p : periods) out.period_label += (out.period_label.empty() ? "" : "; ") + p;
  for (std::size_t i = 1; i < legends.size(); ++i) {
    for (std::size_t e = 0; e < out.entries.size() && e < legends[i]->entries.size(); ++e)
      out.entries[e].count += legends[i]->entries[e].count;
    for (const std::string& w : legends[i]->warnings)
      if (std::find(out.warnings.begin(), out.warnings.end(), w) == out.warnings.end()) out.warnings.push_back(w);
    if (legends[i]->source_line != out.source_line) out.source_line += "; " + legends[i]->source_line;
  }
  out.coverage_note.clear();
  out.consistency_note.clear();
  return out;
}

} // namespace steppe
