#include "render/label_layer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

#include "core/label_placement.hpp"
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
constexpr int kLeaguePriority = 1'000'000;

struct LabelledRegion {
  std::size_t region_index = 0;
  Level level = Level::Banner;
  std::string name_zh;
  std::string name_en;
  Vec2 anchor;                 // projected metres
  double clearance = 0;        // metres from the anchor to the nearest edge
  double bbox_w = 0, bbox_h = 0; // projected bounds size, metres
  MultiPolygon projected;      // for the anchor and the does-the-name-fit test
  double area = 0;             // projected, square metres
  int area_rank = 0;           // 0 = largest
};

struct Line {
  std::string text;
  double size_px = 0;
  Vec2 extent;
};

struct LaidOutLabel {
  PlacedLabel label;
  std::vector<Line> lines;
  bool league = false;
};

// Leagues' Chinese names are bold; the English second line stays regular, since
// bold Latin at the smaller size looks heavier than the Chinese above it.
FontWeight weight_of(bool league, std::size_t line) {
  return league && line == 0 ? FontWeight::Bold : FontWeight::Regular;
}

// Whether a w x h box (metres) centred on `centre`, shrunk to kBannerInsideFraction,
// lies inside the shape: its corners and edge midpoints are all inside. Cheaper
// than clipping, and enough for convex-ish labels against banner-sized wiggles.
bool box_inside(const MultiPolygon& shape, Vec2 centre, double w, double h) {
  const double hx = w * kBannerInsideFraction / 2.0;
  const double hy = h * kBannerInsideFraction / 2.0;
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

  std::vector<LaidOutLabel> lay_out(const Camera& camera, const LabelOptions& options);

  // Anchors (the pole of inaccessibility) cost a few hundred milliseconds for
  // the built-in atlas, so they are found on the first label asked for, not
  // when the layer is made: a render with --labels none never pays for them.
  bool anchored = false;
  void ensure_anchors() {
    if (anchored) return;
    for (LabelledRegion& r : regions) {
      r.anchor = label_anchor(r.projected);
      r.clearance = clearance(r.projected, r.anchor);
      if (r.level != Level::Banner) r.projected = MultiPolygon{}; // only banners test the fit
    }
    anchored = true;
  }

  // The lines a region's label shows in this language; empty when it has none
  // (an English map skips regions without an English name rather than guess).
  static std::vector<Line> lines_for(const LabelledRegion& r, LabelLanguage language, double size) {
    std::vector<Line> out;
    switch (language) {
    case LabelLanguage::None: break;
    case LabelLanguage::Zh:
      if (!r.name_zh.empty()) out.push_back({r.name_zh, size, {}});
      break;
    case LabelLanguage::En:
      if (!r.name_en.empty()) out.push_back({r.name_en, size, {}});
      break;
    case LabelLanguage::Both:
      if (!r.name_zh.empty()) out.push_back({r.name_zh, size, {}});
      if (!r.name_en.empty()) out.push_back({r.name_en, size * kSecondLineScale, {}});
      break;
    }
    return out;
  }
};

LabelLayer::LabelLayer(const Atlas& atlas, const Projection& projection)
    : impl_(std::make_unique<Impl>()) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& region = atlas.regions[i];
    if (region.level == Level::Region || region.lonlat.empty()) continue;
    const MultiPolygon projected = projection.forward(region.lonlat);
    LabelledRegion r;
    r.region_index = i;
    r.level = region.level;
    r.name_zh = region.name_zh;
    r.name_en = region.name_en;
    const Bounds b = bounds_of(projected);
    r.bbox_w = b.width();
    r.bbox_h = b.height();
    r.area = planar_area(projected);
    r.projected = projected; // anchors come later, when a label is first asked for
    impl_->regions.push_back(std::move(r));
  }
  // Within a level, bigger regions win label conflicts (area in the display CRS:
  // it is what the audience sees).
  std::vector<std::size_t> order(impl_->regions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return impl_->regions[a].area > impl_->regions[b].area;
  });
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    impl_->regions[order[rank]].area_rank = static_cast<int>(rank);
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
  impl_->ensure_anchors();
  for (const LabelledRegion& r : impl_->regions) {
    if (r.region_index == region_index) return r.anchor;
  }
  return std::nullopt;
}

