#include "ui/slide_picture.hpp"

#include <algorithm>
#include <iostream>

#include "core/error.hpp"
#include "core/map_view.hpp"
#include "export/deck_export.hpp"
#include "export/decoration_overlay.hpp"
#include "render/choropleth_paint.hpp"

namespace steppe::ui {

void SlidePicture::compose(const Deck& deck, std::size_t index, const ResolvedView& view, const SlideSource& source,
                           const LabelLayer& labels, int width, int height, PageTheme theme) {
  view_ = &view;
  paint_.style = view.choropleth ? choropleth_map_style() : MapStyle{};
  paint_.regions = {view.region_colours, view.region_patterns};
  DeckExportOptions size;
  size.width_px = std::max(16, width);
  size.height_px = std::max(16, height);
  const ExportOptions page = view_export_options(deck, index, view, size, "slide.png");
  camera_ = *page.view;
  scene_ = slide_scene(view, source.atlas, source.projection, source.geometry, theme);
  try {
    DecorationOverlay overlay = render_decoration_overlay(page, scene_, labels);
    decorations_.upload(overlay.image);
    labels_ = std::move(overlay.labels);
    camera_ = overlay.camera;
    paint_.style = overlay.style; // as the page paints it (the hatch in phase with the handout)
    point_options_ = scene_.point_options;
  } catch (const Error& e) {
    std::cerr << "steppe: slide " << index + 1 << ": " << e.what() << "\n";
    decorations_.upload(Image(1, 1));
    labels_.clear();
  }
}

void SlidePicture::draw(MapRenderer& map, PointRenderer& points, TextRenderer& text, const Camera& camera,
                        bool at_rest, int x, int y_from_bottom) {
  if (view_ == nullptr) return;
  canvas_.draw(
      map, camera, paint_,
      [&](const Camera& c) {
        if (at_rest && !labels_.empty()) text.draw(labels_, c.width_px, c.height_px);
        if (view_->points) points.draw(*view_->points, c, point_options_);
      },
      [&](const Camera&) { decorations_.draw(); }, x, y_from_bottom);
}

} // namespace steppe::ui
