#pragma once
// A point layer (parks, data centres) in an export: the symbols and their
// labels decided once in canvas pixels — the same circles, sizes, colours and
// label blocks PointRenderer draws on screen — then drawn with GL per raster
// tile (ScreenShapeRenderer, TextRenderer) or as Cairo circles and Pango text
// in SVG/PDF, so every format shows the same points.
#include <vector>

#include "core/camera.hpp"
#include "core/point_layer.hpp"
#include "export/export_map.hpp"
#include "render/label_layer.hpp"
#include "render/point_renderer.hpp"
#include "render/screen_shapes.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

struct Composition;

struct PointOverlay {
  std::vector<ScreenShape> shapes; // drawing order, canvas pixels
  std::vector<TextItem> labels;    // one block per place, right of its symbols
};

// As PointRenderer::draw lays them out for `camera` (measures text, no GL).
PointOverlay layout_point_overlay(const PointLayer& layer, const Camera& camera, const PointDrawOptions& options,
                                  const TextRenderer& text);

// The composition's hook, before the map labels are placed: lays the scene's
// points out on the composed page (label blocks off the legend, scale bar,
// north arrow and seat markers, and off league names where a side is free) and asks the map labels to keep clear of the symbols and their
// blocks (c.label_options.keep_clear_px), so names move around them.
void place_point_overlay(Composition& c, const ExportScene& scene, const LabelLayer& labels);

// Where export_map(options, scene) draws the scene's points, canvas pixels
// (empty without scene.points). Throws as export_map does for a bad scene.
PointOverlay export_point_overlay(const ExportOptions& options, const ExportScene& scene);

} // namespace steppe
