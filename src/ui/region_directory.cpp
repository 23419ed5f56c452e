#include "ui/region_directory.hpp"

#include <algorithm>

namespace steppe::ui {

RegionDirectory::RegionDirectory(const Atlas& atlas) : atlas_(atlas) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) by_code_.emplace(atlas.regions[i].code, i);
  auto by_code = [&](std::size_t a, std::size_t b) {
    return atlas.regions[a].code < atlas.regions[b].code;
  };
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (atlas.regions[i].level == Level::League) leagues_.push_back({i, {}});
  }
  std::sort(leagues_.begin(), leagues_.end(),
            [&](const LeagueEntry& a, const LeagueEntry& b) { return by_code(a.index, b.index); });
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& r = atlas.regions[i];
    if (r.level != Level::Banner) continue;
    for (LeagueEntry& league : leagues_) {
      if (atlas.regions[league.index].code == r.parent) league.banners.push_back(i);
    }
  }
  for (LeagueEntry& league : leagues_) std::sort(league.banners.begin(), league.banners.end(), by_code);
}

std::optional<std::size_t> RegionDirectory::index_of(std::string_view code) const {
  const auto it = by_code_.find(std::string(code));
  if (it == by_code_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> RegionDirectory::league_of(std::size_t index) const {
  if (index >= atlas_.regions.size()) return std::nullopt;
  const Region& r = atlas_.regions[index];
  if (r.level == Level::League) return index;
  if (r.level == Level::Banner) return index_of(r.parent);
  return std::nullopt;
}

std::string RegionDirectory::all_names() const {
  std::string out;
  for (const Region& r : atlas_.regions) out += r.name_zh + r.name_en;
  for (const ContextFeature& c : atlas_.context) out += c.name;
  return out;
}

} // namespace steppe::ui
