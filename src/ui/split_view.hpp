#pragma once
// The window's comparison maps: one map, a split view (two maps side by side)
// or small multiples of every period of the shown indicator's series (up to
// 9, a grid) — all panes with one camera (pan or zoom in any pane moves them
// all). In the split view the left pane is the thematic panel's indicator and
// the right one is chosen here (by default another period of the same
// series, so comparing two years is one click). One shared legend when unit
// and breaks agree, else one per pane; panes of different periods say so
// (render/multi_view's plan). The panes are drawn by render_multi_view — the
// composition `steppe render --split/--multiples` writes — into an image laid
// over the map area, and the PNG export calls the same function with the same
// camera: the screen is the export.
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

enum class PaneMode { One, Split, Periods };

inline constexpr std::size_t kMaxPeriodPanes = 9;

class SplitView {
public:
  // Keeps a reference to `atlas`, which must outlive the view.
  SplitView(const Atlas& atlas, ThematicState::Projector project_lonlat);

  PaneMode mode() const { return mode_; }
  // Brings the panes in line with the main map (the periods of its series)
  // and says whether they can be shown: a mode other than One, the main map a
  // choropleth and every pane a choropleth. Call once per frame before drawing.
  bool sync(const ThematicState& main);
  bool active() const { return active_; }
  // The mode switch and the right pane's picker, in the current ImGui window;
  // true when the map changed.
  bool draw_controls(const ThematicState& main);
  // Testing and briefing hooks: the split view with `id` on the right; the periods.
  bool enable_split(const ThematicState& main, const std::string& id);
  bool enable_periods(const ThematicState& main);

  // Panes shown (after sync); pane k's state; whether pane k is the main map
  // itself (drawn with its drill-down colours and legend).
  std::size_t pane_count() const;
  const ThematicState& pane(const ThematicState& main, std::size_t k) const;
  // With one scale for panes of the same quantity (core/pane_scale), the left
  // pane is a copy of the main map classified with the others, not the main map.
  bool pane_is_main(std::size_t k) const { return mode_ == PaneMode::Split && k == 0 && !main_copy_; }
  // Changes whenever a pane's map changes (for caches).
  std::uint64_t revision() const { return revision_; }
  std::string glyph_text() const;

  // `tables[k]`: pane k's colours and patterns with hover/selection highlights;
  // `main_legend`: the main map's (drill-down aware).
  MultiViewPlan plan(const ThematicState& main, const Legend& main_legend, std::vector<RegionTables> tables) const;
  // The panes' layout in a map area of width x height framebuffer pixels.
  static PaneGrid grid(const MultiViewPlan& plan, int width, int height, double pixel_ratio);

  // The bottom-right box (width, height; framebuffer pixels) that the panes'
  // own legends cover in each pane ({0, 0} with a shared legend): the camera
  // fits the map beside or above it. Recomputed only when `key` (the caller's
  // revision of the legends) or the pane size changes. Needs the window's GL
  // context current.
  Vec2 legend_box(const MultiViewPlan& plan, const PaneGrid& grid, double pixel_ratio, std::uint64_t key);

  // Renders the panes (all with `camera`, pane 0's) into the map-area image,
  // then draws it into framebuffer 0 at the GL viewport (x, y_from_bottom).
  // Leaves framebuffer 0 bound; the renderer's region tables are the last pane's.
  void draw(MapRenderer& map, LabelLayer& labels, const LabelOptions& label_options, const MultiViewPlan& plan,
            const PaneGrid& grid, const Camera& camera, int x, int y_from_bottom, int width, int height);

  // The panes as one PNG at the options' size and DPI, framing what the
  // screen pane `screen_camera` shows (at the screen's size: the screen's pixels).
  // Labels as `label_options` (the window's), in the options' language.
  // SVG/PDF hold one map: throws steppe::Error naming the file.
  ExportResult export_png(const ExportOptions& options, MapRenderer& map, LabelLayer& labels,
                          LabelOptions label_options, const MultiViewPlan& plan, const Camera& screen_camera);

private:
  bool set_right(const ThematicState& main, std::size_t index);
  std::optional<std::size_t> default_right(const ThematicState& main) const;
  bool rebuild_periods(const ThematicState& main);
  std::unique_ptr<ThematicState> pane_for(const Indicator& indicator) const;
  // Classifies panes of one quantity together (equal values, equal colours).
  bool share_scale(const ThematicState& main);

  const Atlas& atlas_;
  ThematicState::Projector project_;
  PaneMode mode_ = PaneMode::One;
  bool active_ = false;
  std::optional<std::size_t> right_index_;             // split: the right pane's indicator (main list index)
  std::vector<std::unique_ptr<ThematicState>> panes_; // split: the right pane; periods: every pane
  std::vector<std::string> pane_ids_;                 // the indicators panes_ show
  std::unique_ptr<ThematicState> main_copy_;          // split, one scale: the left pane
  std::pair<std::uint64_t, std::uint64_t> scaled_{~0ull, ~0ull}; // (main, split) revisions share_scale saw
  std::uint64_t revision_ = 0;
  OverlayImage image_;
  MultiViewTools& tools(); // built on first use (needs the GL context)
  std::unique_ptr<MultiViewTools> tools_;   // fonts and programs kept between frames
  struct BoxKey {
    std::uint64_t key = 0;
    int pane_w = 0, pane_h = 0;
    double pixel_ratio = 0;
    bool operator==(const BoxKey&) const = default;
  };
  std::optional<BoxKey> box_key_;
  Vec2 box_{};
};

} // namespace steppe::ui
