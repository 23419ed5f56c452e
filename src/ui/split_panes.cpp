#include "ui/split_panes.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/indicator_series.hpp"
#include "core/indicator_summary.hpp"
#include "core/pane_scale.hpp"

namespace steppe::ui {

SplitPanes::SplitPanes(const Atlas& atlas, ThematicState::Projector project_lonlat)
    : atlas_(atlas), project_(std::move(project_lonlat)) {}

std::unique_ptr<ThematicState> SplitPanes::pane_for(const Indicator& indicator) const {
  auto state = std::make_unique<ThematicState>(atlas_, std::vector<Indicator>{indicator}, project_);
  state->select(0);
  return state;
}

std::size_t SplitPanes::pane_count() const {
  switch (mode_) {
  case PaneMode::One: return 1;
  case PaneMode::Split: return 2;
  case PaneMode::Periods: return panes_.size();
  }
  return 1;
}

const ThematicState& SplitPanes::pane(const ThematicState& main, std::size_t k) const {
  if (mode_ == PaneMode::Split) return k == 0 ? (main_copy_ ? *main_copy_ : main) : *panes_.at(0);
  if (mode_ == PaneMode::Periods) return *panes_.at(k);
  return main;
}

std::string SplitPanes::glyph_text() const {
  std::string text;
  for (const auto& p : panes_) text += p->glyph_text();
  return text;
}

bool SplitPanes::sync(const ThematicState& main) {
  const bool changed = mode_ == PaneMode::Periods && rebuild_periods(main);
  const bool panes_ready = !panes_.empty() && std::all_of(panes_.begin(), panes_.end(), [](const auto& p) {
    return p->choropleth() != nullptr;
  });
  active_ = mode_ != PaneMode::One && main.choropleth() != nullptr && panes_ready &&
            (mode_ != PaneMode::Periods || panes_.size() >= 2);
  if (!active_) {
    main_copy_.reset();
    return changed;
  }
  return share_scale(main) || changed;
}

bool SplitPanes::share_scale(const ThematicState& main) {
  const std::pair<std::uint64_t, std::uint64_t> now{main.revision(), revision_};
  if (now == scaled_) return false;
  std::vector<const Indicator*> indicators;
  if (mode_ == PaneMode::Split) indicators.push_back(main.current());
  for (const auto& p : panes_) indicators.push_back(p->current());
  std::vector<ChoroplethSpec> specs;
  try {
    specs = shared_scale_specs(atlas_, indicators, main.spec());
  } catch (const Error&) {
    specs.assign(indicators.size(), ChoroplethSpec{}); // each pane its own classes
  }
  const std::size_t first_pane = mode_ == PaneMode::Split ? 1 : 0;
  main_copy_.reset();
  if (mode_ == PaneMode::Split && !specs[0].pooled_values.empty()) {
    main_copy_ = pane_for(*main.current());
    main_copy_->set_spec(specs[0]);
  }
  for (std::size_t k = 0; k < panes_.size(); ++k)
    if (!specs[k + first_pane].pooled_values.empty()) panes_[k]->set_spec(specs[k + first_pane]);
  ++revision_;
  scaled_ = {main.revision(), revision_};
  return true;
}

bool SplitPanes::rebuild_periods(const ThematicState& main) {
  std::vector<std::string> ids;
  if (const Indicator* shown = main.current(); shown != nullptr && main.choropleth() != nullptr) {
    const IndicatorSeries series = series_of(main.indicators(), *shown);
    for (const Indicator* step : series.steps) ids.push_back(step->meta.id);
    if (ids.size() > kMaxPeriodPanes) ids.erase(ids.begin(), ids.end() - static_cast<std::ptrdiff_t>(kMaxPeriodPanes));
  }
  if (ids == pane_ids_) return false;
  panes_.clear();
  for (const std::string& id : ids)
    if (const auto index = main.find(id)) panes_.push_back(pane_for(main.indicators()[*index]));
  pane_ids_ = std::move(ids);
  ++revision_;
  return true;
}

bool SplitPanes::set_right(const ThematicState& main, std::size_t index) {
  if (index >= main.indicators().size()) return false;
  panes_.clear();
  panes_.push_back(pane_for(main.indicators()[index]));
  pane_ids_ = {main.indicators()[index].meta.id};
  right_index_ = index;
  ++revision_;
  return panes_.front()->choropleth() != nullptr;
}

std::optional<std::size_t> SplitPanes::default_right(const ThematicState& main) const {
  const Indicator* shown = main.current();
  if (shown == nullptr || main.choropleth() == nullptr) return std::nullopt;
  const std::vector<Indicator>& all = main.indicators();
  // Another period of the same series first: the earlier one, else the later.
  const IndicatorSeries series = series_of(all, *shown);
  const std::size_t at = series.position_of(shown->meta.id);
  if (series.size() > 1 && at < series.size()) {
    const Indicator* other = series.steps[at > 0 ? at - 1 : at + 1];
    if (const auto index = main.find(other->meta.id)) return index;
  }
  // Else the next indicator of the same level, then any other region indicator.
  for (const bool same_level : {true, false}) {
    for (std::size_t i = 0; i < all.size(); ++i) {
      const IndicatorMeta& m = all[i].meta;
      if (m.id == shown->meta.id || m.level == IndicatorLevel::Point) continue;
      if (!same_level || m.level == shown->meta.level) return i;
    }
  }
  return std::nullopt;
}

bool SplitPanes::enable_split(const ThematicState& main, const std::string& id) {
  mode_ = PaneMode::Split;
  const auto index = main.find(id);
  const bool ok = index && set_right(main, *index);
  sync(main);
  return ok;
}

bool SplitPanes::enable_periods(const ThematicState& main) {
  mode_ = PaneMode::Periods;
  sync(main);
  return panes_.size() >= 2;
}

std::unique_ptr<SplitPage> SplitPanes::page(const ThematicState& main, const Legend& main_legend,
                                           std::vector<ExportScene> scenes, const ExportOptions& options) const {
  const std::size_t n = pane_count();
  if (scenes.size() != n) {
    throw Error("SplitPanes::page: " + std::to_string(scenes.size()) + " scenes for " + std::to_string(n) + " panes");
  }
  auto page = std::make_unique<SplitPage>();
  std::vector<const Legend*> legends;
  std::vector<const Indicator*> indicators;
  std::vector<std::string> titles;
  for (std::size_t k = 0; k < n; ++k) {
    const ThematicState& t = pane(main, k);
    PagePane p;
    p.title = pane_title(t.current()->meta);
    p.indicator = t.current()->meta.id;
    p.scene = std::move(scenes[k]);
    legends.push_back(pane_is_main(k) ? &main_legend : t.legend());
    indicators.push_back(t.current());
    titles.push_back(p.title);
    page->spec.panes.push_back(std::move(p));
  }
  page->legends = pane_legends(legends, indicators, titles);
  if (page->legends.shared) page->spec.shared_legend = &*page->legends.shared;
  for (std::size_t k = 0; k < page->legends.own.size(); ++k) page->spec.panes[k].scene.legend = &page->legends.own[k];
  page->spec.options = options;
  return page;
}

bool SplitPanes::set_mode(const ThematicState& main, PaneMode mode) {
  if (mode == mode_) return false;
  mode_ = mode;
  panes_.clear();
  pane_ids_.clear();
  ++revision_;
  if (mode_ == PaneMode::Split) {
    const auto index = right_index_ ? right_index_ : default_right(main);
    if (index) set_right(main, *index);
  }
  return true;
}

const ThematicState* SplitPanes::right() const {
  return mode_ == PaneMode::Split && !panes_.empty() ? panes_.front().get() : nullptr;
}

} // namespace steppe::ui
