#pragma once
// Exports the map as PNG (tiled GL render through the same MapRenderer /
// map_frame path as the screen), SVG or PDF (Cairo + Pango vectors), with one
// composition — title block, legend, scale bar, north arrow, footer — shared
// by every format. Used by the window's export dialog and `steppe render`.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.hpp"
#include "core/atlas.hpp"
#include "core/callout.hpp"
#include "core/choropleth.hpp"
#include "core/error.hpp"
#include "core/legend.hpp"
#include "core/locator_map.hpp"
#include "core/point_layer.hpp"
#include "export/export_options.hpp"
#include "export/page_report.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "render/color.hpp"
#include "render/label_layer.hpp"
#include "render/map_style.hpp"
#include "render/point_renderer.hpp"

namespace steppe {

// What is drawn. The pointers are not owned and must outlive export_map.
struct ExportScene {
  const Atlas* atlas = nullptr;
  const Projection* projection = nullptr;
  const MapGeometry* geometry = nullptr; // built from atlas and projection
  MapStyle style;
  // Per Atlas::regions index (a RegionPaint, core/region_paint);
  // empty: style.region_fill, solid.
  std::vector<Rgba8> region_colours;
  std::vector<std::uint8_t> region_patterns; // RegionPattern codes
  const Legend* legend = nullptr;            // nullptr: no legend
  // Atlas::regions indices that carry the shown values (a choropleth's regions
  // with a value, and its hatched no-data ones): the page keeps its legend off
  // them and frames them.
  std::vector<std::size_t> data_regions;
  LabelOptions labels;                       // language comes from ExportOptions
  // A point indicator drawn over the map (symbols and labels as PointRenderer
  // draws them on screen); nullptr: none.
  const PointLayer* points = nullptr;
  PointDrawOptions point_options;
  // One- or two-place indicators (core/map_visual): a label box per place with
  // a leader line, placed by the page composition (export/callout_layout).
  std::vector<CalloutText> callouts;
  // The presenter's marks (core/annotation: lon/lat points), placed by the
  // page composition after the callouts (export/annotation_layout).
  std::vector<Annotation> annotations;
  // The locator inset's map when the page shows one (ExportOptions::show_locator);
  // nullptr: the built-in one (io/locator_reader, geodata/locator.geojson).
  const LocatorMap* locator = nullptr;
  // PNG: draw with the caller's current OpenGL 3.3 core context (the window's,
  // glad loaded) instead of creating a headless EGL one. Its framebuffer 0 and
  // viewport are left to the caller to restore.
  bool render_in_current_context = false;
};

// Fills colours, patterns, the legend and the data regions from a choropleth
// (which must outlive the scene); set scene.atlas first.
void apply_choropleth(ExportScene& scene, const Choropleth& choropleth);
// A scene of the atlas with the choropleth's style (choropleth_map_style) and
// paint applied; everything it is given must outlive it.
ExportScene choropleth_scene(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
                             const Choropleth& choropleth);
// The regions a choropleth's story is about: those with a value (at the
// indicator's level) and those inside the source's coverage without one (hatched).
std::vector<std::size_t> choropleth_data_regions(const Atlas& atlas, const Choropleth& choropleth);

// Per Atlas::regions index, 1 where the choropleth shows a value (for LabelOptions::carries_data).
std::vector<std::uint8_t> carries_data_of(const Choropleth& choropleth);

// Sets one or two places' callouts (core/callout) and outlines each place
// heavily (kPatternSelected) so the place stands out; set scene.atlas and the
// choropleth's paint first.
void apply_callouts(ExportScene& scene, const std::vector<CalloutText>& callouts);
// The union of the callouts' places' projected bounds (invalid: none in the atlas).
Bounds places_bounds(const Atlas& atlas, const MapGeometry& geometry, const std::vector<CalloutText>& callouts);

// Sets the points and their legend (the layer must outlive the scene).
void apply_point_layer(ExportScene& scene, const PointLayer& points);

// fraction in [0, 1] and what is being done; return false to cancel.
using ProgressCallback = std::function<bool(double fraction, std::string_view stage)>;

// Thrown when the progress callback asks to stop (the partial file is removed).
struct ExportCancelled : Error {
  using Error::Error;
};

struct ExportResult {
  std::filesystem::path path;
  ExportFormat format = ExportFormat::Png;
  int width_px = 0, height_px = 0; // canvas pixels (for SVG/PDF: at options.dpi)
  double width_pt = 0, height_pt = 0; // page size (SVG/PDF), points
  int tiles = 1;                   // PNG: GL tiles rendered
  std::vector<std::string> warnings;
  PageReport page; // where everything went (--layout-json)
};

// Writes options.out (temporary file renamed into place: an existing file is
// only replaced by a complete export). Throws steppe::Error with a message
// naming the file and the cause; ExportCancelled when progress returns false.
// PNG needs a GL context: a headless EGL one is created here (unless
// scene.render_in_current_context), after which a GL context the caller had
// current (the window's) is no longer current: make it current again.
ExportResult export_map(const ExportOptions& options, const ExportScene& scene,
                        const ProgressCallback& progress = {});

} // namespace steppe
