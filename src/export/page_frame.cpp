#include "export/page_frame.hpp"

#include <cstdint>

#include "core/data_footprint.hpp"

namespace steppe {

Bounds frame_for_data(const Atlas& atlas, const MapGeometry& geometry, const std::vector<std::size_t>& data_regions) {
  // A banner is seen within its league; a league (or the region) as itself.
  std::vector<std::size_t> parent_of(atlas.regions.size(), SIZE_MAX);
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& r = atlas.regions[i];
    if (r.level != Level::Banner || r.parent.empty()) continue;
    for (std::size_t j = 0; j < atlas.regions.size(); ++j)
      if (atlas.regions[j].code == r.parent) {
        parent_of[i] = j;
        break;
      }
  }
  return data_frame(data_regions, geometry.shape_bounds, parent_of, geometry.bounds);
}

} // namespace steppe
