#pragma once
// The window's comparison maps: one map, a split view (two maps side by side)
// or small multiples of every period of the shown indicator's series (up to
// 9, a grid) — all panes with one camera (pan or zoom in any pane moves them
// all). In the split view the left pane is the thematic panel's indicator and
// the right one is chosen here (by default another period of the same
// series, so comparing two years is one click). One shared legend when unit
// and breaks agree, else one per pane; panes of different periods say so
// (core/pane_scale). The panes are a page (export/page_composition) — the
// composition `steppe render --split/--multiples` writes — drawn straight into
// the window's framebuffer pane by pane, and the export writes the same page
// with the same camera: the screen is the export.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/view_sync.hpp"
#include "export/export_map.hpp"
#include "render/label_layer.hpp"
#include "core/pane_scale.hpp"
#include "export/page_composition.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"
#include "render/overlay_image.hpp"
#include "render/text_renderer.hpp"
#include "ui/region_highlight.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

enum class PaneMode { One, Split, Periods };

// The page of panes and the legends its scenes point to.
struct SplitPage {
  PaneLegends legends;
  PageSpec spec;
};

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

  // The panes as a page (export/page_composition): `scenes[k]` is pane k's
  // scene (its colours and patterns with hover/selection highlights);
  // `main_legend` the main map's (drill-down aware); `options` the page's size
  // (the map area), DPI, language and decorations. One shared legend when the
  // panes' legends agree, else one per pane.
  std::unique_ptr<SplitPage> page(const ThematicState& main, const Legend& main_legend,
                                  std::vector<ExportScene> scenes, const ExportOptions& options) const;
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
