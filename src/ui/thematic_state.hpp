#pragma once
// What the window's map shows on top of the plain atlas: nothing, a shipped
// indicator or the user's own table, with its classification (method, classes,
// palette, reverse, manual breaks), the built Choropleth or PointLayer and its
// legend. No ImGui and no GL: panels change it, the explorer reads revision()
// and recolours the renderer's per-region table (never re-tessellates).
// Hover/selection live elsewhere (MapViewController) and survive every switch.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/choropleth.hpp"
#include "core/indicator.hpp"
#include "core/point_layer.hpp"
#include "core/topic_map.hpp"
#include "render/color.hpp"

namespace steppe::ui {

// Indicators of one level and series (series "" = standalone), in id order.
struct IndicatorGroup {
  IndicatorLevel level = IndicatorLevel::Banner;
  std::string series;
  std::vector<std::size_t> members; // indices into the indicator list
};

// Level first (region, league, banner, point), then series.
std::vector<IndicatorGroup> group_indicators(const std::vector<Indicator>& indicators);

// "旗县区 Banners" etc.
std::string level_heading(IndicatorLevel level);

// Why inner manual breaks cannot be used ("" when they can): at least one,
// at most kMaxClasses-1, finite, strictly increasing.
std::string manual_breaks_problem(std::span<const double> breaks);

// The shipped indicators (io/indicator_reader's builtin_indicator_dir); when
// they cannot be read, none, with the reason in `problem` (the atlas still opens).
std::vector<Indicator> shipped_indicators(std::string& problem);

// Every non-ASCII character of the fixed strings of the thematic panels and
// tooltips (this file's .cpp, classification_panel, table_join_panel,
// indicator_tooltip, thematic_state, split_view), for the UI font's glyph set; a test
// checks the sources against it.
std::string thematic_panel_glyphs();

class ThematicState {
public:
  using Projector = std::function<Vec2(Vec2 lonlat)>;

  // Keeps a reference: `atlas` must outlive the state.
  ThematicState(const Atlas& atlas, std::vector<Indicator> indicators, Projector project_lonlat);

  const std::vector<Indicator>& indicators() const { return indicators_; }
  const std::vector<IndicatorGroup>& groups() const { return groups_; }
  // What a shipped indicator's map will show, for the picker: its place(s) or
  // coverage ("呼和浩特市  (callout)", "2/8 banners of 通辽市"), core/map_visual.
  const std::string& coverage(std::size_t index) const;
  // The shipped indicator's index by id; nullopt if unknown.
  std::optional<std::size_t> find(std::string_view id) const;

  // Each returns true when the map changed. On failure the previous map stays
  // and error() says why (also cleared by the next success).
  bool select_none();
  bool select(std::size_t index);             // a shipped indicator
  bool show_table(Indicator table_indicator); // a user's table (see io/table_indicator)
  // Every shipped figure on a subject, one callout per place and figure
  // (core/topic_map): "算力,智算", "煤 2024". Too broad or no match: error().
  bool select_topic(std::string_view subject);
  // Reclassifies the current choropleth; ignored without one.
  bool set_spec(ChoroplethSpec spec);
  // set_spec with another method; Manual starts from the current inner breaks.
  bool set_method(ClassMethod method);

  std::optional<std::size_t> selected() const { return selected_; } // shipped indicator
  bool showing_table() const { return table_.has_value(); }
  const Indicator* current() const;              // nullptr: the plain atlas
  const Choropleth* choropleth() const { return choropleth_ ? &*choropleth_ : nullptr; }
  const PointLayer* points() const { return points_ ? &*points_ : nullptr; }
  const TopicMap* topic() const { return topic_ ? &*topic_ : nullptr; }
  const Legend* legend() const;
  // The classification in force (the indicator's own defaults resolved).
  const ChoroplethSpec& spec() const { return spec_; }
  const std::string& error() const { return error_; }
  // Increases whenever the map's colours, points or legend change.
  std::uint64_t revision() const { return revision_; }

  // Per Atlas::regions index: the class colours and no-data hatch, a topic's
  // places, or `plain` and solid for the plain atlas and point layers.
  std::vector<Rgba8> region_colors(Rgba8 plain) const;
  std::vector<std::uint8_t> region_patterns() const;

  // Every text the indicator panels, legends and tooltips may show (for the UI font's glyphs).
  std::string glyph_text() const;

private:
  bool build(const Indicator& indicator, const ChoroplethSpec& spec);
  // The map shows `topic` (nullopt: the plain atlas) and no indicator.
  void show_only(std::optional<TopicMap> topic);

  const Atlas& atlas_;
  std::vector<Indicator> indicators_;
  std::vector<IndicatorGroup> groups_;
  std::vector<std::string> coverage_; // per shipped indicator
  Projector project_;
  std::optional<std::size_t> selected_;
  std::optional<Indicator> table_;
  std::optional<Choropleth> choropleth_;
  std::optional<PointLayer> points_;
  std::optional<TopicMap> topic_;
  ChoroplethSpec spec_;
  std::string error_;
  std::uint64_t revision_ = 0;
};

} // namespace steppe::ui
