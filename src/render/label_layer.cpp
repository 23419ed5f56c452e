#include "render/label_layer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <numeric>

#include "core/error.hpp"
#include "core/label_placement.hpp"
#include "core/league_seat.hpp"
#include "core/phase_timings.hpp"
#include "geo/label_anchor.hpp"
#include "render/text_renderer.hpp"

namespace steppe {
namespace {

// Second (English) line of a two-line label, relative to the main size.
constexpr double kSecondLineScale = 0.8;
// Minimum free space between two labels, logical px (halos must not touch).
constexpr double kPaddingPx = 4.0;
// A banner label must fit in this fraction of the banner's on-screen bounding box,
// and its box shrunk to this fraction must lie inside the banner's shape.
constexpr double kBannerFitFraction = 0.9;
constexpr double kBannerInsideFraction = 0.7;
// League names shrink in these steps before they are abbreviated or displaced further.
constexpr double kLeagueScales[] = {1.0, 0.85, 0.72};
// Seat markers relative to the league name size: ★ a full em, the dot about half.
constexpr double kCapitalMarkerScale = 1.05;
constexpr double kSeatMarkerScale = 0.6;
constexpr const char* kCapitalMarker = "\u2605"; // ★
constexpr const char* kSeatMarker = "\u25CF";    // ●
// How far (in line heights) a league name may move from its seat to find room.
constexpr int kMaxDisplacementLines = 6;
// A country's name next to a province's (LabelOptions::context_size_px).
constexpr double kCountryScale = 1.2;
// A neighbour's name keeps this far (in its line heights) inside the view's edge.
constexpr double kContextEdgeLines = 0.5;

struct LabelledRegion {
  std::size_t region_index = 0;
  Level level = Level::Banner;
  std::string name_zh;
  std::string name_en;
  Vec2 anchor;                 // projected metres
  double clearance = 0;        // metres from the anchor to the nearest edge
  double bbox_w = 0, bbox_h = 0; // projected bounds size, metres
  MultiPolygon projected;      // for the does-the-name-fit test
  double area = 0;             // projected, square metres
  int area_rank = 0;           // 0 = largest
  std::optional<Vec2> seat;    // leagues: the seat marker's position, projected metres
  bool capital = false;
};

// The abbreviated Chinese name of a league: a 市 without its 市 (乌海市 → 乌海); 盟 names
// stay whole (兴安 alone would not say it is a league). Empty when there is none.
std::string abbreviated_zh(const std::string& name) {
  const std::string shi = "市";
  if (name.size() > 2 * shi.size() && name.ends_with(shi)) return name.substr(0, name.size() - shi.size());
  return {};
}

// Area-weighted centroid of a projected shape (its outer rings minus holes).
Vec2 area_centroid(const MultiPolygon& shape, double& area_out) {
  double a = 0;
  double cx = 0;
  double cy = 0;
  auto add_ring = [&](const Ring& ring, double sign) {
    const double ring_area = signed_area(ring);
    const double orient = (ring_area >= 0 ? 1.0 : -1.0) * sign;
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
      const Vec2 p = ring[i];
      const Vec2 q = ring[(i + 1) % n];
      const double cross = (p.x * q.y - q.x * p.y) * orient;
      a += cross / 2.0;
      cx += (p.x + q.x) * cross / 6.0;
      cy += (p.y + q.y) * cross / 6.0;
    }
  };
  for (const Polygon& poly : shape) {
    add_ring(poly.outer, 1.0);
    for (const Ring& hole : poly.holes) add_ring(hole, -1.0);
  }
  area_out = a;
  if (!(a > 0)) return bounds_of(shape).centre();
  return {cx / a, cy / a};
}

struct Line {
  std::string text;
  double size_px = 0;
  Vec2 extent;
};

// A neighbouring province or country (Atlas::context) that may be named.
struct ContextName {
  std::size_t index = 0; // into Atlas::context
  std::string name_zh, name_en;
  bool country = false;
};

struct LaidOutLabel {
  PlacedLabel label;
  std::vector<Line> lines;
  bool league = false;
  bool context = false; // a neighbour's name, in grey
  double area = 0; // the region's, projected (orders the output)
};

struct Marker {
  Vec2 centre_px;
  double size_px = 0;
  bool capital = false;
  Bounds box_px;
};

struct Layout {
  std::vector<LaidOutLabel> labels;
  std::vector<Marker> markers;
};

// Leagues' Chinese names are bold; the English second line stays regular, since
// bold Latin at the smaller size looks heavier than the Chinese above it.
FontWeight weight_of(bool league, std::size_t line) {
  return league && line == 0 ? FontWeight::Bold : FontWeight::Regular;
}

// Whether a w x h box (metres) centred on `centre`, shrunk to `fraction`, lies
// inside the shape: its corners and edge midpoints are all inside. Cheaper
// than clipping, and enough for convex-ish labels against banner-sized wiggles.
bool box_inside(const MultiPolygon& shape, Vec2 centre, double w, double h, double fraction = kBannerInsideFraction) {
  const double hx = w * fraction / 2.0;
  const double hy = h * fraction / 2.0;
  for (double fx : {-1.0, 0.0, 1.0}) {
    for (double fy : {-1.0, 0.0, 1.0}) {
      if (!contains(shape, Vec2{centre.x + fx * hx, centre.y + fy * hy})) return false;
    }
  }
  return true;
}

class FontMeasure final : public LabelMeasure {
public:
  explicit FontMeasure(const TextRenderer& text) : text_(text) {}
  Vec2 measure(std::string_view utf8, double size_px, FontWeight weight) const override {
    return text_.measure(utf8, size_px, weight);
  }

private:
  const TextRenderer& text_;
};

} // namespace

