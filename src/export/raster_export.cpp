#include "export/raster_export.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/phase_timings.hpp"
#include "export/cairo_text.hpp"
#include "export/annotation_draw.hpp"
#include "export/callout_draw.hpp"
#include "export/png_stream.hpp"
#include "render/map_frame.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"
#include "render/screen_shapes.hpp"

namespace steppe {

namespace {

constexpr int kMemoryTilePx = 4096; // 4096² × 4 samples × 4 bytes = 256 MiB of MSAA

// Paints the decorations over a tile read back from GL (straight RGBA): Cairo
// draws them alone on a transparent surface of the tile's size (premultiplied
// BGRA in native-endian words), then each pixel they touched is laid over the
// tile ("over"). The map's pixels are never converted: decorations cover a
// small part of a page, and the untouched words are zero.
void paint_decorations(Image& tile, int ox, int oy, const Composition& c) {
  const cairo::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, tile.width, tile.height));
  {
    const cairo::Context cr(cairo_create(surface.get()));
    cairo_translate(cr.get(), -ox, -oy);
    draw_callouts(cr.get(), c.callouts);
    draw_annotations(cr.get(), c.annotations);
    draw_decorations(cr.get(), c.layout, c.content, c.decoration, c.style);
    cairo::check(cr.get(), "drawing the export's title, legend and scale bar");
  }
  cairo_surface_flush(surface.get());
  const unsigned char* data = cairo_image_surface_get_data(surface.get());
  const auto stride = static_cast<std::size_t>(cairo_image_surface_get_stride(surface.get()));
  for (int y = 0; y < tile.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::size_t>(y) * stride);
    for (int x = 0; x < tile.width; ++x) {
      const std::uint32_t w = row[x];
      if (w == 0) continue; // no decoration here
      const std::uint32_t sa = w >> 24, sr = (w >> 16) & 0xff, sg = (w >> 8) & 0xff, sb = w & 0xff;
      if (sa == 255) {
        tile.set(x, y, {static_cast<std::uint8_t>(sr), static_cast<std::uint8_t>(sg), static_cast<std::uint8_t>(sb), 255});
        continue;
      }
      // Premultiplied source over a straight-alpha destination.
      const Rgba8 d = tile.at(x, y);
      const std::uint32_t keep = 255 - sa; // of the destination
      const std::uint32_t da = d.a * keep;  // destination alpha left, ×255
      const std::uint32_t out_a255 = sa * 255 + da;
      if (out_a255 == 0) continue;
      const auto ch = [&](std::uint32_t s, std::uint32_t dc) {
        // (s·255 + dc·da/255) / out_a, in 1/255 steps, rounded.
        const std::uint64_t premult = static_cast<std::uint64_t>(s) * 255 * 255 + static_cast<std::uint64_t>(dc) * da;
        return static_cast<std::uint8_t>(std::min<std::uint64_t>(255, (premult + out_a255 / 2) / out_a255));
      };
      tile.set(x, y, {ch(sr, d.r), ch(sg, d.g), ch(sb, d.b), static_cast<std::uint8_t>((out_a255 + 127) / 255)});
    }
  }
}

} // namespace

RasterTiling plan_tiles(const Composition& c, int max_tile_px) {
  GLint max_rb = 0;
  GLint dims[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_rb);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, dims);
  // Labels are drawn per tile through a viewport as large as the canvas.
  if (c.width_px > dims[0] || c.height_px > dims[1]) {
    throw Error("a " + std::to_string(c.width_px) + "x" + std::to_string(c.height_px) +
                " px PNG exceeds this GL's viewport limit of " + std::to_string(dims[0]) + "x" +
                std::to_string(dims[1]) + " px; choose a smaller size or DPI, or export SVG/PDF");
  }
  int tile = std::min({static_cast<int>(max_rb), static_cast<int>(dims[0]), static_cast<int>(dims[1]), kMemoryTilePx});
  if (max_tile_px > 0) tile = std::min(tile, max_tile_px);
  const int spacing = static_cast<int>(snapped_hatch_spacing(c.style, c.pixel_ratio));
  tile = std::max(spacing, tile / spacing * spacing);
  RasterTiling t;
  t.tile_px = tile;
  t.columns = (c.width_px + tile - 1) / tile;
  t.rows = (c.height_px + tile - 1) / tile;
  return t;
}

