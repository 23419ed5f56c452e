#include "export/decoration_overlay.hpp"

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "export/annotation_draw.hpp"
#include "export/callout_draw.hpp"
#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"

namespace steppe {

namespace {

// A transparent canvas painted by `draw` (canvas pixels) as premultiplied RGBA.
Image cairo_overlay(int width, int height, const std::function<void(cairo_t*)>& draw) {
  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width);
  const auto words = static_cast<std::size_t>(stride / 4);
  std::vector<std::uint32_t> argb(words * static_cast<std::size_t>(height), 0u);
  {
    const cairo::Surface surface(cairo_image_surface_create_for_data(
        reinterpret_cast<unsigned char*>(argb.data()), CAIRO_FORMAT_ARGB32, width, height, stride));
    const cairo::Context cr(cairo_create(surface.get()));
    draw(cr.get());
    cairo::check(cr.get(), "drawing the map's title, legend and scale bar");
    cairo_surface_flush(surface.get());
  }
  // Cairo's premultiplied native-endian ARGB words to premultiplied RGBA bytes.
  Image out(width, height);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const std::uint32_t w = argb[static_cast<std::size_t>(y) * words + static_cast<std::size_t>(x)];
      out.set(x, y, {static_cast<std::uint8_t>(w >> 16), static_cast<std::uint8_t>(w >> 8),
                     static_cast<std::uint8_t>(w), static_cast<std::uint8_t>(w >> 24)});
    }
  }
  return out;
}

} // namespace

Image page_decorations_image(const PageComposition& page) {
  const Composition& pc = page.page;
  return cairo_overlay(pc.width_px, pc.height_px, [&](cairo_t* cr) {
    for (const PlacedPane& p : page.panes) {
      const Composition& c = p.composition;
      cairo_save(cr);
      cairo_translate(cr, p.box.x, p.box.y);
      cairo_rectangle(cr, 0, 0, p.box.w, p.box.h);
      cairo_clip(cr);
      draw_callouts(cr, c.callouts);
      draw_annotations(cr, c.annotations);
      draw_decorations(cr, c.layout, c.content, c.decoration, c.style);
      cairo_restore(cr);
    }
    draw_decorations(cr, pc.layout, pc.content, pc.decoration, pc.style);
  });
}

DecorationOverlay render_decoration_overlay(const ExportOptions& options, const ExportScene& scene,
                                            const LabelLayer& labels) {
  ExportScene s = scene;
  s.points = nullptr; // the caller draws the points (PointRenderer: the same shapes)
  const cairo::PangoMeasure measure;
  Composition c = compose_export(options, s, labels, measure);

  DecorationOverlay result;
  result.image = cairo_overlay(c.width_px, c.height_px, [&](cairo_t* cr) {
    draw_callouts(cr, c.callouts);
    draw_annotations(cr, c.annotations);
    draw_decorations(cr, c.layout, c.content, c.decoration, c.style);
  });
  result.labels = std::move(c.label_items);
  result.camera = c.camera;
  result.style = c.style;
  if (const auto& box = c.layout.legend) {
    result.legend_px.expand(Vec2{box->x * c.pixel_ratio, box->y * c.pixel_ratio});
    result.legend_px.expand(Vec2{box->right() * c.pixel_ratio, box->bottom() * c.pixel_ratio});
  }
  return result;
}

} // namespace steppe
