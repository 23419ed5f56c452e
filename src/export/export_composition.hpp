#pragma once
// Everything an export draws, decided once for the whole canvas and shared by
// the raster and vector writers: pixel size, camera, decoration layout, label
// placement (LabelLayer::layout in the map box), scale bar and north arrow.
#include <vector>

#include "core/data_footprint.hpp"
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

Composition compose_export(const ExportOptions& options, const ExportScene& scene,
                           const LabelLayer& labels, const TextMeasure& measure);


} // namespace steppe
