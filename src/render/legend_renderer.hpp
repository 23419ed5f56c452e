#pragma once
// Draws a core Legend over the map: a white rounded panel (bottom-left by
// default) with the title, period, one swatch per class, the hatched no-data
// swatch (the same screen-space hatch as the map), point symbols, coverage and
// consistency notes and the source line, wrapped to the panel width. Sizes
// are logical pixels × Camera::pixel_ratio. Needs a current GL 3.3 context
// for draw(); layout() needs only fonts.
#include <memory>
#include <vector>

#include "core/camera.hpp"
#include "core/legend.hpp"
#include "render/screen_shapes.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

enum class LegendCorner { BottomLeft, BottomRight, TopLeft, TopRight };

struct LegendStyle {
  LegendCorner corner = LegendCorner::BottomLeft;
  double margin_px = 16;       // logical px from the viewport edges
  double padding_px = 12;
  double text_width_px = 300;  // wrap width of notes and titles
  double title_size_px = 15;
  double text_size_px = 13;
  double note_size_px = 11;
  double swatch_w_px = 26;
  double swatch_h_px = 15;
  double row_gap_px = 5;
  bool show_notes = true;      // coverage, consistency, classification notes, warnings
  Rgba8 panel{255, 255, 255, 238};
  Rgba8 panel_border{170, 170, 165, 255};
  Rgba8 text{25, 25, 25, 255};
  Rgba8 note{85, 85, 85, 255};
  Rgba8 warning{165, 40, 20, 255};
  Rgba8 swatch_border{110, 110, 110, 255};
};

// Where everything goes, in framebuffer pixels.
struct LegendLayout {
  Bounds panel_px;
  std::vector<Bounds> entry_swatches_px;  // one per Legend::entries
  std::vector<Vec2> symbol_centres_px;    // one per Legend::symbols
  std::vector<ScreenShape> shapes;        // panel, swatches, symbols, in drawing order
  std::vector<TextItem> texts;
};

// Lays the legend out for `camera` (its size places the panel, its pixel_ratio scales it).
LegendLayout layout_legend(const Legend& legend, const Camera& camera, const TextRenderer& text,
                           const LegendStyle& style = {});

// Splits `utf8` into lines no wider than max_px (at spaces, else between characters).
std::vector<std::string> wrap_text(const std::string& utf8, double size_px, FontWeight weight,
                                   double max_px, const TextRenderer& text);

class LegendRenderer {
public:
  LegendRenderer(); // finds fonts (throws steppe::Error naming fonts-noto-cjk when missing)
  ~LegendRenderer(); // destroy with the GL context current
  LegendRenderer(const LegendRenderer&) = delete;
  LegendRenderer& operator=(const LegendRenderer&) = delete;

  // Lays out and draws; returns the layout drawn.
  LegendLayout draw(const Legend& legend, const Camera& camera, const LegendStyle& style = {},
                    const HatchStyle& hatch = {});
  const TextRenderer& text() const { return text_; }

private:
  ScreenShapeRenderer shapes_;
  TextRenderer text_;
};

} // namespace steppe
