#include "export/annotation_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"

namespace steppe {

namespace {

constexpr double kPadPx = 7;        // logical px inside the box
constexpr double kGapPx = 22;       // logical px between a callout's point and its box
constexpr double kEdgePx = 6;       // logical px from the map box's edge
constexpr double kClearPx = 4;      // logical px kept around panels and other boxes
constexpr double kMaxWidthPx = 260; // logical px: longer lines wrap
constexpr double kTextPx = 14;      // logical px

bool overlaps(const Bounds& a, const Bounds& b, double pad = 0) {
  return a.min_x < b.max_x + pad && a.max_x > b.min_x - pad && a.min_y < b.max_y + pad && a.max_y > b.min_y - pad;
}

bool inside(const Bounds& inner, const Bounds& outer) {
  return inner.min_x >= outer.min_x - 0.5 && inner.max_x <= outer.max_x + 0.5 && inner.min_y >= outer.min_y - 0.5 &&
         inner.max_y <= outer.max_y + 0.5;
}

Bounds centred(Vec2 c, double w, double h) { return {c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2}; }

Vec2 nearest_on(const Bounds& b, Vec2 p) {
  return {std::clamp(p.x, b.min_x, b.max_x), std::clamp(p.y, b.min_y, b.max_y)};
}

// The UTF-8 text cut into tokens: an ASCII word with the spaces after it, or
// one other code point (CJK text breaks between any two characters).
std::vector<std::string> tokens(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = 1;
    if (c < 0x80 && c != ' ') {
      while (i + n < text.size() && static_cast<unsigned char>(text[i + n]) < 0x80 && text[i + n] != ' ') ++n;
    } else if (c >= 0x80) {
      while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    }
    while (i + n < text.size() && text[i + n] == ' ') ++n;
    out.push_back(text.substr(i, n));
    i += n;
  }
  return out;
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

// The box's lines: the text's own line breaks, then wrapped at `max_width`.
std::vector<std::string> wrap(const std::string& text, const TextSpec& spec, double max_width,
                              const TextMeasure& measure) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string paragraph = text.substr(start, end - start);
    // A word wider than the box breaks between its characters.
    std::vector<std::string> parts;
    for (const std::string& t : tokens(paragraph)) {
      if (t.size() == 1 || measure.measure(t, spec, 0).x <= max_width) {
        parts.push_back(t);
        continue;
      }
      for (std::size_t i = 0; i < t.size();) {
        std::size_t n = 1;
        while (i + n < t.size() && (static_cast<unsigned char>(t[i + n]) & 0xC0) == 0x80) ++n;
        parts.push_back(t.substr(i, n));
        i += n;
      }
    }
    std::string line;
    for (const std::string& t : parts) {
      if (!line.empty() && measure.measure(trimmed(line + t), spec, 0).x > max_width) {
        lines.push_back(trimmed(line));
        line.clear();
      }
      line += t;
    }
    lines.push_back(trimmed(line));
    start = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

} // namespace

std::vector<AnnotationPlacement> layout_annotations(const std::vector<Annotation>& annotations,
                                                    const std::vector<Vec2>& anchors_px,
                                                    const std::vector<std::optional<Vec2>>& heads_px,
                                                    const Bounds& map_px, const std::vector<Bounds>& keep_clear_px,
                                                    const std::vector<Bounds>& marks_px,
                                                    const std::vector<Bounds>& labels_px, const TextMeasure& measure,
                                                    double r,
                                                    const std::function<std::size_t(const Bounds&)>& data_hidden) {
  std::vector<AnnotationPlacement> out;
  const Bounds area{map_px.min_x + kEdgePx * r, map_px.min_y + kEdgePx * r, map_px.max_x - kEdgePx * r,
                    map_px.max_y - kEdgePx * r};
  // Every annotation's point (and arrow head) stays visible.
  std::vector<Vec2> points;
  for (std::size_t i = 0; i < annotations.size() && i < anchors_px.size(); ++i) {
    points.push_back(anchors_px[i]);
    if (i < heads_px.size() && heads_px[i]) points.push_back(*heads_px[i]);
  }
  std::vector<Bounds> boxes; // placed so far
  for (std::size_t i = 0; i < annotations.size() && i < anchors_px.size(); ++i) {
    AnnotationPlacement a;
    a.annotation = annotations[i];
    a.index = i;
    a.anchor_px = anchors_px[i];
    if (i < heads_px.size()) a.head_px = heads_px[i];
    a.pixel_ratio = r;
    const auto on_map = [&](Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y) && map_px.contains(p); };
    if (!on_map(a.anchor_px) || (a.head_px && !on_map(*a.head_px))) {
      a.shown = false;
      out.push_back(std::move(a));
      continue;
    }
    a.leader_start_px = a.anchor_px;
    if (a.annotation.text.empty()) {
      out.push_back(std::move(a));
      continue;
    }
    const TextSpec spec{kTextPx * r, a.annotation.kind != AnnotationKind::Text, false};
    double w = 0, h = 0;
    for (const std::string& line : wrap(a.annotation.text, spec, kMaxWidthPx * r, measure)) {
      const Vec2 m = measure.measure(line.empty() ? " " : line, spec, 0);
      a.lines.push_back({line, spec, {0, h, m.x, h + m.y}});
      w = std::max(w, m.x);
      h += m.y;
    }
    const double pad = kPadPx * r, gap = kGapPx * r;
    w += 2 * pad;
    h += 2 * pad;
    if (w > area.width() || h > area.height()) {
      a.shown = false;
      a.box_px = centred(a.anchor_px, w, h); // (for the warning: too large, not off the map)
      out.push_back(std::move(a));
      continue;
    }
    // Where the kind puts the box, then the positions around its point.
    const Vec2 A = a.anchor_px;
    Vec2 preferred = A;
    double away = 0; // how far from the point the box's centre sits
    if (a.annotation.kind == AnnotationKind::Callout) {
      preferred = {A.x + gap + w / 2, A.y - gap - h / 2}; // above right
      away = gap;
    } else if (a.annotation.kind == AnnotationKind::Arrow && a.head_px) {
      Vec2 d{A.x - a.head_px->x, A.y - a.head_px->y};
      const double len = std::hypot(d.x, d.y);
      d = len > 0 ? Vec2{d.x / len, d.y / len} : Vec2{0, 1};
      const double reach = std::abs(d.x) * w / 2 + std::abs(d.y) * h / 2 + 3 * r;
      preferred = {A.x + d.x * reach, A.y + d.y * reach};
      away = 3 * r;
    }
    std::vector<Vec2> centres = {preferred};
    for (const auto& [sx, sy] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, -1}, std::pair{0, 1},
                                 std::pair{1, -1}, std::pair{-1, -1}, std::pair{1, 1}, std::pair{-1, 1}}) {
      centres.push_back({A.x + sx * (w / 2 + away), A.y + sy * (h / 2 + away)});
    }
    const auto breaks_rules = [&](const Bounds& b, bool marks_hard) {
      if (!inside(b, area)) return true;
      for (const Bounds& k : keep_clear_px)
        if (overlaps(b, k, kClearPx * r)) return true;
      for (const Bounds& k : boxes)
        if (overlaps(b, k, kClearPx * r)) return true;
      if (marks_hard)
        for (const Bounds& k : marks_px)
          if (overlaps(b, k, 1 * r)) return true;
      for (const Vec2& p : points) {
        const bool own_anchor = p == A;
        if (own_anchor && a.annotation.kind != AnnotationKind::Callout) continue; // a text box sits on its point
        if (b.contains(p)) return true;
      }
      return false;
    };
    const auto score = [&](const Bounds& b) {
      std::size_t covered = 0, marks = 0;
      for (const Bounds& l : labels_px) covered += overlaps(b, l) ? 1U : 0U;
      for (const Bounds& m : marks_px) marks += overlaps(b, m) ? 1U : 0U;
      const Vec2 c = b.centre();
      const double hidden = data_hidden ? static_cast<double>(data_hidden(b)) : 0.0;
      return hidden * 1e8 + static_cast<double>(marks) * 1e7 + static_cast<double>(covered) * 1e4 +
             std::hypot(c.x - preferred.x, c.y - preferred.y);
    };
    std::optional<Bounds> best;
    double best_score = std::numeric_limits<double>::infinity();
    const auto try_box = [&](const Bounds& b, bool marks_hard) {
      if (breaks_rules(b, marks_hard)) return;
      if (const double s = score(b); s < best_score) {
        best_score = s;
        best = b;
      }
    };
    // Box centres on a grid, within `reach` of the preferred centre (0: the whole map box).
    const auto grid = [&](double reach, bool marks_hard) {
      const double step = 8 * r;
      for (double y = area.min_y + h / 2; y <= area.max_y - h / 2; y += step) {
        for (double x = area.min_x + w / 2; x <= area.max_x - w / 2; x += step) {
          if (reach > 0 && std::hypot(x - preferred.x, y - preferred.y) > reach) continue;
          try_box(centred({x, y}, w, h), marks_hard);
        }
      }
    };
    // The kind's own positions; then near them; then (covering league names
    // and map labels) the same; then anywhere in the map box: nudged across it.
    const double near = 1.5 * std::max(w, h) + gap;
    for (const Vec2& c : centres) try_box(centred(c, w, h), true);
    if (!best) grid(near, true);
    if (!best)
      for (const Vec2& c : centres) try_box(centred(c, w, h), false);
    if (!best) grid(near, false);
    if (!best) grid(0, false);
    if (!best) {
      // Nothing keeps the rules: at the preferred place, inside the map box.
      a.clear = false;
      Bounds b = centred(preferred, w, h);
      const double dx = std::clamp(b.min_x, area.min_x, area.max_x - w) - b.min_x;
      const double dy = std::clamp(b.min_y, area.min_y, area.max_y - h) - b.min_y;
      best = Bounds{b.min_x + dx, b.min_y + dy, b.max_x + dx, b.max_y + dy};
    }
    a.box_px = *best;
    for (CalloutLine& l : a.lines) {
      const double lw = l.box_px.width(), lh = l.box_px.height();
      // Centred lines for a text box, left-aligned for callouts and arrows.
      const double x = a.annotation.kind == AnnotationKind::Text ? a.box_px.centre().x - lw / 2 : a.box_px.min_x + pad;
      l.box_px = {x, a.box_px.min_y + pad + l.box_px.min_y, x + lw, a.box_px.min_y + pad + l.box_px.min_y + lh};
    }
    a.leader_start_px = nearest_on(a.box_px, A);
    boxes.push_back(a.box_px);
    out.push_back(std::move(a));
  }
  return out;
}

