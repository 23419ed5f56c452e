#pragma once
// The window's split view: two maps side by side in the map area with one
// camera (pan or zoom in either pane moves both), the left pane showing the
// thematic panel's indicator, the right pane one chosen here — by default
// another period of the same series, so comparing two years is one click.
// One shared legend when unit and breaks agree, else one per pane; panes of
// different periods say so (render/multi_view's plan). The panes are drawn by
// render_multi_view — the composition `steppe render --split` writes — into
// an image laid over the map area, and the PNG export calls the same function
// with the same camera: the screen is the export.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/view_sync.hpp"
#include "export/export_map.hpp"
#include "render/label_layer.hpp"
#include "render/legend_renderer.hpp"
#include "render/map_renderer.hpp"
#include "render/multi_view.hpp"
#include "render/overlay_image.hpp"
#include "ui/region_highlight.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

class SplitView {
public:
  // Keeps a reference to `atlas`; the right pane's indicators are a copy of `indicators`.
  SplitView(const Atlas& atlas, std::vector<Indicator> indicators, ThematicState::Projector project_lonlat);

  bool enabled() const { return enabled_; }
  // Split on, and both the main indicator and the right pane's are choropleths.
  bool active(const ThematicState& main) const;
  // The checkbox and the right pane's indicator picker, in the current ImGui
  // window; true when the map changed. Turning it on picks a sensible right pane.
  bool draw_controls(const ThematicState& main);
  // Testing and briefing hook: switch on with the right pane showing `id`.
  bool enable_with(const ThematicState& main, const std::string& id);
  const ThematicState& right() const { return right_; }
  // Text the right pane may show (for the UI font).
  std::string glyph_text() const { return right_.glyph_text(); }

  // Left pane: the main map's colours (with drill-down dimming) and legend; each
  // pane's tables already carry hover/selection highlights.
  MultiViewPlan plan(const ThematicState& main, const Legend& main_legend, RegionTables left, RegionTables right) const;
  // The panes' layout in a map area of width x height framebuffer pixels.
  static PaneGrid grid(const MultiViewPlan& plan, int width, int height, double pixel_ratio);

  // The bottom-right box (width, height; framebuffer pixels) that the panes'
  // own legends cover in each pane ({0, 0} with a shared legend): the camera
  // fits the map beside or above it. Recomputed only when `key` (the caller's
  // revision of both legends) or the pane size changes. Needs the window's GL
  // context current.
  Vec2 legend_box(const MultiViewPlan& plan, const PaneGrid& grid, double pixel_ratio, std::uint64_t key);

  // Renders the panes (all with `camera`, pane 0's) into the map-area image,
  // then draws it into framebuffer 0 at the GL viewport (x, y_from_bottom).
  // Leaves framebuffer 0 bound; the renderer's region tables are the right pane's.
  void draw(MapRenderer& map, LabelLayer& labels, const LabelOptions& label_options, const MultiViewPlan& plan,
            const PaneGrid& grid, const Camera& camera, int x, int y_from_bottom, int width, int height);

  // The split view as one PNG at the options' size and DPI, framing what the
  // screen pane `screen_camera` shows (at the screen's size: the screen's pixels).
  // SVG/PDF hold one map: throws steppe::Error naming the file.
  // Labels as `label_options` (the window's), in the options' language.
  ExportResult export_png(const ExportOptions& options, MapRenderer& map, LabelLayer& labels,
                          LabelOptions label_options, const MultiViewPlan& plan, const Camera& screen_camera) const;

private:
  bool pick(std::size_t index);
  std::optional<std::size_t> default_right(const ThematicState& main) const;

  ThematicState right_;
  bool enabled_ = false;
  OverlayImage image_;
  std::unique_ptr<LegendRenderer> measure_; // shapes legend text for legend_reserve
  struct ReserveKey {
    std::uint64_t key = 0;
    int pane_w = 0, pane_h = 0;
    double pixel_ratio = 0;
    bool operator==(const ReserveKey&) const = default;
  };
  std::optional<ReserveKey> reserve_key_;
  Vec2 reserve_{};
};

} // namespace steppe::ui
