#include "app/cli_extent.hpp"

#include <vector>

#include "core/error.hpp"
#include "core/region_search.hpp"
#include "core/text_clean.hpp"

namespace steppe::app {

namespace {

std::string describe(const Region& r) {
  std::string s = r.name_zh;
  if (!r.name_en.empty()) s += " " + r.name_en;
  return s + " (" + r.code + ")";
}

} // namespace

std::size_t find_extent_region(const Atlas& atlas, const std::string& text, std::ostream& info) {
  const RegionSearch search(atlas);
  const std::vector<SearchHit> hits = search.find(text, 2);
  if (!hits.empty()) {
    const SearchHit& best = hits.front();
    if (best.kind != SearchMatchKind::ExactCode && best.kind != SearchMatchKind::ExactName) {
      info << "--extent '" << printable(text) << "': " << describe(atlas.regions[best.region]) << ", by "
           << to_string(best.kind);
      if (hits.size() > 1) info << " (`steppe info --find` lists the other matches)";
      info << "\n";
    }
    return best.region;
  }
  std::string message = "--extent '" + printable(text) + "' matches no region in this atlas";
  const std::vector<std::size_t> near = search.suggest(text, 3);
  if (!near.empty()) {
    message += "; did you mean ";
    for (std::size_t k = 0; k < near.size(); ++k) {
      if (k > 0) message += k + 1 == near.size() ? " or " : ", ";
      message += describe(atlas.regions[near[k]]);
    }
    message += "?";
  }
  throw Error(message + " (give a code, a Chinese or English name or pinyin initials: `steppe info --find TEXT` "
                        "lists matches; or --extent all)");
}

} // namespace steppe::app