std::optional<LabelLanguage> parse_label_language(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "zh") return LabelLanguage::Zh;
  if (lower == "en") return LabelLanguage::En;
  if (lower == "both") return LabelLanguage::Both;
  if (lower == "none") return LabelLanguage::None;
  return std::nullopt;
}

std::string_view to_string(LabelLanguage language) {
  switch (language) {
  case LabelLanguage::None: return "none";
  case LabelLanguage::Zh: return "zh";
  case LabelLanguage::En: return "en";
  case LabelLanguage::Both: return "both";
  }
  return "none";
}

struct LabelLayer::Impl {
  std::vector<LabelledRegion> regions;
  // Where the regions come from until they are built (on first use): the
  // atlas with its prepared geometry (projected shapes, maybe label anchors).
  const Atlas* pending_atlas = nullptr;
  const MapGeometry* pending_geometry = nullptr;
  void ensure_regions() {
    if (pending_atlas == nullptr) return;
    const ScopedPhase phase("labels: anchors and sizes");
    const Atlas& atlas = *pending_atlas;
    const MapGeometry& geometry = *pending_geometry;
    pending_atlas = nullptr;
    pending_geometry = nullptr;
    const bool anchors = geometry.label_anchors.size() == atlas.regions.size() &&
                         geometry.label_clearances.size() == atlas.regions.size();
    build_regions(atlas, [&](std::size_t i) -> const MultiPolygon& { return geometry.shapes[i]; },
                  anchors ? &geometry.label_anchors : nullptr, anchors ? &geometry.label_clearances : nullptr);
  }
  // Every league's and banner's label facts, from its projected shape
  // (`projected(i)`) and, when given, its precomputed anchor and clearance.
  void build_regions(const Atlas& atlas, const std::function<const MultiPolygon&(std::size_t)>& projected,
                     const std::vector<Vec2>* anchors, const std::vector<double>* clearances);
  // The neighbours' names and where their shapes come from: the map geometry's
  // vector levels (the level of the view), else shapes projected here.
  std::vector<ContextName> context_names;
  const MapGeometry* context_geometry = nullptr;
  std::vector<MultiPolygon> own_context;
  void take_context_names(const Atlas& atlas) {
    for (std::size_t i = 0; i < atlas.context.size(); ++i) {
      const ContextFeature& f = atlas.context[i];
      context_names.push_back({i, f.name, f.name_en, f.country});
    }
  }
  // The context's projected shapes simplified to under half a pixel of this view.
  const std::vector<MultiPolygon>& context_shapes(double units_per_px) const {
    if (context_geometry == nullptr || context_geometry->vector_lods.empty()) return own_context;
    const VectorLod* best = &context_geometry->vector_lods.front();
    for (const VectorLod& lod : context_geometry->vector_lods) {
      if (lod.tolerance <= 0.5 * units_per_px) best = &lod;
    }
    return best->context_shapes;
  }
  // Step 4 of lay_out: the neighbours' names, after every league and banner.
  void lay_out_context(const Camera& camera, const LabelOptions& options, double ratio, double min_size, double pad,
                       const Bounds& viewport, std::vector<Bounds>& occupied, Layout& out);

