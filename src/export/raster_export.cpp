#include "export/raster_export.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "core/error.hpp"
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

// Paints the decorations over a tile read back from GL (straight RGBA) through
// a Cairo image surface (premultiplied BGRA in native-endian words).
void paint_decorations(Image& tile, int ox, int oy, const Composition& c) {
  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, tile.width);
  std::vector<std::uint32_t> argb(static_cast<std::size_t>(stride / 4) * static_cast<std::size_t>(tile.height));
  const auto row_words = static_cast<std::size_t>(stride / 4);
  for (int y = 0; y < tile.height; ++y) {
    for (int x = 0; x < tile.width; ++x) {
      const Rgba8 p = tile.at(x, y);
      // The map is opaque almost everywhere: premultiplying by 255 is a no-op.
      const auto pm = [&](std::uint8_t v) {
        return p.a == 255 ? std::uint32_t{v} : static_cast<std::uint32_t>((v * p.a + 127) / 255);
      };
      argb[static_cast<std::size_t>(y) * row_words + static_cast<std::size_t>(x)] =
          (static_cast<std::uint32_t>(p.a) << 24) | (pm(p.r) << 16) | (pm(p.g) << 8) | pm(p.b);
    }
  }
  {
    const cairo::Surface surface(cairo_image_surface_create_for_data(
        reinterpret_cast<unsigned char*>(argb.data()), CAIRO_FORMAT_ARGB32, tile.width, tile.height, stride));
    const cairo::Context cr(cairo_create(surface.get()));
    cairo_translate(cr.get(), -ox, -oy);
    draw_callouts(cr.get(), c.callouts);
    draw_annotations(cr.get(), c.annotations);
    draw_decorations(cr.get(), c.layout, c.content, c.decoration, c.style);
    cairo::check(cr.get(), "drawing the export's title, legend and scale bar");
    cairo_surface_flush(surface.get());
  }
  for (int y = 0; y < tile.height; ++y) {
    for (int x = 0; x < tile.width; ++x) {
      const std::uint32_t w = argb[static_cast<std::size_t>(y) * row_words + static_cast<std::size_t>(x)];
      const auto a = static_cast<std::uint8_t>(w >> 24);
      const auto un = [&](std::uint32_t v) {
        if (a == 255) return static_cast<std::uint8_t>(v);
        return static_cast<std::uint8_t>(a == 0 ? 0 : std::min<std::uint32_t>(255, (v * 255 + a / 2) / a));
      };
      tile.set(x, y, {un((w >> 16) & 0xff), un((w >> 8) & 0xff), un(w & 0xff), a});
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
  Image tile = target.read();
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
  TileTools tools(scene);
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
    Image strip(W, th);
    for (int col = 0; col < tiling.columns; ++col) {
      const int ox = col * T;
      const int tw = std::min(T, W - ox);
      copy_into(strip, render_tile(c, scene, tools, ox, oy, tw, th, gy0), ox, 0);
      ++done;
      if (progress && !progress(0.05 + 0.9 * done / total, "rendering tiles")) {
        throw ExportCancelled("export cancelled");
      }
    }
    const std::size_t row = static_cast<std::size_t>(W) * 4;
    for (int y = 0; y < th; ++y) {
      png.write_row({strip.rgba.data() + static_cast<std::size_t>(y) * row, row});
    }
  }
  png.finish();
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
  const std::size_t row = static_cast<std::size_t>(canvas.width) * 4;
  for (int y = 0; y < canvas.height; ++y) png.write_row({canvas.rgba.data() + static_cast<std::size_t>(y) * row, row});
  png.finish();
}

} // namespace steppe
