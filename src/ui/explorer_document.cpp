#include "ui/explorer_document.hpp"

#include <utility>

#include "geo/region_picker.hpp"

namespace steppe::ui {

ExplorerDocument::ExplorerDocument(const RegionDirectory& directory, const MapGeometry& geometry,
                                   const Projection& projection, std::vector<Indicator> indicators)
    : thematic(directory.atlas(), std::move(indicators), [&projection](Vec2 p) { return projection.forward(p); }),
      drill(directory.atlas()), panes(directory.atlas(), [&projection](Vec2 p) { return projection.forward(p); }),
      view(geometry.bounds,
           [this](Vec2 world) {
             const auto index = pick_region(geometry_, world, options.pick_level);
             return index ? directory_.region(*index).code : std::string();
           },
           [this](std::string_view code) {
             const auto index = directory_.index_of(code);
             return index ? geometry_.shape_bounds.at(*index) : Bounds{};
           }),
      directory_(directory), geometry_(geometry), seen_(watched()) {}

ExplorerDocument::Watched ExplorerDocument::watched() const {
  return Watched{thematic.revision(),     drill.revision(),
                 panes.revision(),        options.labels.language,
                 options.pick_level,      options.labels.show_banners,
                 options.labels.seat_markers, view.selection().selected_codes(), annotations};
}

std::uint64_t ExplorerDocument::revision() const {
  Watched now = watched();
  if (!(now == seen_)) {
    seen_ = std::move(now);
    ++revision_;
  }
  return revision_;
}

std::optional<std::size_t> ExplorerDocument::selected_index() const {
  return directory_.index_of(view.selection().selected());
}

std::vector<std::size_t> ExplorerDocument::selected_indices() const {
  std::vector<std::size_t> out;
  for (const std::string& code : view.selection().selected_codes())
    if (const auto i = directory_.index_of(code)) out.push_back(*i);
  return out;
}

std::vector<std::string> ExplorerDocument::apply(const ExplorerStartup& startup) {
  std::vector<std::string> warnings;
  if (!startup.indicator.empty()) {
    const auto index = thematic.find(startup.indicator);
    if (!index || !thematic.select(*index)) warnings.push_back("cannot show indicator '" + startup.indicator + "'");
  }
  for (const std::string& code : startup.select)
    if (!directory_.index_of(code) || !view.toggle_region(code))
      warnings.push_back("cannot select region '" + code + "'");
  if (!startup.split.empty() && !panes.enable_split(thematic, startup.split))
    warnings.push_back("cannot split with indicator '" + startup.split + "'");
  if (startup.periods && !panes.enable_periods(thematic))
    warnings.push_back("the indicator has no periods to compare");
  return warnings;
}

} // namespace steppe::ui