  const LabelMeasure* custom_measure = nullptr; // custom, or font_measure below
  std::unique_ptr<TextRenderer> text;    // created on first use
  std::unique_ptr<FontMeasure> font_measure;

  TextRenderer& renderer() {
    if (!text) text = std::make_unique<TextRenderer>();
    return *text;
  }
  const LabelMeasure& measurer() {
    if (custom_measure != nullptr) return *custom_measure;
    if (!font_measure) font_measure = std::make_unique<FontMeasure>(renderer());
    return *font_measure;
  }

  Layout lay_out(const Camera& camera, const LabelOptions& options);
  // Measures lines (sizes set) and returns their box size. Text is measured at
  // its logical size and scaled by `ratio`, so the layout decides alike at every
  // pixel ratio (hinted advances are not proportional to the pixel size).
  Vec2 measure_lines(std::vector<Line>& lines, bool league, double ratio);
  Vec2 measure_scaled(std::string_view utf8, double size_px, FontWeight weight, double ratio) {
    const Vec2 e = measurer().measure(utf8, size_px / ratio, weight);
    return {e.x * ratio, e.y * ratio};
  }

  // The lines a region's label shows in this language; empty when it has none
  // (an English map skips regions without an English name rather than guess).
  // `abbreviate`: the Chinese line in its short form (abbreviated_zh), when it has one.
  // `min_size`: no line smaller (LabelOptions::min_size_px × ratio).
  static std::vector<Line> lines_for(const LabelledRegion& r, LabelLanguage language, double size, double min_size,
                                     bool abbreviate = false) {
    std::vector<Line> out = lines_for(r, language, size, abbreviate);
    for (Line& line : out) line.size_px = std::max(line.size_px, min_size);
    return out;
  }
  static std::vector<Line> lines_for(const LabelledRegion& r, LabelLanguage language, double size,
                                     bool abbreviate = false) {
    std::vector<Line> out;
    const std::string zh = abbreviate && !abbreviated_zh(r.name_zh).empty() ? abbreviated_zh(r.name_zh) : r.name_zh;
    switch (language) {
    case LabelLanguage::None: break;
    case LabelLanguage::Zh:
      if (!zh.empty()) out.push_back({zh, size, {}});
      break;
    case LabelLanguage::En:
      if (!r.name_en.empty()) out.push_back({r.name_en, size, {}});
      break;
    case LabelLanguage::Both:
      if (!zh.empty()) out.push_back({zh, size, {}});
      if (!r.name_en.empty()) out.push_back({r.name_en, size * kSecondLineScale, {}});
      break;
    }
    return out;
  }
};

LabelLayer::LabelLayer(const Atlas& atlas, const Projection& projection)
    : impl_(std::make_unique<Impl>()) {
  std::vector<MultiPolygon> shapes(atlas.regions.size());
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (atlas.regions[i].level != Level::Region) shapes[i] = projection.forward(atlas.regions[i].lonlat);
  }
  impl_->build_regions(atlas, [&](std::size_t i) -> const MultiPolygon& { return shapes[i]; }, nullptr, nullptr);
  impl_->take_context_names(atlas);
  for (const ContextFeature& f : atlas.context) impl_->own_context.push_back(projection.forward(f.lonlat));
}

