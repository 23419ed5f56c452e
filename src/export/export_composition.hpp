#pragma once
// Everything an export draws, decided once for the whole canvas and shared by
// the raster and vector writers: pixel size, camera, decoration layout, label
// placement (LabelLayer::layout in the map box), scale bar and north arrow.
#include <vector>

#include "core/data_footprint.hpp"
#include "export/annotation_layout.hpp"
#include "export/callout_layout.hpp"
#include "export/export_layout.hpp"
#include "export/export_map.hpp"
#include "export/map_decorations.hpp"
#include "export/point_export.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

struct PixelBox {
  int x = 0, y = 0, w = 1, h = 1; // canvas pixels
};

struct Composition {
  int width_px = 0, height_px = 0;
  double pixel_ratio = 1;
  double dpi = 96;
  MapStyle style;               // the scene's, hatch spacing snapped to whole pixels
  DecorationContent content;
  ExportLayout layout;          // logical px
  Camera camera;                // the whole canvas
  PixelBox map_px;              // the map box in canvas pixels
  Camera label_camera;          // the map box only: labels are placed inside it
  LabelOptions label_options;
  std::vector<PlacedLabel> labels; // in canvas pixels
  std::vector<TextItem> label_items; // their lines as LabelLayer draws them, canvas pixels
  PointOverlay points;             // the scene's point layer, canvas pixels
  std::vector<CalloutPlacement> callouts; // the scene's callouts (export/callout_layout), canvas pixels
  std::vector<AnnotationPlacement> annotations; // the presenter's marks (export/annotation_layout), canvas pixels
  DecorationGeometry decoration;
  std::vector<std::string> warnings;
};

// Integer hatch spacing in canvas pixels, so tiled renders keep the hatch phase.
double snapped_hatch_spacing(const MapStyle& style, double pixel_ratio);

// The canvas pixels covered by scene.data_regions as `camera` shows them.
DataFootprint data_footprint(const ExportScene& scene, const Camera& camera);

// Moves the legend to the first corner of the map box where it hides no data
// region; when every corner hides some and `may_shrink`, the map box narrows
// and the legend takes a column right of it (the camera reframes `extent`).
void place_legend_clear_of_data(Composition& c, const ExportScene& scene, const Bounds& extent, bool may_shrink);

// Moves the legend into a column `column` logical px wide at the right of the
// map box, which narrows by as much (the camera is not touched).
void put_legend_in_column(Composition& c, double column);

// Puts the locator inset (c.content.locator) in the corner of the map box
// (locator_candidates: not the legend's) that hides the least data, then
// covers the fewest labels, then the least of the atlas's region; none fits:
// a warning and no inset. Needs c.camera and c.label_camera.
void place_locator(Composition& c, const ExportScene& scene, const LabelLayer& labels);

// The single map page: compose_layout, then compose_map framing export_extent
// with the legend clear of the data.
Composition compose_export(const ExportOptions& options, const ExportScene& scene,
                           const LabelLayer& labels, const TextMeasure& measure);

// The stages of a page, also used per pane by compose_page (export/page_composition):
// 1. the decorations on the canvas (title block, footer, legend panel and its
//    rows, scale bar and north arrow panels) and the map box between them;
Composition compose_layout(const ExportOptions& options, const ExportScene& scene, const TextMeasure& measure);
// 2. what the map frames: the view's visible extent, else the whole atlas (padded);
Bounds export_extent(const ExportOptions& options, const ExportScene& scene);
// 3. the camera framing `extent` in c.map_px, the legend (ClearOfData: the first
//    corner hiding no data region, else a column; Corners: the best corner, the
//    map box kept; Given: where the caller put it), labels around the panels,
//    points, the scale bar and the north arrow.
enum class LegendPlacement { ClearOfData, Corners, Given };
void compose_map(Composition& c, const ExportScene& scene, const LabelLayer& labels, const Bounds& extent,
                 LegendPlacement placement);


} // namespace steppe
