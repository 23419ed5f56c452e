#pragma once
// The window's map decorations — legend, scale bar, north arrow, title block
// and footer — drawn by the export's own layout and Cairo code
// (export/decoration_overlay) for the window's camera and size, uploaded once
// as a texture and laid over the map each frame (render/overlay_image). The
// image is re-rendered only when the view, the size, the legend or the
// decoration options change, never while the window is idle. So the window
// and an export of the same view show the same composition.
// Needs the window's GL context current from the first draw to destruction.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/camera.hpp"
#include "export/export_map.hpp"
#include "render/label_layer.hpp"
#include "render/overlay_image.hpp"
#include "render/text_renderer.hpp"

namespace steppe::ui {

// The window camera's part right of a left side panel `left_inset_px` wide:
// what the user sees of the map, as its own camera.
Camera visible_camera(const Camera& camera, double left_inset_px);

class MapDecorationsOverlay {
public:
  // Brings the decorations and the label placement up to date for `camera`
  // (the visible map, drawn with the viewport at x_offset_px): `options`
  // gives the title, subtitle, credits, toggles and label language; size, dpi
  // and view come from `camera`. `scene_revision` changes whenever the
  // scene's legend does. Nothing is recomputed when nothing changed. A failure
  // is kept in error() (nothing is drawn then).
  void update(const Camera& camera, int x_offset_px, const ExportOptions& options, const ExportScene& scene,
              std::uint64_t scene_revision, const LabelLayer& labels);
  // The map labels as the export places them (none under the legend or the
  // scale bar); draw before the points, as the export does.
  void draw_labels();
  // The decorations image; draw last.
  void draw_decorations();

  // The legend panel in the camera's pixels (invalid: none), for fitting the
  // map beside it.
  const Bounds& legend_px() const { return legend_px_; }
  int renders() const { return renders_; } // Cairo renders so far (tests, diagnostics)
  const std::string& error() const { return error_; }

private:
  struct Key {
    Camera camera;
    int x_offset = 0;
    std::uint64_t revision = 0;
    std::string title, subtitle, credits, source;
    bool legend = true, scale_bar = true, north_arrow = true, locator = false;
    LabelLanguage language = LabelLanguage::Zh;
    bool show_banners = true;
    bool operator==(const Key& other) const;
  };
  void with_viewport(const std::function<void()>& draw) const;

  OverlayImage image_;
  std::unique_ptr<TextRenderer> text_;
  std::vector<TextItem> labels_;
  std::optional<Key> shown_;
  Bounds legend_px_;
  int renders_ = 0;
  std::string error_;
};

} // namespace steppe::ui
