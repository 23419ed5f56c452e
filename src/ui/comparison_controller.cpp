#include "ui/comparison_controller.hpp"

#include <algorithm>

#include "core/error.hpp"

namespace steppe::ui {

std::vector<std::size_t> compared_regions(std::span<const std::size_t> selected) {
  std::vector<std::size_t> out;
  for (std::size_t s : selected)
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  if (out.size() < kMinCompared) out.clear();
  return out;
}

std::optional<std::size_t> linked_hover(std::optional<std::size_t> map_hovered,
                                        std::optional<std::size_t> chart_hovered) {
  return chart_hovered ? chart_hovered : map_hovered;
}

const Ranking* ComparisonController::update(const Indicator* indicator, std::uint64_t revision,
                                            std::span<const std::size_t> selected, RankOrder order,
                                            std::optional<std::size_t> drill_focus) {
  const bool same = have_key_ && key_indicator_ == indicator && key_revision_ == revision &&
                    key_order_ == order && key_focus_ == drill_focus && std::equal(selected.begin(), selected.end(), key_selected_.begin(),
                                                      key_selected_.end());
  if (!same) {
    have_key_ = true;
    key_indicator_ = indicator;
    key_revision_ = revision;
    key_order_ = order;
    key_focus_ = drill_focus;
    key_selected_.assign(selected.begin(), selected.end());
    ranking_.reset();
    problem_.clear();
    const std::vector<std::size_t> regions = compared_regions(selected);
    ranks_selection_ = !regions.empty();
    if (indicator != nullptr && indicator->meta.level == IndicatorLevel::Point) {
      // Point symbols belong to no region: ranking them per region would show invented no-data rows.
      problem_ = "indicator " + indicator->meta.id + " is a point layer: nothing to rank by region";
    } else if (indicator != nullptr) {
      try {
        ranking_ = ranks_selection_ ? rank_regions(atlas_, *indicator, regions, order)
                   : drill_focus    ? rank_indicator_within(atlas_, *indicator, *drill_focus, order)
                                    : rank_indicator_level(atlas_, *indicator, order);
      } catch (const Error& e) {
        problem_ = e.what();
      }
    }
  }
  return ranking_ ? &*ranking_ : nullptr;
}

std::optional<PeriodChoice> period_choice(std::span<const Indicator> all, const Indicator* shown) {
  if (shown == nullptr) return std::nullopt;
  PeriodChoice choice{series_of(all, *shown), 0};
  if (choice.series.size() < 2) return std::nullopt;
  choice.current = choice.series.position_of(shown->meta.id);
  if (choice.current >= choice.series.size()) return std::nullopt;
  return choice;
}

std::optional<std::size_t> indicator_index_of_step(std::span<const Indicator> all, const IndicatorSeries& series,
                                                   std::size_t step) {
  if (step >= series.size()) return std::nullopt;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].meta.id == series.steps[step]->meta.id) return i;
  return std::nullopt;
}

} // namespace steppe::ui
