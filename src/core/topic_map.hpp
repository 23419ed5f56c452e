#pragma once
// A topic map: every shipped figure on one subject ("算力", "煤 2024",
// "compute") on one map — a callout per place and figure (place, value with
// unit as written, period, 预计/目标), the region-wide figures in the legend,
// and mixed periods called out as mixed. Pure core: every word comes from the
// indicators' rows and metadata; no figure is combined, summed or invented.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"
#include "core/callout.hpp"
#include "core/colour.hpp"
#include "core/indicator.hpp"
#include "core/legend.hpp"

namespace steppe {

// More callouts than this do not fit one legible map: narrow the topic.
inline constexpr std::size_t kMaxTopicCallouts = 8;

struct TopicMap {
  std::string topic;
  std::vector<std::string> indicator_ids;  // every indicator matched, in list order
  std::vector<CalloutText> callouts;       // one per place and figure (league/banner levels)
  std::vector<std::string> region_figures; // "内蒙古自治区: 算力总规模 9.4 万P · 2024年 (2024)"
  std::vector<std::string> points_left_out; // point inventories matched (shown with --indicator)
  std::vector<std::string> periods;        // distinct period labels, in first-seen order
  std::vector<std::string> sources;        // distinct source lines
  Legend legend;                           // title, places swatch, notes, mixed periods
};

// Indicators match when any comma-separated alternative of `topic` matches
// (each alternative: space-separated terms that must all occur; see
// indicator_matches). Throws steppe::Error naming the topic when nothing
// matches, or when more than kMaxTopicCallouts figures would be called out.
TopicMap build_topic_map(const std::vector<Indicator>& indicators, std::string_view topic, const Atlas& atlas);

// Region indices of the topic's places (the callouts' codes found in the atlas).
std::vector<std::size_t> topic_places(const TopicMap& map, const Atlas& atlas);

// Per Atlas::regions index: the places (a league place: its banners) in the
// legend's place colour, the rest in the not-covered fill.
std::vector<Rgba8> topic_region_colours(const TopicMap& map, const Atlas& atlas);

} // namespace steppe