void place_annotations(Composition& c, const ExportScene& scene, const TextMeasure& measure) {
  c.annotations.clear();
  if (scene.annotations.empty() || scene.projection == nullptr) return;
  const auto to_page = [&](Vec2 lonlat) {
    try {
      return c.camera.to_screen(scene.projection->forward(lonlat));
    } catch (const std::exception&) { // outside the projection's domain
      return Vec2{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    }
  };
  std::vector<Vec2> anchors;
  std::vector<std::optional<Vec2>> heads;
  for (const Annotation& a : scene.annotations) {
    anchors.push_back(to_page(a.at));
    heads.push_back(a.to ? std::optional<Vec2>(to_page(*a.to)) : std::nullopt);
  }
  const double r = c.pixel_ratio;
  const Bounds map_px{static_cast<double>(c.map_px.x), static_cast<double>(c.map_px.y),
                      static_cast<double>(c.map_px.x + c.map_px.w), static_cast<double>(c.map_px.y + c.map_px.h)};
  std::vector<Bounds> keep_clear;
  for (const Box& panel : map_panels(c.layout))
    keep_clear.push_back({panel.x * r, panel.y * r, panel.right() * r, panel.bottom() * r});
  for (const CalloutPlacement& k : c.callouts) {
    keep_clear.push_back(k.box_px);
    // Never over a called-out place: a small one whole, a large one at its
    // anchor (the leader's dot), so its figure's place stays visible.
    const double small = 80 * r;
    if (k.place_px.valid() && k.place_px.width() <= small && k.place_px.height() <= small)
      keep_clear.push_back(k.place_px);
    else
      keep_clear.push_back({k.anchor_px.x - 8 * r, k.anchor_px.y - 8 * r, k.anchor_px.x + 8 * r, k.anchor_px.y + 8 * r});
  }
  std::vector<Bounds> labels, marks;
  for (const PlacedLabel& l : c.labels) {
    const bool banner = scene.atlas != nullptr && l.region_index < scene.atlas->regions.size() &&
                        scene.atlas->regions[l.region_index].level == Level::Banner;
    (banner ? labels : marks).push_back(l.box_px);
    if (l.marker_px.valid()) marks.push_back(l.marker_px);
  }
  const DataFootprint footprint = data_footprint(scene, c.camera);
  c.annotations = layout_annotations(scene.annotations, anchors, heads, map_px, keep_clear, marks, labels, measure, r,
                                     [&](const Bounds& b) { return footprint.covered_in(b); });
  for (const AnnotationPlacement& a : c.annotations) {
    const std::string name = "annotation " + std::to_string(a.index + 1) + " (" + annotation_name(a.annotation) + ")";
    if (!a.shown && a.box_px.valid())
      c.warnings.push_back(name + " is larger than the map box on this page: shorten its text");
    else if (!a.shown)
      c.warnings.push_back(name + " marks a point outside this page's map: pan or zoom the view to include it");
    else if (!a.clear)
      c.warnings.push_back(name + " could not keep clear of the legend, scale bar and other boxes: "
                                  "the map box is small for it; shorten its text or move its point");
  }
  std::erase_if(c.annotations, [](const AnnotationPlacement& a) { return !a.shown; });
  // Banner names under a box are left out (the box is opaque).
  std::vector<Bounds> dropped;
  std::erase_if(c.labels, [&](const PlacedLabel& l) {
    if (scene.atlas == nullptr || l.region_index >= scene.atlas->regions.size() ||
        scene.atlas->regions[l.region_index].level != Level::Banner)
      return false;
    for (const AnnotationPlacement& a : c.annotations) {
      if (a.box_px.valid() && overlaps(l.box_px, a.box_px)) {
        dropped.push_back(l.box_px);
        return true;
      }
    }
    return false;
  });
  std::erase_if(c.label_items, [&](const TextItem& item) {
    return std::any_of(dropped.begin(), dropped.end(), [&](const Bounds& b) { return b.contains(item.position_px); });
  });
}

void place_annotations(Composition& c, const ExportScene& scene) {
  if (scene.annotations.empty()) return;
  const cairo::PangoMeasure measure;
  place_annotations(c, scene, measure);
}

std::vector<TextItem> annotation_text_items(const std::vector<AnnotationPlacement>& annotations) {
  std::vector<TextItem> out;
  for (const AnnotationPlacement& a : annotations) append_line_text_items(a.lines, out);
  return out;
}

} // namespace steppe
