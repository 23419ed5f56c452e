#pragma once
// What a page frames when nobody chose an extent: the data, among its
// neighbours (the leagues holding the regions that carry values), or the
// whole atlas when the data spans most of it or there is none.
#include <vector>

#include "core/atlas.hpp"
#include "core/geometry.hpp"
#include "geo/map_geometry.hpp"

namespace steppe {

Bounds frame_for_data(const Atlas& atlas, const MapGeometry& geometry, const std::vector<std::size_t>& data_regions);

} // namespace steppe
