#include "export/decoration_overlay.hpp"

#include <cstdint>
#include <utility>
#include <vector>

#include "export/callout_draw.hpp"
#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"

namespace steppe {

DecorationOverlay render_decoration_overlay(const ExportOptions& options, const ExportScene& scene,
                                            const LabelLayer& labels) {
  ExportScene s = scene;
  s.points = nullptr; // the caller draws the points (PointRenderer: the same shapes)
  const cairo::PangoMeasure measure;
  Composition c = compose_export(options, s, labels, measure);

  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, c.width_px);
  const auto words = static_cast<std::size_t>(stride / 4);
  std::vector<std::uint32_t> argb(words * static_cast<std::size_t>(c.height_px), 0u);
  {
    const cairo::Surface surface(cairo_image_surface_create_for_data(
        reinterpret_cast<unsigned char*>(argb.data()), CAIRO_FORMAT_ARGB32, c.width_px, c.height_px, stride));
    const cairo::Context cr(cairo_create(surface.get()));
    draw_callouts(cr.get(), c.callouts);
    draw_decorations(cr.get(), c.layout, c.content, c.decoration, c.style);
    cairo::check(cr.get(), "drawing the map's title, legend and scale bar");
    cairo_surface_flush(surface.get());
  }
  // Cairo's premultiplied native-endian ARGB words to premultiplied RGBA bytes.
  DecorationOverlay result;
  result.labels = std::move(c.label_items);
  result.camera = c.camera;
  result.style = c.style;
  if (const auto& box = c.layout.legend) {
    result.legend_px.expand(Vec2{box->x * c.pixel_ratio, box->y * c.pixel_ratio});
    result.legend_px.expand(Vec2{box->right() * c.pixel_ratio, box->bottom() * c.pixel_ratio});
  }
  Image& out = result.image;
  out = Image(c.width_px, c.height_px);
  for (int y = 0; y < c.height_px; ++y) {
    for (int x = 0; x < c.width_px; ++x) {
      const std::uint32_t w = argb[static_cast<std::size_t>(y) * words + static_cast<std::size_t>(x)];
      out.set(x, y, {static_cast<std::uint8_t>(w >> 16), static_cast<std::uint8_t>(w >> 8),
                     static_cast<std::uint8_t>(w), static_cast<std::uint8_t>(w >> 24)});
    }
  }
  return result;
}

} // namespace steppe