namespace {

// GL objects for drawing a composition's tiles (the same as the screen's).
struct TileTools {
  explicit TileTools(const ExportScene& scene) : map(*scene.geometry) {}
  MapRenderer map;
  TextRenderer text;
  ScreenShapeRenderer shapes;
};

// The canvas pixels (ox, oy, tw, th) of composition `c` (top-left origin):
// map, labels, points and decorations. `gy0`: the tile's bottom in GL window
// coordinates (a multiple of the tile edge keeps the hatch phase across tiles).
Image render_tile(const Composition& c, const ExportScene& scene, TileTools& tools, int ox, int oy, int tw, int th,
                  int gy0) {
  const int W = c.width_px, H = c.height_px;
  const MapPaint paint{c.style, {scene.region_colours, scene.region_patterns}};
  Camera tile_camera = c.camera;
  tile_camera.width_px = tw;
  tile_camera.height_px = th;
  tile_camera.centre = c.camera.to_world({ox + tw / 2.0, oy + th / 2.0});
  OffscreenTarget target(tw, th, 4);
  target.bind();
  std::optional<ScopedPhase> phase(std::in_place, "tile: draw map, labels, points (GL)");
  draw_map_frame(tools.map, tile_camera, paint, [&](const Camera&) {
    // The labels of the whole canvas, through a viewport placed where the
    // canvas lies relative to this tile: one placement, clipped to the tile.
    if (c.label_items.empty() && c.points.shapes.empty()) return;
    glViewport(-ox, -gy0, W, H);
    if (!c.label_items.empty()) tools.text.draw(c.label_items, W, H);
    // Points over the labels, as in the window; clipped to the map box.
    if (!c.points.shapes.empty()) {
      glEnable(GL_SCISSOR_TEST);
      glScissor(c.map_px.x - ox, H - c.map_px.y - c.map_px.h - gy0, c.map_px.w, c.map_px.h);
      tools.shapes.draw(c.points.shapes, W, H);
      if (!c.points.labels.empty()) tools.text.draw(c.points.labels, W, H);
      glDisable(GL_SCISSOR_TEST);
    }
    glViewport(0, 0, tw, th);
  });
  if (phase_timings_enabled()) glFinish(); // the GL work, not its read-back, in the phase above
  phase.emplace("tile: read back");
  Image tile = target.read();
  phase.emplace("tile: decorations (Cairo)");
  paint_decorations(tile, ox, oy, c);
  return tile;
}

void copy_into(Image& to, const Image& from, int x, int y) {
  const int x0 = std::max(0, -x), x1 = std::min(from.width, to.width - x);
  if (x1 <= x0) return;
  for (int row = std::max(0, -y); row < from.height && y + row < to.height; ++row) {
    std::memcpy(to.rgba.data() + to.offset(x + x0, y + row), from.rgba.data() + from.offset(x0, row),
                static_cast<std::size_t>(x1 - x0) * 4);
  }
}

} // namespace

