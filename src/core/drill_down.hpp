#pragma once
// Drill-down: 内蒙古 -> a league -> one of its banners. The focus decides what
// is framed, what the breadcrumb shows and which regions stay at full colour;
// the surroundings stay visible, dimmed. Classes can be computed region-wide
// (every value of the indicator: colours comparable across leagues) or local
// (only the values inside the focus: contrast within one league); the legend
// says which.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/atlas.hpp"
#include "core/choropleth.hpp"
#include "core/palette.hpp"

namespace steppe {

enum class BreakScope { RegionWide, Local };

// The chain of regions from the top-level region down to `region` (inclusive),
// following Region::parent: {内蒙古, 通辽市, 霍林郭勒市}. Throws steppe::Error
// for an index out of range or a parent code missing from the atlas (or a cycle).
std::vector<std::size_t> drill_path(const Atlas& atlas, std::size_t region);

// The region a drill-down step into `region` shows in full: a league shows
// itself and its banners; a banner shows its league's banners with itself
// selected (the league is the context a banner is compared in).
std::size_t focus_of(const Atlas& atlas, std::size_t region);

// Per Atlas::regions index: true for the focus region and everything below it.
std::vector<bool> inside_focus(const Atlas& atlas, std::size_t focus);

// How much the surroundings fade towards the background (0 = not at all).
inline constexpr double kDimWeight = 0.65;
// `colour` faded towards `towards` by `weight`.
Rgb dim_colour(Rgb colour, Rgb towards = {255, 255, 255}, double weight = kDimWeight);

// The choropleth of `indicator` as seen while drilled into `focus`:
//  * RegionWide: build_choropleth over every value (the usual map);
//  * Local: classes from the values inside the focus only; regions outside
//    keep their data state but take no class. The legend's classification
//    note says "local breaks: ... only"; with no value inside the focus the
//    result is the region-wide one with a warning saying so.
// Regions outside the focus are dimmed in fill_by_region in both cases.
Choropleth drill_choropleth(const Atlas& atlas, const Indicator& indicator, std::size_t focus,
                            BreakScope scope, const ChoroplethSpec& spec = {});

} // namespace steppe
