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
#include "render/point_renderer.hpp"
#include "render/screen_shapes.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

struct PointOverlay {
  std::vector<ScreenShape> shapes; // drawing order, canvas pixels
  std::vector<TextItem> labels;    // one block per place, right of its symbols
};

// As PointRenderer::draw lays them out for `camera` (measures text, no GL).
PointOverlay layout_point_overlay(const PointLayer& layer, const Camera& camera, const PointDrawOptions& options,
                                  const TextRenderer& text);

// Where export_map(options, scene) draws the scene's points, canvas pixels
// (empty without scene.points). Throws as export_map does for a bad scene.
PointOverlay export_point_overlay(const ExportOptions& options, const ExportScene& scene);

} // namespace steppe