int write_png_export(const std::filesystem::path& path, const Composition& c, const ExportScene& scene,
                     int max_tile_px, const ProgressCallback& progress) {
  const RasterTiling tiling = plan_tiles(c, max_tile_px);
  const int T = tiling.tile_px;
  const int W = c.width_px, H = c.height_px;
  std::optional<ScopedPhase> phase(std::in_place, "GL tools (geometry upload, glyphs)");
  TileTools tools(scene);
  phase.reset();
  PngStream png(path, W, H, c.dpi);
  const int total = tiling.columns * tiling.rows;
  int done = 0;
  // Bands are counted from the bottom (GL's origin) so every tile starts at a
  // multiple of T in GL window coordinates: the screen-space hatch continues
  // across tile borders. They are written top band first.
  for (int band = tiling.rows - 1; band >= 0; --band) {
    const int gy0 = band * T;
    const int th = std::min(T, H - gy0);
    const int oy = H - gy0 - th; // image row of the band's top
    // One tile across: its rows are the band's (no copy).
    Image strip = tiling.columns == 1 ? Image{} : Image(W, th);
    for (int col = 0; col < tiling.columns; ++col) {
      const int ox = col * T;
      const int tw = std::min(T, W - ox);
      if (tiling.columns == 1) strip = render_tile(c, scene, tools, ox, oy, tw, th, gy0);
      else copy_into(strip, render_tile(c, scene, tools, ox, oy, tw, th, gy0), ox, 0);
      ++done;
      if (progress && !progress(0.05 + 0.9 * done / total, "rendering tiles")) {
        throw ExportCancelled("export cancelled");
      }
    }
    const std::size_t row = static_cast<std::size_t>(W) * 4;
    const ScopedPhase encode("PNG: filter + compress a band");
    png.write_rows({strip.rgba.data(), row * static_cast<std::size_t>(th)});
  }
  {
    const ScopedPhase finish("PNG: finish");
    png.finish();
  }
  return total;
}

Image render_composition(const Composition& c, const ExportScene& scene, int max_tile_px) {
  const RasterTiling tiling = plan_tiles(c, max_tile_px);
  const int T = tiling.tile_px;
  TileTools tools(scene);
  Image image(c.width_px, c.height_px);
  for (int band = 0; band < tiling.rows; ++band) {
    const int gy0 = band * T;
    const int th = std::min(T, c.height_px - gy0);
    const int oy = c.height_px - gy0 - th;
    for (int col = 0; col < tiling.columns; ++col) {
      const int ox = col * T;
      const int tw = std::min(T, c.width_px - ox);
      copy_into(image, render_tile(c, scene, tools, ox, oy, tw, th, gy0), ox, oy);
    }
  }
  return image;
}

Image render_page_image(const PageComposition& page, const std::vector<const ExportScene*>& scenes, int max_tile_px,
                        const ProgressCallback& progress) {
  const Composition& pc = page.page;
  if (static_cast<double>(pc.width_px) * pc.height_px > kMaxPagePixels) {
    throw Error("a page of several maps is drawn whole in memory: " + std::to_string(pc.width_px) + "x" +
                std::to_string(pc.height_px) + " px is more than " + std::to_string(kMaxPagePixels / 1000000) +
                " million pixels; choose a smaller size or DPI, or export SVG/PDF");
  }
  if (scenes.size() != page.panes.size()) throw Error("render_page_image: one scene per pane is needed");
  Image canvas(pc.width_px, pc.height_px);
  const Rgba8 bg = pc.style.background;
  for (int y = 0; y < canvas.height; ++y)
    for (int x = 0; x < canvas.width; ++x) canvas.set(x, y, {bg.r, bg.g, bg.b, 255});
  for (std::size_t k = 0; k < page.panes.size(); ++k) {
    const PlacedPane& p = page.panes[k];
    copy_into(canvas, render_composition(p.composition, *scenes[k], max_tile_px), p.box.x, p.box.y);
    if (progress && !progress(0.05 + 0.85 * static_cast<double>(k + 1) / static_cast<double>(page.panes.size()),
                              "rendering panes")) {
      throw ExportCancelled("export cancelled");
    }
  }
  paint_decorations(canvas, 0, 0, pc); // the page's title block, footer and shared legend
  return canvas;
}

void write_page_png(const std::filesystem::path& path, const PageComposition& page,
                    const std::vector<const ExportScene*>& scenes, int max_tile_px, const ProgressCallback& progress) {
  const Image canvas = render_page_image(page, scenes, max_tile_px, progress);
  PngStream png(path, canvas.width, canvas.height, page.page.dpi);
  png.write_rows(canvas.rgba);
  png.finish();
}

} // namespace steppe