LabelLayer::LabelLayer(const Atlas& atlas, const MapGeometry& geometry) : impl_(std::make_unique<Impl>()) {
  if (geometry.region_count() != atlas.regions.size()) {
    throw Error("label layer: the map geometry has " + std::to_string(geometry.region_count()) +
                " regions, the atlas " + std::to_string(atlas.regions.size()));
  }
  impl_->pending_atlas = &atlas;
  impl_->pending_geometry = &geometry;
  impl_->take_context_names(atlas);
  impl_->context_geometry = &geometry;
  for (const VectorLod& lod : geometry.vector_lods) {
    if (lod.context_shapes.size() != atlas.context.size()) {
      throw Error("label layer: the map geometry has " + std::to_string(lod.context_shapes.size()) +
                  " context shapes, the atlas " + std::to_string(atlas.context.size()));
    }
  }
}

void LabelLayer::Impl::build_regions(const Atlas& atlas,
                                     const std::function<const MultiPolygon&(std::size_t)>& projected_of,
                                     const std::vector<Vec2>* anchors, const std::vector<double>* clearances) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& region = atlas.regions[i];
    if (region.level == Level::Region || region.lonlat.empty()) continue;
    const MultiPolygon& projected = projected_of(i);
    LabelledRegion r;
    r.region_index = i;
    r.level = region.level;
    r.name_zh = region.name_zh;
    r.name_en = region.name_en;
    r.anchor = anchors != nullptr ? (*anchors)[i] : label_anchor(projected);
    r.clearance = clearances != nullptr ? (*clearances)[i] : clearance(projected, r.anchor);
    const Bounds b = bounds_of(projected);
    r.bbox_w = b.width();
    r.bbox_h = b.height();
    r.area = planar_area(projected);
    if (r.level == Level::Banner) r.projected = projected;
    regions.push_back(std::move(r));
  }
  for (const LeagueSeat& seat : league_seats(atlas)) {
    double total = 0;
    Vec2 sum;
    for (std::size_t b : seat.banners) {
      double a = 0;
      const Vec2 c = area_centroid(projected_of(b), a);
      total += a;
      sum = {sum.x + c.x * a, sum.y + c.y * a};
    }
    if (!(total > 0)) continue;
    for (LabelledRegion& r : regions) {
      if (r.region_index != seat.league) continue;
      r.seat = Vec2{sum.x / total, sum.y / total};
      r.capital = seat.capital;
    }
  }
  // Within a level, bigger regions win label conflicts (area in the display CRS:
  // it is what the audience sees).
  std::vector<std::size_t> order(regions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return regions[a].area > regions[b].area;
  });
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    regions[order[rank]].area_rank = static_cast<int>(rank);
  }
}

LabelLayer::LabelLayer(const Atlas& atlas, const Projection& projection, const LabelMeasure& measure)
    : LabelLayer(atlas, projection) {
  impl_->custom_measure = &measure;
}

LabelLayer::~LabelLayer() = default;
LabelLayer::LabelLayer(LabelLayer&&) noexcept = default;
LabelLayer& LabelLayer::operator=(LabelLayer&&) noexcept = default;

void LabelLayer::release_gl() {
  if (impl_->text) impl_->text->release_gl();
}

std::optional<Vec2> LabelLayer::anchor_of(std::size_t region_index) const {
  impl_->ensure_regions();
  for (const LabelledRegion& r : impl_->regions) {
    if (r.region_index == region_index) return r.anchor;
  }
  return std::nullopt;
}

Vec2 LabelLayer::Impl::measure_lines(std::vector<Line>& lines, bool league, double ratio) {
  double w = 0;
  double h = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    line.extent = measure_scaled(line.text, line.size_px, weight_of(league, i), ratio);
    w = std::max(w, line.extent.x);
    h += line.extent.y;
  }
  return {w, h};
}

