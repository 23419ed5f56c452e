#pragma once
// What the comparison window shows, decided without ImGui so it is unit-tested:
// which regions are ranked (the selection when two or more regions are
// selected, else every region at the indicator's level inside the drill-down's
// focus, or the whole level at the top), the cached Ranking,
// the hover both the map and the bar chart show, and the sibling indicator a
// period slider step switches to.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/indicator.hpp"
#include "core/indicator_series.hpp"
#include "core/ranking.hpp"

namespace steppe::ui {

// A comparison needs at least this many selected regions; with fewer the
// whole level is ranked (a one-row table compares nothing).
inline constexpr std::size_t kMinCompared = 2;

// The regions to rank: `selected` (Atlas::regions indices, duplicates once, in
// selection order) when it holds kMinCompared or more, else empty (= the level).
std::vector<std::size_t> compared_regions(std::span<const std::size_t> selected);

// The hover the map outlines and the chart lights: the chart's row under the
// pointer wins (the pointer is there), else the map's hovered region.
std::optional<std::size_t> linked_hover(std::optional<std::size_t> map_hovered,
                                        std::optional<std::size_t> chart_hovered);

class ComparisonController {
public:
  // Keeps a reference: `atlas` must outlive the controller.
  explicit ComparisonController(const Atlas& atlas) : atlas_(atlas) {}

  // The ranking for `indicator` (nullptr: none shown). Recomputed only when
  // `revision` (ThematicState::revision), the selection or the order changed.
  // A point indicator has nothing to rank: nullptr, problem() says why.
  // `drill_focus` (DrillState::focus): without a comparison selection, only the
  // level's regions inside it are ranked (drilled into 通辽市: its banners).
  const Ranking* update(const Indicator* indicator, std::uint64_t revision,
                        std::span<const std::size_t> selected, RankOrder order,
                        std::optional<std::size_t> drill_focus = std::nullopt);

  // True when the last ranking covers the selection, false for the whole level.
  bool ranks_selection() const { return ranks_selection_; }
  const std::string& problem() const { return problem_; }

private:
  const Atlas& atlas_;
  std::optional<Ranking> ranking_;
  std::string problem_;
  bool ranks_selection_ = false;
  bool have_key_ = false;
  const Indicator* key_indicator_ = nullptr;
  std::uint64_t key_revision_ = 0;
  std::vector<std::size_t> key_selected_;
  RankOrder key_order_ = RankOrder::Descending;
  std::optional<std::size_t> key_focus_;
};

// The series of the shown indicator for the period slider, and the position
// of the indicator in it; nullopt when there is no indicator or it has fewer
// than two periods.
struct PeriodChoice {
  IndicatorSeries series;
  std::size_t current = 0;
};
std::optional<PeriodChoice> period_choice(std::span<const Indicator> all, const Indicator* shown);

// The index into `all` of step `step` of `series` (what ThematicState::select takes);
// nullopt for a step out of range or an indicator not in `all`.
std::optional<std::size_t> indicator_index_of_step(std::span<const Indicator> all, const IndicatorSeries& series,
                                                   std::size_t step);

} // namespace steppe::ui
