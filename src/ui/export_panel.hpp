#pragma once
// The window's export dialog: file name (the format follows .png/.svg/.pdf),
// size preset (the visible map's size, Full HD, 4K, a 16:9 slide, A4/A3 at
// 300 dpi — the last one picked is remembered — or custom pixels/paper + DPI), title,
// subtitle, credits, label language, legend/scale bar/north arrow toggles.
// It fills the same ExportOptions `steppe render` fills and calls export_map
// with the window's visible camera as the view (framed in the whole canvas, as
// on screen), between frames: PNGs render with the window's own GL context,
// whose framebuffer and viewport are restored afterwards. The title, subtitle,
// credits and toggles also drive the on-screen decorations
// (map_decorations_overlay), so the screen previews the export.
#include <array>
#include <functional>
#include <string>
#include <string_view>

#include <imgui.h>

#include "core/camera.hpp"
#include "export/export_map.hpp"
#include "geo/map_geometry.hpp"
#include "render/map_style.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

// What the window shows, as an export scene: the indicator's colours and
// no-data hatch (no hover/selection outlines), its legend and point layer.
// Everything referenced must outlive the scene.
ExportScene window_export_scene(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
                                const MapStyle& style, const ThematicState& thematic, const LabelOptions& labels);

class ExportPanel {
public:
  // A non-empty `title` opens the panel with that title (start-up set-up).
  // Starts at the size preset remembered from the last session.
  explicit ExportPanel(const std::string& title = {});

  // The size preset's id (export/export_presets); selecting one remembers it.
  const std::string& preset() const { return preset_; }
  void select_preset(const std::string& id);

  bool visible = false;
  // Called during a running export (no frame is drawn meanwhile): the explorer
  // shows the progress in the window's title; fraction 1 when it has finished.
  std::function<void(double fraction, std::string_view stage)> on_progress;

  // Draws the dialog over the map's bottom-right corner when visible. `view`
  // is the visible map's camera. Returns text the UI font may lack (the
  // panel's own strings the first time, a typed title), else "".
  // `bottom_right`: where the dialog's bottom-right corner goes (the map area's).
  std::string draw(const Camera& view, LabelLanguage window_language, ImFont* heading, ImVec2 bottom_right);

  // Title, subtitle, credits and the toggles, for the on-screen decorations.
  const ExportOptions& decorations() const { return decorations_; }

  // True when the user asked for an export that has not run yet.
  bool pending() const { return pending_; }
  // Runs the pending export now (between frames, the window's context
  // current); restores framebuffer 0 and the viewport to framebuffer_w × h.
  // Returns true when one ran; its outcome shows in the panel.
  bool run_pending(const ExportScene& scene, const Camera& view, int framebuffer_w, int framebuffer_h);
  // Same, with another exporter (the split view's): it gets the dialog's
  // options for `view` and a progress callback, and throws on failure.
  using Exporter = std::function<ExportResult(const ExportOptions&, const ProgressCallback&)>;
  bool run_pending_with(const Exporter& exporter, const Camera& view, int framebuffer_w, int framebuffer_h);
  // Requests an export to `path` (testing hook; the panel's settings otherwise).
  void request(const std::string& path);

  const std::string& status() const { return status_; }
  // True while the panel's window is still changing size (a status line came
  // or went): it is anchored by its bottom edge, so its fields move until the
  // size settles and the window must draw more frames.
  bool settling() const { return settling_; }
  bool failed() const { return failed_; }

  // Every non-ASCII character of the panel's fixed strings.
  static std::string glyph_text();

  // The ExportOptions the dialog's fields describe for `view` (throws steppe::Error for bad fields).
  ExportOptions options_for(const Camera& view) const;

private:
  std::array<char, 1024> path_{};
  std::array<char, 256> title_{}, subtitle_{}, credits_{};
  std::array<char, 64> physical_{};
  std::string preset_ = "window"; // export/export_presets id, remembered (ui/export_settings)
  int width_px_ = 1600, height_px_ = 1200;
  float dpi_ = 300;
  int language_ = -1; // -1: as the window's labels; else LabelLanguage
  ExportOptions decorations_;
  LabelLanguage window_language_ = LabelLanguage::Zh;
  bool pending_ = false;
  bool settling_ = false;
  ImVec2 last_size_{0, 0};
  bool glyphs_given_ = false;
  bool failed_ = false;
  double progress_ = 0;
  std::string status_;
};

} // namespace steppe::ui
