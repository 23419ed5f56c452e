#include "ui/document_paint.hpp"

#include "core/map_visual.hpp"
#include "core/region_paint.hpp"
#include "export/page_frame.hpp"
#include "ui/export_panel.hpp"
#include "ui/region_highlight.hpp"

namespace steppe::ui {

DocumentPaint::DocumentPaint(const RegionDirectory& directory, const MapGeometry& geometry,
                             const Projection& projection, const MapStyle& style)
    : directory_(directory), geometry_(geometry), projection_(projection), style_(style),
      base_colors_(directory.atlas().regions.size(), style.region_fill), highlighted_{style, {}} {}

bool DocumentPaint::update(ExplorerDocument& doc) {
  const std::uint64_t now = doc.revision();
  if (now == revision_) return false;
  const ThematicState& thematic = doc.thematic;
  base_colors_ = thematic.region_colors(style_.region_fill);
  base_patterns_.clear();
  if (thematic.choropleth() != nullptr) base_patterns_ = thematic.region_patterns();
  // Drilled down: the focus at full colour, the rest dimmed (ui/drill_state).
  drill_legend_.reset();
  const Indicator* shown = thematic.choropleth() != nullptr ? thematic.current() : nullptr;
  if (auto paint = doc.drill.paint(shown, thematic.spec(), style_.region_fill)) {
    base_colors_ = std::move(paint->colors);
    base_patterns_ = std::move(paint->patterns);
    drill_legend_ = std::move(paint->legend);
  }
  // The scene exports and decorations draw: the colours as shown; a one- or
  // two-place indicator's places (core/map_visual) keep the outline
  // window_export_scene gives them, as `steppe render` draws them.
  scene_ = window_export_scene(directory_.atlas(), projection_, geometry_, style_, thematic, doc.options.labels);
  const std::vector<std::uint8_t> callout_patterns = std::move(scene_.region_patterns);
  const bool callouts = !scene_.callouts.empty();
  if (callouts && base_patterns_.empty()) base_patterns_ = callout_patterns; // a topic: its places outlined
  else if (callouts)
    for (std::size_t i = 0; i < callout_patterns.size() && i < base_patterns_.size(); ++i)
      if (callout_patterns[i] == kPatternSelected) base_patterns_[i] = kPatternSelected;
  scene_.region_colours = base_colors_;
  scene_.region_patterns = base_patterns_;
  scene_.legend = drill_legend_ ? &*drill_legend_ : thematic.legend();
  scene_.annotations = doc.annotations; // the presenter's marks, placed by the page composition
  // The home view frames the shown data among its neighbours (the callouts'
  // places; the whole region for a plain map), unless the user has moved the map.
  const Choropleth* c = thematic.choropleth();
  const Bounds home = callouts ? callout_frame(places_bounds(directory_.atlas(), geometry_, scene_.callouts),
                                               geometry_.bounds)
                      : c != nullptr ? frame_for_data(directory_.atlas(), geometry_,
                                                      choropleth_data_regions(directory_.atlas(), *c))
                                     : geometry_.bounds;
  if (!home_ || !(home_->min_x == home.min_x && home_->min_y == home.min_y && home_->max_x == home.max_x &&
                  home_->max_y == home.max_y)) {
    doc.view.set_home(home);
    home_ = home;
  }
  revision_ = now;
  return true;
}

bool DocumentPaint::highlight(const ExplorerDocument& doc, std::optional<std::size_t> hovered) {
  const std::pair<std::uint64_t, std::optional<std::size_t>> key{revision_, hovered};
  if (highlighted_for_ == key) return false;
  const RegionTables t = highlight_regions(directory_, base_colors_, hovered, doc.selected_indices(), base_patterns_);
  highlighted_ = {style_, {t.colors, t.patterns}};
  highlighted_for_ = key;
  return true;
}

const Legend& DocumentPaint::legend(const ExplorerDocument& doc) const {
  return drill_legend_ ? *drill_legend_ : *doc.thematic.legend();
}

std::vector<ExportScene> DocumentPaint::pane_scenes(const ExplorerDocument& doc,
                                                    std::optional<std::size_t> hovered) const {
  const std::vector<std::size_t> selected = doc.selected_indices();
  std::vector<ExportScene> scenes;
  for (std::size_t k = 0; k < doc.panes.pane_count(); ++k) {
    const ThematicState& t = doc.panes.pane(doc.thematic, k);
    ExportScene scene = window_export_scene(directory_.atlas(), projection_, geometry_, style_, t, doc.options.labels);
    const RegionTables tables = doc.panes.pane_is_main(k)
                                    ? highlight_regions(directory_, base_colors_, hovered, selected, base_patterns_)
                                    : highlight_regions(directory_, t.region_colors(style_.region_fill), hovered,
                                                        selected, t.region_patterns());
    scene.region_colours = tables.colors;
    scene.region_patterns = tables.patterns;
    scene.annotations = doc.annotations; // the presenter's marks in every pane (all frame the same places)
    scenes.push_back(std::move(scene));
  }
  return scenes;
}

} // namespace steppe::ui
