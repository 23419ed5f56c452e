#pragma once
// Draws a MapGeometry with OpenGL 3.3 core: context layer, region fills,
// banner/league/region borders, then emphasis outlines. The geometry is
// uploaded once; the paint (style, region colours and patterns) is a value
// passed to every draw. Its colours and patterns go to a small per-region
// table texture, uploaded only when they differ from the last draw's, so
// recolouring (choropleth, selection, hover) is one tiny upload and never
// re-tessellates.
// Needs a current GL context (window or OffscreenContext) from construction
// to destruction. Move-only.
#include <cstdint>
#include <memory>
#include <span>

#include "core/camera.hpp"
#include "core/region_paint.hpp"
#include "geo/map_geometry.hpp"
#include "render/color.hpp"
#include "render/map_style.hpp"

namespace steppe {

// What a draw paints: the map style and every region's colour and pattern
// (core/region_paint). A value, passed with each draw.
struct MapPaint {
  MapStyle style;
  RegionPaint regions;
};

class MapRenderer {
public:
  // Uploads the meshes. Throws steppe::Error if shaders are missing/broken or GL fails.
  explicit MapRenderer(const MapGeometry& geometry);
  ~MapRenderer();
  MapRenderer(MapRenderer&&) noexcept;
  MapRenderer& operator=(MapRenderer&&) noexcept;
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  // Draws the map layers with `paint` into the bound framebuffer (sets the
  // viewport to the camera's size; does not clear: see draw_map_frame). The
  // per-region table is uploaded only when the paint differs from the last
  // draw's. Throws steppe::Error when the paint's tables do not have one entry
  // per region. Only regions of the fill level show a fill; outlines apply at any level.
  void render(const Camera& camera, const MapPaint& paint);

  std::size_t region_count() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
