#pragma once
// The window's comparison maps on screen: the page of panes a SplitPanes
// describes (export/page_composition — the composition `steppe render
// --split/--multiples` writes), drawn straight into the window's framebuffer
// pane by pane with one camera (pan or zoom in any pane moves them all), and
// exported as the same page with the same camera: the screen is the export.
// Holds GL objects (pane targets, the decorations texture) and layout caches,
// no document state.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "export/export_map.hpp"
#include "export/page_composition.hpp"
#include "render/label_layer.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"
#include "render/overlay_image.hpp"
#include "render/text_renderer.hpp"

namespace steppe::ui {

class SplitPageView {
public:
  // The page's boxes, recomputed only when `key` (the caller's revision of
  // titles and legends), the size or the DPI change.
  const PageComposition& layout(const PageSpec& spec, std::uint64_t key);
  // After layout(): the pane whose map box holds a map-area point, and the
  // point in that map box; pane k's map box origin; the map boxes' size (all equal).
  std::optional<PanePoint> pane_at(Vec2 map_area_px) const;
  Vec2 pane_origin(std::size_t k) const;
  Vec2 pane_map_size() const;

  // Draws the page into framebuffer 0 at (x, y_from_bottom): every pane's map
  // and labels straight through its own viewport with `camera` (a pane map
  // box's camera, shared by all panes) and the paint of spec's scenes, then the
  // decorations as one texture. Labels and decorations are recomposed only
  // when the camera or `key` changes. Leaves framebuffer 0 bound.
  void draw(MapRenderer& map, const LabelLayer& labels, const PageSpec& spec, const Camera& camera, int x,
            int y_from_bottom, std::uint64_t key);

  // The page as PNG, SVG or PDF at the options' size and DPI (the decorations
  // as on screen), framing what the screen's panes show (`screen_camera`): at
  // the screen's size, the screen's pixels.
  ExportResult export_page(const ExportOptions& options, PageSpec spec, const Camera& screen_camera,
                           const ProgressCallback& progress = {});

private:
  struct LayoutKey {
    std::uint64_t key = 0;
    int width = 0, height = 0;
    double dpi = 0;
    bool operator==(const LayoutKey&) const = default;
  };
  struct ComposeKey {
    Camera camera;
    std::uint64_t key = 0;
    bool operator==(const ComposeKey& o) const {
      return key == o.key && camera.centre.x == o.camera.centre.x && camera.centre.y == o.camera.centre.y &&
             camera.units_per_px == o.camera.units_per_px && camera.width_px == o.camera.width_px &&
             camera.height_px == o.camera.height_px && camera.pixel_ratio == o.camera.pixel_ratio;
    }
  };
  std::optional<PageComposition> layout_;   // the boxes
  LayoutKey layout_key_;
  std::optional<PageComposition> composed_; // the boxes with cameras, labels and scale bar
  ComposeKey composed_key_;
  OverlayImage overlay_;                    // composed_'s decorations
  std::unique_ptr<TextRenderer> text_;
  std::vector<std::optional<OffscreenTarget>> pane_targets_; // one 4x multisampled target per pane, as the PNG tiles
};

} // namespace steppe::ui
