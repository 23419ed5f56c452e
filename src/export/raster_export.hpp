#pragma once
// The PNG writer: the map through the same MapRenderer / draw_map_frame path
// as the screen on the headless EGL context, tiled when the canvas exceeds the
// GL limits or the tile budget, the labels placed once for the whole canvas and
// drawn per tile (TextRenderer, as on screen),
// the Cairo decorations painted onto each tile, rows streamed into the PNG.
#include <filesystem>

#include "export/export_composition.hpp"
#include "export/page_composition.hpp"
#include "render/image.hpp"

namespace steppe {

struct RasterTiling {
  int tile_px = 0; // edge of a full tile
  int columns = 0, rows = 0;
};

// The tile edge: the GL limits, 4096 (memory), options.max_tile_px if smaller,
// rounded down to a multiple of the hatch spacing so the hatch has no seams.
// Needs the GL context current. Throws steppe::Error when the canvas exceeds
// what this GL can address (GL_MAX_VIEWPORT_DIMS).
RasterTiling plan_tiles(const Composition& composition, int max_tile_px);

// Renders and writes `path`. The OffscreenContext must be current. Returns the tile count.
int write_png_export(const std::filesystem::path& path, const Composition& composition,
                     const ExportScene& scene, int max_tile_px, const ProgressCallback& progress);

// The whole composition as an image (tiled like the PNG). The OffscreenContext must be current.
Image render_composition(const Composition& composition, const ExportScene& scene, int max_tile_px = 0);

// A page of several panes, drawn whole in memory (at most kMaxPagePixels):
// background, each pane (render_composition) at its box, the page's decorations.
inline constexpr double kMaxPagePixels = 100e6;
Image render_page_image(const PageComposition& page, const std::vector<const ExportScene*>& scenes,
                        int max_tile_px = 0, const ProgressCallback& progress = {});
void write_page_png(const std::filesystem::path& path, const PageComposition& page,
                    const std::vector<const ExportScene*>& scenes, int max_tile_px, const ProgressCallback& progress);

} // namespace steppe
