#pragma once
// A page of several maps — a split view, small multiples, the periods of a
// series — composed by the same stages as a single map (export_composition):
// the page's own decorations (title block, footer with the source line and
// credits, one shared legend in a column at the right when the panes show
// one quantity), then a grid of panes, each a small map page of its own
// (title, map, its own legend when not shared, and in the first pane the
// scale bar and north arrow). Every pane frames the same extent in a map box
// of the same size, so all panes have one camera scale: equal places at
// equal positions. The PNG and SVG/PDF writers draw this one composition.
#include <optional>
#include <string>
#include <vector>

#include "export/export_composition.hpp"
#include "export/export_map.hpp"

namespace steppe {

struct PagePane {
  std::string title;     // above the pane's map
  std::string indicator; // its id, for the page report
  ExportScene scene;     // the pane's paint, legend, data regions, labels and points
};

struct PageSpec {
  // The page: size, DPI, type scale, title, subtitle, source, credits, which
  // decorations. `view` (when set) is the extent every pane frames.
  ExportOptions options;
  std::vector<PagePane> panes;
  // One legend for every pane (the panes show one quantity on one scale);
  // nullptr: each pane carries its own.
  const Legend* shared_legend = nullptr;
};

struct PlacedPane {
  Composition composition; // in the pane's own canvas (its top-left is `box`'s)
  PixelBox box;            // where the pane lies on the page, canvas pixels
};

struct PageComposition {
  Composition page; // the page's title block, footer and shared legend; map_px: where the panes lie
  std::vector<PlacedPane> panes;
  bool legend_column = false; // the panes' own legends lie in a column beside their maps
  std::vector<std::string> warnings;
};

// Columns × rows for n panes in an area of w × h showing an extent of
// aspect ex / ey: the grid whose panes show the map largest.
struct GridShape {
  int columns = 1, rows = 1;
};
GridShape choose_grid(std::size_t panes, double area_w, double area_h, double extent_w, double extent_h);

// Throws steppe::Error when the page is too small for its panes.
PageComposition compose_page(const PageSpec& spec, const LabelLayer& labels, const TextMeasure& measure);
// Its two stages: the boxes (page decorations, panes, their map boxes and
// legends; no camera yet), then each pane's map framing `extent` (one camera
// scale for all: the map boxes are equal).
PageComposition compose_page_layout(const PageSpec& spec, const TextMeasure& measure);
void compose_page_maps(PageComposition& page, const PageSpec& spec, const LabelLayer& labels, const Bounds& extent);
// The projected extent the panes frame: spec.options.view's, else the whole atlas.
Bounds page_extent(const PageSpec& spec);

// Which pane's map box holds `page_px` (page canvas pixels), and the point in
// that map box's own pixels (as a camera of the map box's size takes them).
struct PanePoint {
  std::size_t pane = 0;
  Vec2 local;
};
std::optional<PanePoint> pane_at(const PageComposition& page, Vec2 page_px);
// Pane k's map box on the page, canvas pixels.
PixelBox pane_map_box(const PageComposition& page, std::size_t k);

// Where everything went (--layout-json): the panes' map boxes on the page, the legends
// and the panes they serve, the page's title and footer, each pane's data regions.
PageReport page_report(const PageComposition& page, const PageSpec& spec);

// Writes spec.options.out (PNG, SVG or PDF, by its extension) through a
// temporary file renamed into place. PNG creates a headless EGL context.
ExportResult export_page(const PageSpec& spec, const ProgressCallback& progress = {});

} // namespace steppe
