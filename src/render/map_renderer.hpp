#pragma once
// Draws a MapGeometry with OpenGL 3.3 core: context layer, region fills,
// banner/league/region borders, then emphasis outlines. The geometry is
// uploaded once; colours and patterns live in a small per-region table
// texture, so recolouring (choropleth, selection, hover) is one tiny upload.
// Needs a current GL context (window or OffscreenContext) from construction
// to destruction. Move-only.
#include <cstdint>
#include <memory>
#include <span>

#include "core/camera.hpp"
#include "geo/map_geometry.hpp"
#include "render/color.hpp"
#include "render/map_style.hpp"

namespace steppe {

// Per-region fill patterns (set_region_patterns); plain bytes so tables of
// them need no casts.
inline constexpr std::uint8_t kPatternSolid = 0;
inline constexpr std::uint8_t kPatternHatch = 1;    // "no data": hatch lines over the region's colour
inline constexpr std::uint8_t kPatternSelected = 2; // solid, with a heavy outline on top
inline constexpr std::uint8_t kPatternHover = 3;    // solid, with a lighter outline on top

class MapRenderer {
public:
  // Uploads the meshes; every region starts with style().region_fill, solid.
  // Throws steppe::Error if shaders are missing/broken or GL fails.
  explicit MapRenderer(const MapGeometry& geometry, const MapStyle& style = {});
  ~MapRenderer();
  MapRenderer(MapRenderer&&) noexcept;
  MapRenderer& operator=(MapRenderer&&) noexcept;
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  // One entry per Atlas::regions index; throws steppe::Error on a size mismatch.
  // Only regions of the fill level show a fill; outlines apply at any level.
  void set_region_colors(std::span<const Rgba8> colors);
  void set_region_patterns(std::span<const std::uint8_t> patterns);
  // Everything to style().region_fill, solid.
  void reset_regions();

  void set_style(const MapStyle& style);
  const MapStyle& style() const;

  // Draws the map layers into the bound framebuffer (sets the viewport to
  // the camera's size; does not clear: see draw_map_frame).
  void render(const Camera& camera);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
