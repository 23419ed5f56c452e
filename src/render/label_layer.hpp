#pragma once
// Region names on the map: leagues (盟/市) always, banners (旗/县/区) once zoomed in
// far enough that the name fits inside the banner on screen. Anchors are the poles
// of inaccessibility of the projected shapes, computed once; placement per frame is
// greedy and collision-free (core/label_placement), in this order:
//  1. seat markers: ★ for the capital 呼和浩特市, a dot for league seats (core/league_seat);
//  2. every league name: at its anchor, else beside its seat marker (or anchor), then
//     smaller (85%, 72%), then abbreviated (乌海市 → 乌海); on a map area of at least
//     900×500 logical px a league name is never dropped (the last try is placed even
//     where it touches another label);
//  3. banners that carry the shown indicator's data (LabelOptions::carries_data), then
//     the other banners, bigger first;
//  4. the neighbouring provinces and countries (the atlas's context layer), in grey,
//     where the part of one inside the view has room for its whole name (countries
//     first, then by the room they have); they never push an Inner Mongolia name out.
// The window, exports and presentation all lay out labels here, so they agree.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"
#include "core/camera.hpp"
#include "core/geometry.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "render/color.hpp"
#include "render/text_style.hpp"

namespace steppe {

class TextRenderer;
struct TextItem;

enum class LabelLanguage { None, Zh, En, Both };
// "zh", "en", "both", "none" (case-insensitive); nullopt otherwise.
std::optional<LabelLanguage> parse_label_language(std::string_view text);
std::string_view to_string(LabelLanguage language);

struct LabelOptions {
  LabelLanguage language = LabelLanguage::Zh;
  double league_size_px = 16; // logical px, multiplied by camera.pixel_ratio
  double banner_size_px = 12;
  double min_size_px = 0;     // no label line smaller (logical px): slides keep 18 px at 1080p
  bool show_banners = true;   // banner labels still appear only when zoomed in enough to fit
  Rgba8 league_colour{25, 25, 25, 255};
  Rgba8 banner_colour{55, 55, 55, 255};
  Rgba8 halo_colour{255, 255, 255, 220};
  bool seat_markers = true;              // ★ / dot at league seats (with any language but None)
  Rgba8 capital_colour{200, 20, 20, 255}; // ★ 呼和浩特市
  Rgba8 seat_colour{40, 40, 40, 255};     // league seat dots
  bool context_names = true;              // neighbouring provinces and countries, in grey
  double context_size_px = 13;            // countries are drawn a step larger
  Rgba8 context_colour{112, 112, 108, 255};
  // Per Atlas::regions index, non-zero where the region carries the shown indicator's
  // data (those banners outrank the others); empty: no indicator shown.
  std::vector<std::uint8_t> carries_data;
  // Boxes labels keep clear of (legend, scale bar...), framebuffer px of the camera.
  std::vector<Bounds> keep_clear_px;
};

// Map areas at least this large (logical px) name every league whatever it takes.
inline constexpr double kAllLeaguesMinWidthPx = 900;
inline constexpr double kAllLeaguesMinHeightPx = 500;

struct PlacedLabel {
  std::size_t region_index = 0; // index into Atlas::regions
  std::string text;             // as drawn; for Both the two lines joined by '\n'
  Bounds box_px;                // framebuffer pixels, both lines
  Vec2 anchor_px;               // centre of box_px (the region's anchor, or beside its seat)
  double size_px = 0;           // first line's em size (leagues shrink to fit)
  Bounds marker_px;             // the league's seat marker (★ or dot); invalid when none
  bool context = false;         // a neighbour's name: region_index is then an index into Atlas::context
};

// Measures a label line in framebuffer pixels; swapped out in tests that run without fonts.
struct LabelMeasure {
  virtual ~LabelMeasure() = default;
  virtual Vec2 measure(std::string_view utf8, double size_px, FontWeight weight) const = 0;
};

class LabelLayer {
public:
  // Projects every league, banner and context feature once and computes the anchors. Uses a
  // FreeType measurer created on first use (throws steppe::Error without CJK fonts).
  LabelLayer(const Atlas& atlas, const Projection& projection);
  // From the map geometry built for the atlas: its projected shapes and, when
  // it has them (a prepared atlas), its label anchors; the context's names are
  // placed on its simplified context shapes (the level of the view). Nothing is computed
  // until labels are first laid out (a map without labels costs nothing);
  // `atlas` and `geometry` must outlive the layer. Throws steppe::Error when
  // the geometry is not the atlas's (another number of regions).
  LabelLayer(const Atlas& atlas, const MapGeometry& geometry);
  // The same with a custom measurer (not owned; must outlive the layer).
  LabelLayer(const Atlas& atlas, const Projection& projection, const LabelMeasure& measure);
  ~LabelLayer();
  LabelLayer(LabelLayer&&) noexcept;
  LabelLayer& operator=(LabelLayer&&) noexcept;
  LabelLayer(const LabelLayer&) = delete;
  LabelLayer& operator=(const LabelLayer&) = delete;

  // Pure placement: which labels are shown where for this camera. No GL needed.
  std::vector<PlacedLabel> layout(const Camera& camera, const LabelOptions& options) const;
  // The text items draw() would hand to TextRenderer (one per line, framebuffer
  // pixels), for other backends (exports) that want exactly the same labels.
  std::vector<TextItem> text_items(const Camera& camera, const LabelOptions& options) const;
  // Lays out and draws; needs a current OpenGL 3.3 core context (GL state is created lazily
  // on the first call and must be destroyed with the same context current: destroy the
  // layer before its context, or call release_gl() first).
  void draw(const Camera& camera, const LabelOptions& options);
  // Deletes the GL objects now (context current); a later draw() recreates them.
  void release_gl();

  // The anchor (projected metres) of a region, or nullopt for regions that get no label
  // (the top-level region, empty shapes).
  std::optional<Vec2> anchor_of(std::size_t region_index) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
