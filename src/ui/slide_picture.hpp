#pragma once
// One slide of a presentation drawn at a given size and place in the window:
// the deck's page composed at that size (export/deck_export:
// view_export_options + the export's composition), so a slide shown full
// screen, the large and the small slide of the presenter view and the PDF
// handout are one page at different sizes. Holds the slide's paint,
// decorations (title, legend, scale bar: the page's Cairo drawing) and
// labels; GL objects need the window's context current.
#include <cstddef>
#include <vector>

#include "core/page_theme.hpp"
#include "export/export_map.hpp"
#include "render/map_renderer.hpp"
#include "render/overlay_image.hpp"
#include "render/point_renderer.hpp"
#include "render/text_renderer.hpp"
#include "ui/map_canvas.hpp"

namespace steppe {
struct Atlas;
struct Deck;
struct MapGeometry;
class LabelLayer;
class Projection;
struct ResolvedView;
} // namespace steppe

namespace steppe::ui {

// What the slides are drawn from (the explorer's; must outlive the presentation).
struct SlideSource {
  const Atlas& atlas;
  const Projection& projection;
  const MapGeometry& geometry;
};

class SlidePicture {
public:
  // Composes view `index` of `deck` (resolved as `view`) at width × height
  // framebuffer px in `theme`. A composition error is reported on stderr
  // ("steppe: slide N: ...") and leaves the map without decorations.
  void compose(const Deck& deck, std::size_t index, const ResolvedView& view, const SlideSource& source,
               const LabelLayer& labels, int width, int height, PageTheme theme);
  void clear() { view_ = nullptr; }
  bool empty() const { return view_ == nullptr; }

  // The composition's camera (where a move to this slide ends).
  const Camera& camera() const { return camera_; }

  // Draws the slide with `camera` (the composition's, or one on the way to it)
  // into the window framebuffer with its bottom-left at (x, y_from_bottom).
  // Labels belong to the composition's camera: drawn only `at_rest`.
  void draw(MapRenderer& map, PointRenderer& points, TextRenderer& text, const Camera& camera, bool at_rest, int x,
            int y_from_bottom);

private:
  const ResolvedView* view_ = nullptr;
  MapPaint paint_; // the slide's: a value, the caller's map keeps no colours
  ExportScene scene_;
  OverlayImage decorations_;
  std::vector<TextItem> labels_; // the page's labels, canvas px
  PointDrawOptions point_options_;
  Camera camera_;
  MapCanvas canvas_;
};

} // namespace steppe::ui