std::vector<LaidOutLabel> LabelLayer::Impl::lay_out(const Camera& camera, const LabelOptions& options) {
  if (options.language == LabelLanguage::None) return {};
  ensure_anchors();
  const LabelMeasure& measure = measurer();
  const double ratio = camera.pixel_ratio > 0 ? camera.pixel_ratio : 1.0;
  const double league_size = options.league_size_px * ratio;
  const double banner_size = options.banner_size_px * ratio;
  const Bounds viewport{0, 0, static_cast<double>(camera.width_px), static_cast<double>(camera.height_px)};
  const Bounds visible = camera.visible_world();

  std::vector<LabelCandidate> candidates;
  std::vector<std::vector<Line>> lines_of; // parallel to candidates
  for (std::size_t k = 0; k < regions.size(); ++k) {
    const LabelledRegion& r = regions[k];
    const bool league = r.level == Level::League;
    if (!league && !options.show_banners) continue;
    if (!visible.contains(r.anchor)) continue; // off screen: no need to measure
    std::vector<Line> lines = Impl::lines_for(r, options.language, league ? league_size : banner_size);
    if (lines.empty()) continue;
    double w = 0;
    double h = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      Line& line = lines[i];
      line.extent = measure.measure(line.text, line.size_px, weight_of(league, i));
      w = std::max(w, line.extent.x);
      h += line.extent.y;
    }
    if (!league) {
      // Banners only once the name fits inside the banner on screen: within its
      // bounding box, and at least one line tall around the anchor.
      const double upp = camera.units_per_px;
      const bool fits = w <= kBannerFitFraction * r.bbox_w / upp &&
                        h <= kBannerFitFraction * r.bbox_h / upp &&
                        lines.front().extent.y / 2.0 <= r.clearance / upp &&
                        box_inside(r.projected, r.anchor, w * upp, h * upp);
      if (!fits) continue;
    }
    LabelCandidate c;
    c.id = k;
    c.anchor_px = camera.to_screen(r.anchor);
    c.width_px = w;
    c.height_px = h;
    c.priority = (league ? kLeaguePriority : 0) + (kLeaguePriority - 1 - r.area_rank);
    candidates.push_back(c);
    lines_of.push_back(std::move(lines));
  }

  std::vector<LaidOutLabel> placed;
  const std::vector<std::size_t> ids = place_labels(candidates, viewport, kPaddingPx * ratio);
  for (std::size_t id : ids) {
    const auto pos = static_cast<std::size_t>(
        std::find_if(candidates.begin(), candidates.end(),
                     [id](const LabelCandidate& c) { return c.id == id; }) -
        candidates.begin());
    const LabelCandidate& c = candidates[pos];
    LaidOutLabel out;
    PlacedLabel& label = out.label;
    label.region_index = regions[id].region_index;
    for (const Line& line : lines_of[pos]) {
      if (!label.text.empty()) label.text += '\n';
      label.text += line.text;
    }
    label.box_px = label_box(c);
    label.anchor_px = c.anchor_px;
    out.lines = std::move(lines_of[pos]);
    out.league = regions[id].level == Level::League;
    placed.push_back(std::move(out));
  }
  return placed;
}

std::vector<PlacedLabel> LabelLayer::layout(const Camera& camera, const LabelOptions& options) const {
  std::vector<PlacedLabel> out;
  for (LaidOutLabel& l : impl_->lay_out(camera, options)) out.push_back(std::move(l.label));
  return out;
}

std::vector<TextItem> LabelLayer::text_items(const Camera& camera, const LabelOptions& options) const {
  std::vector<TextItem> items;
  for (const LaidOutLabel& l : impl_->lay_out(camera, options)) {
    // Lines stack downwards from the top of the box, each centred horizontally.
    double top = l.label.box_px.min_y;
    for (std::size_t i = 0; i < l.lines.size(); ++i) {
      const Line& line = l.lines[i];
      TextItem item;
      item.utf8 = line.text;
      item.position_px = {l.label.anchor_px.x, top + line.extent.y / 2.0};
      item.size_px = line.size_px;
      item.colour = l.league ? options.league_colour : options.banner_colour;
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