namespace {

Bounds box_at(Vec2 centre, Vec2 size) {
  return {centre.x - size.x / 2, centre.y - size.y / 2, centre.x + size.x / 2, centre.y + size.y / 2};
}

// Centres for a w x h label beside a point marker of half-size `r` (px): right,
// left, above, below, then the four diagonals — the classic point-label order.
std::vector<Vec2> beside(Vec2 p, double r, Vec2 size, double gap) {
  const double dx = r + gap + size.x / 2;
  const double dy = r + gap + size.y / 2;
  const double ddx = r * 0.7 + gap + size.x / 2;
  const double ddy = r * 0.7 + gap + size.y / 2;
  return {{p.x + dx, p.y}, {p.x - dx, p.y}, {p.x, p.y - dy}, {p.x, p.y + dy},
          {p.x + ddx, p.y - ddy}, {p.x - ddx, p.y - ddy}, {p.x + ddx, p.y + ddy}, {p.x - ddx, p.y + ddy}};
}

// Moves a box the least distance so it lies inside the viewport (as far as it fits).
Vec2 clamp_into(Vec2 centre, Vec2 size, const Bounds& viewport) {
  const double hx = size.x / 2;
  const double hy = size.y / 2;
  return {std::clamp(centre.x, viewport.min_x + hx, std::max(viewport.min_x + hx, viewport.max_x - hx)),
          std::clamp(centre.y, viewport.min_y + hy, std::max(viewport.min_y + hy, viewport.max_y - hy))};
}

} // namespace

