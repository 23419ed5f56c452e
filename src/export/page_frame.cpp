#include "export/page_frame.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/data_footprint.hpp"

namespace steppe {

Bounds frame_for_data(const Atlas& atlas, const MapGeometry& geometry, const std::vector<std::size_t>& data_regions) {
  // A banner is seen within its league; a league (or the region) as itself.
  std::unordered_map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) index_of.emplace(atlas.regions[i].code, i);
  std::vector<std::size_t> parent_of(atlas.regions.size(), SIZE_MAX);
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& r = atlas.regions[i];
    if (r.level != Level::Banner) continue;
    if (const auto it = index_of.find(r.parent); it != index_of.end()) parent_of[i] = it->second;
  }
  return data_frame(data_regions, geometry.shape_bounds, parent_of, geometry.bounds);
}

} // namespace steppe
