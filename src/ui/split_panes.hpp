#pragma once
// What the window's comparison maps show — a part of the explorer's document
// (ui/explorer_document): one map, a split view (two maps side by side) or
// small multiples of every period of the shown indicator's series (up to 9, a
// grid). In the split view the left pane is the thematic panel's indicator and
// the right one is chosen by the user (by default another period of the same
// series, so comparing two years is one click). Panes of one quantity are
// classified together (core/pane_scale): equal values, equal colours, one
// legend. No GL and no ImGui: ui/split_controls changes it, ui/split_page_view
// draws the page it describes.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/pane_scale.hpp"
#include "export/export_map.hpp"
#include "export/page_composition.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

enum class PaneMode { One, Split, Periods };

// The page of panes and the legends its scenes point to.
struct SplitPage {
  PaneLegends legends;
  PageSpec spec;
};

inline constexpr std::size_t kMaxPeriodPanes = 9;

class SplitPanes {
public:
  // Keeps a reference to `atlas`, which must outlive the panes.
  SplitPanes(const Atlas& atlas, ThematicState::Projector project_lonlat);

  PaneMode mode() const { return mode_; }
  // Brings the panes in line with the main map (the periods of its series)
  // and says whether they can be shown: a mode other than One, the main map a
  // choropleth and every pane a choropleth. Call once per frame before drawing.
  bool sync(const ThematicState& main);
  bool active() const { return active_; }

  // The mode (One, Split: the right pane as last chosen or a default; Periods).
  // True when it changed.
  bool set_mode(const ThematicState& main, PaneMode mode);
  // The split view's right pane: indicator `index` of the main list. True when
  // that indicator can be a pane (a choropleth).
  bool set_right(const ThematicState& main, std::size_t index);
  std::optional<std::size_t> right_index() const { return right_index_; }
  // The right pane's state (nullptr before one is chosen or outside Split).
  const ThematicState* right() const;
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
  // Changes whenever a pane's map changes.
  std::uint64_t revision() const { return revision_; }
  std::string glyph_text() const;

  // The panes as a page (export/page_composition): `scenes[k]` is pane k's
  // scene (its colours and patterns with hover/selection highlights);
  // `main_legend` the main map's (drill-down aware); `options` the page's size
  // (the map area), DPI, language and decorations. One shared legend when the
  // panes' legends agree, else one per pane.
  std::unique_ptr<SplitPage> page(const ThematicState& main, const Legend& main_legend,
                                  std::vector<ExportScene> scenes, const ExportOptions& options) const;

private:
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
};

} // namespace steppe::ui