Layout LabelLayer::Impl::lay_out(const Camera& camera, const LabelOptions& options) {
  Layout out;
  if (options.language == LabelLanguage::None) return out;
  ensure_regions();
  const ScopedPhase phase("labels: layout");
  const double ratio = camera.pixel_ratio > 0 ? camera.pixel_ratio : 1.0;
  const double league_size = options.league_size_px * ratio;
  const double banner_size = options.banner_size_px * ratio;
  const double min_size = options.min_size_px * ratio;
  const double pad = kPaddingPx * ratio;
  const Bounds viewport{0, 0, static_cast<double>(camera.width_px), static_cast<double>(camera.height_px)};
  const Bounds visible = camera.visible_world();
  const bool never_drop_leagues = camera.width_px / ratio >= kAllLeaguesMinWidthPx - 0.5 &&
                                  camera.height_px / ratio >= kAllLeaguesMinHeightPx - 0.5;
  std::vector<Bounds> occupied = options.keep_clear_px;
  // Screen positions snapped to whole logical pixels: the same view at another
  // pixel ratio (a 2x or 300-dpi export) then makes the same placement choices.
  auto on_screen = [&](Vec2 world) {
    const Vec2 p = camera.to_screen(world);
    return Vec2{std::round(p.x / ratio) * ratio, std::round(p.y / ratio) * ratio};
  };
  auto carries_data = [&](std::size_t region_index) {
    return region_index < options.carries_data.size() && options.carries_data[region_index] != 0;
  };

  // 1. Seat markers (their boxes are kept clear by every label).
  std::vector<std::optional<Marker>> marker_of(regions.size());
  if (options.seat_markers) {
    for (std::size_t k = 0; k < regions.size(); ++k) {
      const LabelledRegion& r = regions[k];
      if (!r.seat || !visible.contains(*r.seat)) continue;
      Marker m;
      m.capital = r.capital;
      m.size_px = league_size * (r.capital ? kCapitalMarkerScale : kSeatMarkerScale);
      m.centre_px = on_screen(*r.seat);
      const Vec2 ext = measure_scaled(r.capital ? kCapitalMarker : kSeatMarker, m.size_px, FontWeight::Regular, ratio);
      // The glyph's ink is about 80% (★) or 50% (●) of its em box; the box keeps that clear.
      const double ink = r.capital ? 0.8 : 0.5;
      m.box_px = box_at(m.centre_px, {ext.x * ink, ext.y * ink / 1.2});
      if (!box_is_free(m.box_px, viewport, occupied, 0)) continue;
      occupied.push_back(m.box_px);
      marker_of[k] = m;
      out.markers.push_back(m);
    }
  }

  auto emit = [&](std::size_t k, std::vector<Line> lines, Vec2 centre, Vec2 size) {
    LaidOutLabel l;
    l.label.region_index = regions[k].region_index;
    for (const Line& line : lines) {
      if (!l.label.text.empty()) l.label.text += '\n';
      l.label.text += line.text;
    }
    l.label.box_px = box_at(centre, size);
    l.label.anchor_px = centre;
    l.label.size_px = lines.front().size_px;
    if (marker_of[k]) l.label.marker_px = marker_of[k]->box_px;
    l.lines = std::move(lines);
    l.league = regions[k].level == Level::League;
    l.area = regions[k].area;
    occupied.push_back(l.label.box_px);
    out.labels.push_back(std::move(l));
  };

  // 2. Leagues: the capital first, then the smaller leagues (the harder to fit).
  std::vector<std::size_t> leagues;
  for (std::size_t k = 0; k < regions.size(); ++k) {
    const LabelledRegion& r = regions[k];
    if (r.level != Level::League) continue;
    if (!visible.contains(r.anchor) && !marker_of[k]) continue;
    leagues.push_back(k);
  }
  std::stable_sort(leagues.begin(), leagues.end(), [&](std::size_t a, std::size_t b) {
    if (regions[a].capital != regions[b].capital) return regions[a].capital;
    return regions[a].area < regions[b].area;
  });
  for (std::size_t k : leagues) {
    const LabelledRegion& r = regions[k];
    if (Impl::lines_for(r, options.language, league_size, min_size).empty()) continue;
    const Vec2 anchor = on_screen(r.anchor);
    const Vec2 seat = marker_of[k] ? marker_of[k]->centre_px : anchor;
    const double seat_r = marker_of[k] ? marker_of[k]->box_px.width() / 2 : 0;
    bool placed = false;
    std::vector<Line> last;
    Vec2 last_size;
    for (double scale : kLeagueScales) {
      for (bool abbreviate : {false, true}) {
        if (abbreviate && (scale == kLeagueScales[0] || abbreviated_zh(r.name_zh).empty() ||
                           options.language == LabelLanguage::En)) {
          continue;
        }
        std::vector<Line> lines = Impl::lines_for(r, options.language, league_size * scale, min_size, abbreviate);
        const Vec2 size = measure_lines(lines, true, ratio);
        std::vector<Vec2> centres;
        if (visible.contains(r.anchor)) centres.push_back(anchor);
        for (const Vec2& c : beside(seat, seat_r, size, pad + 1)) centres.push_back(c);
        for (const Vec2& c : centres) {
          if (!box_is_free(box_at(c, size), viewport, occupied, pad)) continue;
          emit(k, lines, c, size);
          placed = true;
          break;
        }
        if (placed) break;
        last = std::move(lines);
        last_size = size;
      }
      if (placed) break;
    }
    // Still no room: the smallest, shortest form at the free spot nearest its
    // seat (rings of 16 directions, up to kMaxDisplacementLines line heights out)
    // — unless the seat lies under a panel (the league is hidden there), except
    // on a map big enough to name every league, where a league is never dropped:
    // as the last resort over whatever is at its anchor.
    const bool seat_shown = std::none_of(options.keep_clear_px.begin(), options.keep_clear_px.end(),
                                         [&](const Bounds& b) { return b.contains(seat); });
    if (!placed && (never_drop_leagues || seat_shown) && !last.empty()) {
      const double step = last_size.y;
      for (int ring = 1; ring <= kMaxDisplacementLines && !placed; ++ring) {
        for (int d = 0; d < 16 && !placed; ++d) {
          const double a = d * (3.14159265358979 / 8.0);
          const double reach = seat_r + pad + ring * step;
          const Vec2 c{seat.x + std::cos(a) * (reach + last_size.x / 2), seat.y - std::sin(a) * (reach + last_size.y / 2)};
          if (!box_is_free(box_at(c, last_size), viewport, occupied, pad)) continue;
          emit(k, last, c, last_size);
          placed = true;
        }
      }
      if (!placed && never_drop_leagues) {
        emit(k, std::move(last), clamp_into(visible.contains(r.anchor) ? anchor : seat, last_size, viewport),
             last_size);
      }
    }
  }

  // Leagues are reported biggest first, whatever order they were placed in.
  std::stable_sort(out.labels.begin(), out.labels.end(), [&](const LaidOutLabel& a, const LaidOutLabel& b) {
    return a.area > b.area;
  });

  // 3. Banners: those carrying the shown data first, then by area.
  std::vector<LabelCandidate> candidates;
  std::vector<std::vector<Line>> lines_of; // parallel to candidates
  if (options.show_banners) {
    for (std::size_t k = 0; k < regions.size(); ++k) {
      const LabelledRegion& r = regions[k];
      if (r.level == Level::League) continue;
      if (!visible.contains(r.anchor)) continue; // off screen: no need to measure
      std::vector<Line> lines = Impl::lines_for(r, options.language, banner_size, min_size);
      if (lines.empty()) continue;
      const Vec2 size = measure_lines(lines, false, ratio);
      // Banners only once the name fits inside the banner on screen: within its
      // bounding box, and at least one line tall around the anchor.
      const double upp = camera.units_per_px;
      const bool fits = size.x <= kBannerFitFraction * r.bbox_w / upp && size.y <= kBannerFitFraction * r.bbox_h / upp &&
                        lines.front().extent.y / 2.0 <= r.clearance / upp &&
                        box_inside(r.projected, r.anchor, size.x * upp, size.y * upp);
      if (!fits) continue;
      LabelCandidate c;
      c.id = k;
      c.anchor_px = on_screen(r.anchor);
      c.width_px = size.x;
      c.height_px = size.y;
      c.priority = banner_label_priority(carries_data(r.region_index), r.area_rank);
      candidates.push_back(c);
      lines_of.push_back(std::move(lines));
    }
  }
  const std::vector<std::size_t> ids = place_labels(candidates, viewport, pad, occupied);
  for (std::size_t id : ids) {
    const auto pos = static_cast<std::size_t>(
        std::find_if(candidates.begin(), candidates.end(), [id](const LabelCandidate& c) { return c.id == id; }) -
        candidates.begin());
    const LabelCandidate& c = candidates[pos];
    emit(id, std::move(lines_of[pos]), c.anchor_px, {c.width_px, c.height_px});
  }

  // 4. The neighbours, in grey, in whatever room is left.
  if (options.context_names) lay_out_context(camera, options, ratio, min_size, pad, viewport, occupied, out);
  return out;
}

