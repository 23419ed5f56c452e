#pragma once
// The atlas model: every region at every level plus the grey context layer.
// No GL, no ImGui, no GDAL: io/ fills it, geo/ projects it, render/ draws it.
#include <string>
#include <string_view>
#include <vector>

#include "core/region.hpp"

namespace steppe {

// A neighbouring province or country drawn in grey underneath.
struct ContextFeature {
  std::string name;    // e.g. "黑龙江省" (else the English name, when that is all the file has)
  std::string name_en; // e.g. "Heilongjiang"; may be empty
  bool country = false; // a country (蒙古国), not a province of China
  MultiPolygon lonlat;
};

class Atlas {
public:
  std::vector<Region> regions;         // all levels, region first, then leagues, then banners
  std::vector<ContextFeature> context; // may be empty for user-supplied data

  const Region* find(std::string_view code) const;
  std::vector<const Region*> at_level(Level level) const;
  std::vector<const Region*> children(std::string_view parent_code) const;
  Bounds lonlat_bounds() const; // of the regions, not the context
};

} // namespace steppe
