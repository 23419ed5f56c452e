#include "export/callout_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"
#include "geo/label_anchor.hpp"

namespace steppe {

namespace {

constexpr double kPadPx = 8;     // logical px inside the box
constexpr double kGapPx = 26;    // logical px between the place's box and the callout
constexpr double kEdgePx = 6;  // logical px from the map box's edge
constexpr double kClearPx = 4;   // logical px kept around the legend and panels

bool overlaps(const Bounds& a, const Bounds& b, double pad = 0) {
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

Bounds box_at(double x, double y, double w, double h) { return {x, y, x + w, y + h}; }

// Shifted into `area` (when it fits).
Bounds clamp_into(Bounds b, const Bounds& area) {
  const double w = b.width(), h = b.height();
  double x = std::clamp(b.min_x, area.min_x, std::max(area.min_x, area.max_x - w));
  double y = std::clamp(b.min_y, area.min_y, std::max(area.min_y, area.max_y - h));
  return box_at(x, y, w, h);
}

Vec2 nearest_on(const Bounds& b, Vec2 p) {
  return {std::clamp(p.x, b.min_x, b.max_x), std::clamp(p.y, b.min_y, b.max_y)};
}

} // namespace

std::vector<CalloutPlacement> layout_callouts(const std::vector<CalloutText>& texts,
                                              const std::vector<CalloutSite>& sites, const Bounds& map_px,
                                              const std::vector<Bounds>& keep_clear_px,
                                              const std::vector<Bounds>& labels_px, const TextMeasure& measure,
                                              double r, const std::function<std::size_t(const Bounds&)>& data_hidden,
                                              const std::vector<Bounds>& marks_px) {
  std::vector<CalloutPlacement> out;
  const double pad = kPadPx * r, gap = kGapPx * r;
  const Bounds area{map_px.min_x + kEdgePx * r, map_px.min_y + kEdgePx * r, map_px.max_x - kEdgePx * r,
                    map_px.max_y - kEdgePx * r};
  for (std::size_t i = 0; i < texts.size() && i < sites.size(); ++i) {
    CalloutPlacement c;
    c.text = texts[i];
    c.place_px = sites[i].place_px;
    c.anchor_px = sites[i].anchor_px;
    c.pixel_ratio = r;
    // The lines: place (bold), value (the largest, bold), period and kind.
    const TextSpec specs[] = {{13 * r, true, false}, {20 * r, true, false}, {11 * r, false, false}};
    const std::vector<std::string> lines = c.text.box_lines();
    double w = 0, h = 0;
    for (std::size_t k = 0; k < lines.size() && k < 3; ++k) {
      if (lines[k].empty()) continue;
      const Vec2 m = measure.measure(lines[k], specs[k], 0);
      c.lines.push_back({lines[k], specs[k], box_at(0, h, m.x, m.y)});
      w = std::max(w, m.x);
      h += m.y + 2 * r;
    }
    w += 2 * pad;
    h += 2 * pad - 2 * r;

    const Bounds& P = c.place_px;
    const Vec2 A = c.anchor_px;
    std::vector<Bounds> candidates = {
        box_at(P.max_x + gap, A.y - h / 2, w, h),          // right
        box_at(P.min_x - gap - w, A.y - h / 2, w, h),      // left
        box_at(A.x - w / 2, P.min_y - gap - h, w, h),      // above
        box_at(A.x - w / 2, P.max_y + gap, w, h),          // below
        box_at(P.max_x + gap, P.min_y - gap - h, w, h),    // above right
        box_at(P.min_x - gap - w, P.min_y - gap - h, w, h), // above left
        box_at(P.max_x + gap, P.max_y + gap, w, h),        // below right
        box_at(P.min_x - gap - w, P.max_y + gap, w, h),    // below left
        box_at(P.max_x + gap, P.min_y, w, h),              // right, top-aligned
        box_at(P.max_x + gap, P.max_y - h, w, h),          // right, bottom-aligned
        box_at(P.min_x - gap - w, P.min_y, w, h),          // left, top-aligned
        box_at(P.min_x - gap - w, P.max_y - h, w, h),      // left, bottom-aligned
    };
    // Hard rules: inside the map box, off every place, the panels and earlier
    // callouts; first also off the league names and seat markers, then (when
    // no position keeps those) covering as few of them as it can.
    std::vector<Bounds> hard;
    for (const CalloutSite& s : sites) hard.push_back(s.place_px);
    for (const CalloutPlacement& done : out) hard.push_back(done.box_px);
    const auto breaks_rules = [&](const Bounds& b, bool marks_hard) {
      if (!inside(b, area)) return true;
      for (const Bounds& k : keep_clear_px)
        if (overlaps(b, k, kClearPx * r)) return true;
      if (marks_hard)
        for (const Bounds& k : marks_px)
          if (overlaps(b, k, kClearPx * r)) return true;
      for (const Bounds& k : hard)
        if (overlaps(b, k)) return true;
      return false;
    };
    double best_score = std::numeric_limits<double>::infinity();
    std::optional<Bounds> best;
    const auto try_box = [&](const Bounds& b, bool marks_hard) {
      if (breaks_rules(b, marks_hard)) return;
      std::size_t covered = 0, marks = 0;
      for (const Bounds& l : labels_px) if (overlaps(b, l)) ++covered;
      for (const Bounds& m : marks_px) if (overlaps(b, m)) ++marks;
      const Vec2 near = nearest_on(b, A);
      const double hidden = data_hidden ? static_cast<double>(data_hidden(b)) : 0.0;
      const double score = hidden * 1e9 + static_cast<double>(marks) * 1e7 + static_cast<double>(covered) * 1e6 +
                           std::hypot(near.x - A.x, near.y - A.y);
      if (score < best_score) {
        best_score = score;
        best = b;
      }
    };
    // No room beside the place (a small map, other boxes there): anywhere in
    // the map box that keeps the rules — a longer leader rather than a box over
    // a league name, another box or a place. Positions on a grid of half a box.
    const auto try_grid = [&](bool marks_hard) {
      for (double y = area.min_y; y + h <= area.max_y; y += std::max(4.0, h / 2))
        for (double x = area.min_x; x + w <= area.max_x; x += std::max(4.0, w / 4)) try_box(box_at(x, y, w, h), marks_hard);
    };
    // Beside the place off the league names and seat markers; then anywhere
    // off them; then (covering as few as it can) beside the place; then anywhere.
    for (const bool marks_hard : {true, false}) {
      for (const Bounds& raw : candidates) try_box(clamp_into(raw, area), marks_hard);
      if (best) break;
      try_grid(marks_hard);
      if (best) break;
    }
    if (!best) {
      // Nothing keeps the rules (a place filling the map, or no room beside a
      // small one): the position that covers least of the places and never the
      // panels — but never one that hides a place (its anchor, or a fifth of
      // a place's box): then the callout is not shown and the page says so.
      c.clear = false;
      double least = std::numeric_limits<double>::infinity();
      for (const Bounds& raw : candidates) {
        const Bounds b = clamp_into(raw, area);
        bool hides = false;
        for (const CalloutSite& s : sites) {
          const double a = std::max(1.0, s.place_px.width() * s.place_px.height());
          if (b.contains(s.anchor_px) || overlap_area(b, s.place_px) > 0.2 * a) hides = true;
        }
        if (hides) continue;
        double cost = 0;
        for (const Bounds& k : keep_clear_px) cost += overlap_area(b, k) * 1e3;
        for (const Bounds& k : hard) cost += overlap_area(b, k);
        if (cost < least) {
          least = cost;
          best = b;
        }
      }
      if (!best) {
        c.shown = false;
        out.push_back(std::move(c));
        continue;
      }
    }
    c.box_px = *best;
    for (CalloutLine& l : c.lines) {
      l.box_px = box_at(c.box_px.min_x + pad, c.box_px.min_y + pad + l.box_px.min_y, l.box_px.width(),
                        l.box_px.height());
    }
    c.leader_start_px = nearest_on(c.box_px, A);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<CalloutPlacement> compose_callouts(const Composition& c, const ExportScene& scene,
                                               const TextMeasure& measure) {
  if (scene.callouts.empty() || scene.atlas == nullptr || scene.geometry == nullptr) return {};
  std::vector<CalloutText> texts;
  std::vector<CalloutSite> sites;
  for (const CalloutText& t : scene.callouts) {
    std::size_t index = SIZE_MAX;
    for (std::size_t i = 0; i < scene.atlas->regions.size(); ++i)
      if (scene.atlas->regions[i].code == t.code) index = i;
    if (index >= scene.geometry->shapes.size()) continue; // not in this atlas: nothing to point at
    const Bounds& wb = scene.geometry->shape_bounds[index];
    CalloutSite s;
    s.place_px.expand(c.camera.to_screen({wb.min_x, wb.min_y}));
    s.place_px.expand(c.camera.to_screen({wb.max_x, wb.max_y}));
    s.anchor_px = c.camera.to_screen(label_anchor(scene.geometry->shapes[index]));
    texts.push_back(t);
    sites.push_back(s);
  }
  const double r = c.pixel_ratio;
  const Bounds map_px{static_cast<double>(c.map_px.x), static_cast<double>(c.map_px.y),
                      static_cast<double>(c.map_px.x + c.map_px.w), static_cast<double>(c.map_px.y + c.map_px.h)};
  std::vector<Bounds> keep_clear;
  for (const Box& panel : map_panels(c.layout))
    keep_clear.push_back({panel.x * r, panel.y * r, panel.right() * r, panel.bottom() * r});
  // League names and seat markers are never covered (they are never dropped);
  // banner names are, when nothing else is possible.
  std::vector<Bounds> labels, marks;
  for (const PlacedLabel& l : c.labels) {
    const bool banner = l.region_index < scene.atlas->regions.size() &&
                        scene.atlas->regions[l.region_index].level == Level::Banner;
    (banner ? labels : marks).push_back(l.box_px);
    if (l.marker_px.valid()) marks.push_back(l.marker_px);
  }
  const DataFootprint footprint = data_footprint(scene, c.camera);
  std::vector<CalloutPlacement> out = layout_callouts(texts, sites, map_px, keep_clear, labels, measure, r,
                                                      [&](const Bounds& b) { return footprint.covered_in(b); }, marks);
  // A leader that would end inside a map label (the place's own name sits at the
  // same anchor) stops at the label's edge: the label then marks the place.
  for (CalloutPlacement& k : out) {
    if (!k.shown) continue;
    for (const PlacedLabel& placed : c.labels) {
      const Bounds& l = placed.box_px;
      if (!l.contains(k.anchor_px) || l.contains(k.leader_start_px)) continue;
      const Vec2 a = k.leader_start_px, b = k.anchor_px;
      double t = 1; // the first t along a→b inside l (slab method, entering)
      double t0 = 0;
      for (const auto& [p, d, lo, hi] : {std::tuple{a.x, b.x - a.x, l.min_x, l.max_x}, std::tuple{a.y, b.y - a.y, l.min_y, l.max_y}}) {
        if (std::abs(d) < 1e-9) continue;
        const double enter = std::min((lo - p) / d, (hi - p) / d);
        t0 = std::max(t0, enter);
      }
      t = std::clamp(t0, 0.0, 1.0);
      k.anchor_px = {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
      break;
    }
  }
  return out;
}

void place_callouts(Composition& c, const ExportScene& scene, const TextMeasure& measure) {
  c.callouts = compose_callouts(c, scene, measure);
  if (c.callouts.empty()) return;
  for (const CalloutPlacement& k : c.callouts) {
    if (!k.shown)
      c.warnings.push_back("no room for the callout of " + k.text.place +
                           " beside it on this page (it would hide a place); its value is in the legend");
  }
  std::erase_if(c.callouts, [](const CalloutPlacement& k) { return !k.shown; });
  std::vector<Bounds> dropped;
  std::erase_if(c.labels, [&](const PlacedLabel& l) {
    if (l.region_index >= scene.atlas->regions.size() || scene.atlas->regions[l.region_index].level != Level::Banner)
      return false; // league names stay
    for (const CalloutPlacement& k : c.callouts) {
      if (overlaps(l.box_px, k.box_px)) {
        dropped.push_back(l.box_px);
        return true;
      }
    }
    return false;
  });
  std::erase_if(c.label_items, [&](const TextItem& item) {
    return std::any_of(dropped.begin(), dropped.end(), [&](const Bounds& b) { return b.contains(item.position_px); });
  });
  for (const CalloutPlacement& k : c.callouts) {
    if (!k.clear)
      c.warnings.push_back("the callout for " + k.text.place +
                           " could not keep clear of every place and panel: the map box is small for it");
  }
}

void place_callouts(Composition& c, const ExportScene& scene) {
  if (scene.callouts.empty()) return;
  const cairo::PangoMeasure measure;
  place_callouts(c, scene, measure);
}

std::vector<TextItem> callout_text_items(const std::vector<CalloutPlacement>& callouts) {
  std::vector<TextItem> out;
  for (const CalloutPlacement& c : callouts) append_line_text_items(c.lines, out);
  return out;
}

void append_line_text_items(const std::vector<CalloutLine>& lines, std::vector<TextItem>& out) {
  for (const CalloutLine& l : lines) {
    if (l.utf8.empty()) continue;
    TextItem t;
    t.utf8 = l.utf8;
    t.position_px = l.box_px.centre();
    t.size_px = l.spec.size;
    t.weight = l.spec.bold ? FontWeight::Bold : FontWeight::Regular;
    out.push_back(t);
  }
}

} // namespace steppe
