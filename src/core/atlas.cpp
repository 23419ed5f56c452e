#include "core/atlas.hpp"

namespace steppe {

const Region* Atlas::find(std::string_view code) const {
  for (const Region& r : regions) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

std::vector<const Region*> Atlas::at_level(Level level) const {
  std::vector<const Region*> out;
  for (const Region& r : regions) {
    if (r.level == level) out.push_back(&r);
  }
  return out;
}

std::vector<const Region*> Atlas::children(std::string_view parent_code) const {
  std::vector<const Region*> out;
  for (const Region& r : regions) {
    if (r.parent == parent_code) out.push_back(&r);
  }
  return out;
}

Bounds Atlas::lonlat_bounds() const {
  Bounds b;
  for (const Region& r : regions) b.expand(bounds_of(r.lonlat));
  return b;
}

} // namespace steppe
