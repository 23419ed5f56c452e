#pragma once
// The composition of an exported map, as pure maths shared by the raster
// (PNG) and vector (SVG/PDF) paths so they agree: boxes in logical pixels
// (1/96 inch, y down) for the title block, the map, the legend, the scale bar,
// the north arrow and the footer; the camera that frames the screen view in
// the map box; the scale bar's round length; the north arrow's angle.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/geometry.hpp"
#include "core/legend.hpp"
#include "core/locator_map.hpp"
#include "geo/projection.hpp"

namespace steppe {

struct Box {
  double x = 0, y = 0, w = 0, h = 0; // logical px, top-left origin
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  Vec2 centre() const { return {x + w / 2, y + h / 2}; }
};

struct TextSpec {
  double size = 12; // em size, logical px
  bool bold = false;
  bool italic = false;
};

// Size of a text block (wrapped at max_width when > 0), logical px.
struct TextMeasure {
  virtual ~TextMeasure() = default;
  virtual Vec2 measure(std::string_view utf8, const TextSpec& spec, double max_width) const = 0;
};

// What the decorations show (the map itself comes from the scene).
struct DecorationContent {
  std::string title, subtitle, source, credits;
  const Legend* legend = nullptr; // nullptr: no legend
  double title_size = 24;         // logical px (kTitleSize); a pane's title is smaller
  bool scale_bar = true;
  bool north_arrow = true;
  const LocatorMap* locator = nullptr; // nullptr: no locator inset
};

enum class LegendRowKind { Title, Subtitle, Entry, SymbolsTitle, Symbol, Note, Warning };

struct LegendRow {
  LegendRowKind kind = LegendRowKind::Title;
  std::size_t index = 0; // into Legend::entries / symbols for Entry / Symbol
  std::string text;
  TextSpec spec;
  Box box;               // the whole row
  Box text_box;          // where the text goes (wrapped to its width)
  Box swatch;            // Entry / Symbol only
};

inline constexpr double kTitleSize = 24;
inline constexpr double kSubtitleSize = 15;
inline constexpr double kFooterSize = 11;
inline constexpr double kMarginPx = 16;
inline constexpr double kScaleBarMaxPx = 160; // longest bar, logical px

struct ExportLayout {
  double width = 0, height = 0; // canvas, logical px
  std::optional<Box> header;    // paper band behind the title block
  std::optional<Box> title, subtitle;
  Box map;                      // the map area; the view is framed inside it
  std::optional<Box> footer;    // paper band behind source and credits
  std::optional<Box> source, credits;
  std::optional<Box> legend;    // panel
  std::vector<LegendRow> legend_rows;
  std::optional<Box> scale_bar; // panel (the bar's own length comes from ScaleBar)
  std::optional<Box> north_arrow;
  std::optional<Box> locator;   // the locator inset (placed with the map: export_composition)
};

// The panels lying on the map box that labels, callouts and marks keep clear
// of: the legend, scale bar, north arrow and locator inset (those shown).
std::vector<Box> map_panels(const ExportLayout& layout);
// What may lie over the map and hides it: the map panels and, where the map
// runs under them (the window's view fills the whole canvas), the header and
// footer bands. Labels, callouts and annotations keep clear of all of them.
std::vector<Box> boxes_over_map(const ExportLayout& layout);

// The locator inset's size for a map box (logical px): 18 % of its width,
// never under kLocatorMinWidth, at the locator's aspect (width / height).
inline constexpr double kLocatorMinWidth = 96;
Vec2 locator_size(const Box& map, double aspect);
// Where the locator may go (top-left corners, in the map box): its four
// corners, beside the north arrow (top-right) and above the scale bar
// (bottom-left); the legend's own corner and any place over the legend are left out.
std::vector<Vec2> locator_candidates(const ExportLayout& layout, Vec2 size);

// Places every decoration for a canvas of width x height logical px.
ExportLayout layout_export(double width, double height, const DecorationContent& content,
                           const TextMeasure& measure);

// Puts the legend panel (and its rows) with its top-left corner at `top_left`.
void move_legend(ExportLayout& layout, Vec2 top_left);
// Where the legend may go, best first: the map box's bottom-right, top-right
// (under the north arrow), bottom-left (over the scale bar), top-left corner.
std::vector<Vec2> legend_candidates(const ExportLayout& layout);
// The scale bar (bottom-left) and north arrow (top-right) in the corners of layout.map.
void place_map_panels(ExportLayout& layout);

// The camera for the whole canvas (pixels = logical px × pixel_ratio) that shows
// `view_extent` (projected metres) as large as fits, centred in `map_box`.
Camera frame_view(const Bounds& view_extent, const Box& map_box, int width_px, int height_px,
                  double pixel_ratio);

struct ScaleBar {
  double metres_per_px = 0; // ground metres per canvas pixel, horizontally at the measured point
  double length_km = 0;     // a round 1/2/5 × 10^n
  double length_px = 0;     // canvas pixels
  std::string label;        // "100 km", "500 m"
};

// Ground distance (geodesic, GRS80) of a horizontal canvas segment centred on
// `at_px`, and the longest round length that fits in max_length_px.
// Throws steppe::Error when the point cannot be unprojected.
ScaleBar scale_bar_at(const Camera& camera, const Projection& projection, Vec2 at_px,
                      double max_length_px);

// Angle (radians, clockwise from canvas-up) of true north at `at_px`: meridians
// converge in a conic projection, so north tilts away from the central meridian.
double north_angle_at(const Camera& camera, const Projection& projection, Vec2 at_px);

} // namespace steppe
