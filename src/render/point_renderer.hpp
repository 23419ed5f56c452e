#pragma once
// Draws a core PointLayer above the map fills and borders: anti-aliased
// circles with a white outline for located points; approximate locations as a
// translucent disc with a dashed ring. Labels to the right of each place
// (one block per stack of points at the same place). Needs a current GL 3.3
// context for draw().
#include <memory>
#include <vector>

#include "core/camera.hpp"
#include "core/point_layer.hpp"
#include "render/screen_shapes.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

struct PointDrawOptions {
  PointLayerStyle style;
  bool labels = true;
  double label_size_px = 12;   // logical px
  std::size_t max_label_lines = 4; // per place; the rest summarised as "… +N"
};

// The symbols in framebuffer pixels, in drawing order (no GL needed).
std::vector<ScreenShape> point_shapes(const PointLayer& layer, const Camera& camera,
                                      const PointLayerStyle& style = {});
// Screen centre of a point symbol (stack offsets included).
Vec2 point_screen_position(const PointSymbol& point, const PointLayer& layer, const Camera& camera);

// The label blocks for `shapes` (point_shapes of the same layer and camera):
// one block per place, right of the stack's extent, at most
// options.max_label_lines lines ("… +N" for the rest). Measures text only (no
// drawing): the screen and every export format place labels with this.
std::vector<TextItem> point_labels(const PointLayer& layer, const std::vector<ScreenShape>& shapes,
                                   const Camera& camera, const PointDrawOptions& options, const TextRenderer& text);

class PointRenderer {
public:
  PointRenderer();  // fonts are found on the first draw with labels
  ~PointRenderer(); // destroy with the GL context current
  PointRenderer(const PointRenderer&) = delete;
  PointRenderer& operator=(const PointRenderer&) = delete;

  void draw(const PointLayer& layer, const Camera& camera, const PointDrawOptions& options = {});

private:
  ScreenShapeRenderer shapes_;
  std::unique_ptr<TextRenderer> text_;
};

} // namespace steppe