void LabelLayer::Impl::lay_out_context(const Camera& camera, const LabelOptions& options, double ratio,
                                       double min_size, double pad, const Bounds& viewport,
                                       std::vector<Bounds>& occupied, Layout& out) {
  // Shapes, precision and ranking in logical pixels: the same view at another
  // pixel ratio (a 2x or 300-dpi export) names the same neighbours at the same places.
  const double logical_upp = camera.units_per_px * ratio;
  const std::vector<MultiPolygon>& shapes = context_shapes(logical_upp);
  if (shapes.size() != context_names.size()) return;
  const double upp = camera.units_per_px;
  const Bounds visible = camera.visible_world();
  std::vector<LabelCandidate> candidates;
  std::vector<std::vector<Line>> lines_of;
  for (std::size_t k = 0; k < context_names.size(); ++k) {
    const ContextName& n = context_names[k];
    LabelledRegion as_region; // lines_for reads the names only
    as_region.name_zh = n.name_zh;
    as_region.name_en = n.name_en;
    const double size = options.context_size_px * ratio * (n.country ? kCountryScale : 1.0);
    std::vector<Line> lines = Impl::lines_for(as_region, options.language, size, min_size);
    if (lines.empty()) continue;
    const Vec2 extent = measure_lines(lines, false, ratio);
    // The part of the neighbour inside the view, kept half a line from its edges.
    const double edge = kContextEdgeLines * extent.y / static_cast<double>(lines.size()) * upp;
    const Bounds inner{visible.min_x + edge, visible.min_y + edge, visible.max_x - edge, visible.max_y - edge};
    const MultiPolygon part = clip_to_bounds(shapes[k], inner);
    // Its roomiest piece: the pole of inaccessibility with the largest clearance.
    Vec2 best;
    double room = 0;
    for (const Polygon& poly : part) {
      const Bounds b = bounds_of(poly.outer);
      if (b.width() < extent.x * upp || b.height() < extent.y * upp) continue; // the name cannot fit
      const Vec2 p = pole_of_inaccessibility(poly, logical_upp);
      const double d = signed_distance_to_boundary(poly, p);
      if (d > room) {
        room = d;
        best = p;
      }
    }
    // The whole name must lie inside the neighbour (never over Inner Mongolia).
    if (!(room >= extent.y / 2.0 * upp) || !box_inside(part, best, extent.x * upp, extent.y * upp, 1.0)) continue;
    LabelCandidate c;
    c.id = k;
    const Vec2 p = camera.to_screen(best);
    c.anchor_px = {std::round(p.x / ratio) * ratio, std::round(p.y / ratio) * ratio};
    c.width_px = extent.x;
    c.height_px = extent.y;
    // Countries first, then the neighbours with the most room.
    c.priority = (n.country ? 1'000'000 : 0) + static_cast<int>(std::min(999'999.0, room / logical_upp));
    candidates.push_back(c);
    lines_of.push_back(std::move(lines));
  }
  for (std::size_t id : place_labels(candidates, viewport, pad, occupied)) {
    const auto pos = static_cast<std::size_t>(
        std::find_if(candidates.begin(), candidates.end(), [id](const LabelCandidate& c) { return c.id == id; }) -
        candidates.begin());
    const LabelCandidate& c = candidates[pos];
    LaidOutLabel l;
    l.label.region_index = context_names[id].index;
    l.label.context = true;
    for (const Line& line : lines_of[pos]) {
      if (!l.label.text.empty()) l.label.text += '\n';
      l.label.text += line.text;
    }
    l.label.box_px = box_at(c.anchor_px, {c.width_px, c.height_px});
    l.label.anchor_px = c.anchor_px;
    l.label.size_px = lines_of[pos].front().size_px;
    l.lines = std::move(lines_of[pos]);
    l.context = true;
    occupied.push_back(l.label.box_px);
    out.labels.push_back(std::move(l));
  }
}

std::vector<PlacedLabel> LabelLayer::layout(const Camera& camera, const LabelOptions& options) const {
  std::vector<PlacedLabel> out;
  for (LaidOutLabel& l : impl_->lay_out(camera, options).labels) out.push_back(std::move(l.label));
  return out;
}

std::vector<TextItem> LabelLayer::text_items(const Camera& camera, const LabelOptions& options) const {
  std::vector<TextItem> items;
  const Layout laid = impl_->lay_out(camera, options);
  for (const Marker& m : laid.markers) {
    TextItem item;
    item.utf8 = m.capital ? kCapitalMarker : kSeatMarker;
    item.position_px = m.centre_px;
    item.size_px = m.size_px;
    item.colour = m.capital ? options.capital_colour : options.seat_colour;
    item.halo_colour = options.halo_colour;
    items.push_back(std::move(item));
  }
  for (const LaidOutLabel& l : laid.labels) {
    // Lines stack downwards from the top of the box, each centred horizontally.
    double top = l.label.box_px.min_y;
    for (std::size_t i = 0; i < l.lines.size(); ++i) {
      const Line& line = l.lines[i];
      TextItem item;
      item.utf8 = line.text;
      item.position_px = {l.label.anchor_px.x, top + line.extent.y / 2.0};
      item.size_px = line.size_px;
      item.colour = l.context ? options.context_colour : l.league ? options.league_colour : options.banner_colour;
      item.halo_colour = options.halo_colour;
      item.weight = weight_of(l.league, i);
      items.push_back(std::move(item));
      top += line.extent.y;
    }
  }
  return items;
}

void LabelLayer::draw(const Camera& camera, const LabelOptions& options) {
  const std::vector<TextItem> items = text_items(camera, options);
  if (items.empty()) return;
  impl_->renderer().draw(items, camera.width_px, camera.height_px);
}

} // namespace steppe
