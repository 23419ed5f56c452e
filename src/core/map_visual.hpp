#pragma once
// Which visual fits an indicator's shape, decided from the indicator alone:
// a figure about one or two places is a callout (the place highlighted, the
// value in a label box with a leader line), not a choropleth of one coloured
// region among a hundred blanks; three or more places are a choropleth; point
// layers are points. Also the coverage line pickers show before anything is
// drawn ("呼和浩特市", "2/8 banners of 通辽市"). Pure core.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"
#include "core/geometry.hpp"
#include "core/indicator.hpp"

namespace steppe {

enum class MapVisual {
  Choropleth, // three or more places with a value
  Callout,    // one or two places: highlighted, value in a label box
  Points,     // a point layer (parks, data centres)
};

std::string_view to_string(MapVisual visual);

// At most this many places are called out; more make a choropleth.
inline constexpr std::size_t kMaxCalloutPlaces = 2;

// The distinct codes of the rows that carry a value, in row order.
std::vector<std::string> indicator_places(const Indicator& indicator);

MapVisual map_visual(const Indicator& indicator);

// What a picker shows before the map is drawn: the place names for one or two
// places ("呼和浩特市", "包头市、鄂尔多斯市"), else the coverage: "2/8 banners of
// 通辽市", "12/12 leagues", "35/103 banners"; points: "9 items in 2 places".
std::string coverage_text(const Indicator& indicator, const Atlas& atlas);

// The extent a callout page frames: the places' bounds grown to three times
// their size around their centre (their neighbours around them), never more
// than `all` (the whole atlas), never less than `min_size` across.
Bounds callout_frame(const Bounds& places, const Bounds& all, double min_size = 0);

} // namespace steppe
