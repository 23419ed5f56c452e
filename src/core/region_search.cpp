#include "core/region_search.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/chinese_variants.hpp"

namespace steppe {

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_ascii_letters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  });
}

int level_order(Level level) {
  switch (level) {
    case Level::Region: return 0;
    case Level::League: return 1;
    case Level::Banner: return 2;
  }
  return 3;
}

} // namespace

std::string_view to_string(SearchMatchKind kind) {
  switch (kind) {
    case SearchMatchKind::ExactCode: return "code";
    case SearchMatchKind::ExactName: return "name";
    case SearchMatchKind::Prefix: return "prefix";
    case SearchMatchKind::Initials: return "initials";
    case SearchMatchKind::Substring: return "substring";
  }
  return "?";
}

RegionSearch::RegionSearch(const Atlas& atlas) : atlas_(atlas), matcher_(NameMatcher::from_atlas(atlas)) {
  for (const Region& r : atlas.regions) {
    initials_.push_back(pinyin_initials(r.name_zh));
    en_lower_.push_back(ascii_lower(r.name_en));
  }
}

std::vector<SearchHit> RegionSearch::find(std::string_view query, std::size_t limit) const {
  const std::string clean = normalise_text(query);
  if (clean.empty() || limit == 0) return {};
  const std::string lower = ascii_lower(clean);
  const std::string simplified = to_simplified(clean);

  // The best kind found per region.
  std::vector<std::optional<SearchHit>> best(atlas_.regions.size());
  auto offer = [&best](std::size_t region, SearchMatchKind kind, std::string matched) {
    if (!best[region] || kind < best[region]->kind) best[region] = SearchHit{region, kind, std::move(matched)};
  };

  // Exact stages through the name matcher (code, name, traditional, short form, English).
  const NameMatch exact = matcher_.match(clean);
  if (exact.status != NameMatch::Status::NotFound) {
    for (std::size_t i : exact.candidates) {
      const Region& r = atlas_.regions[i];
      if (exact.kind == MatchKind::Code) offer(i, SearchMatchKind::ExactCode, r.code);
      else if (exact.kind == MatchKind::English) offer(i, SearchMatchKind::ExactName, r.name_en);
      else offer(i, SearchMatchKind::ExactName, r.name_zh);
    }
  }

  const bool letters = is_ascii_letters(lower);
  for (std::size_t i = 0; i < atlas_.regions.size(); ++i) {
    const Region& r = atlas_.regions[i];
    if (r.code.starts_with(clean)) offer(i, SearchMatchKind::Prefix, r.code);
    if (r.name_zh.starts_with(simplified)) offer(i, SearchMatchKind::Prefix, r.name_zh);
    if (!en_lower_[i].empty() && en_lower_[i].starts_with(lower)) offer(i, SearchMatchKind::Prefix, r.name_en);
    if (letters && !initials_[i].empty() && initials_[i].starts_with(lower))
      offer(i, SearchMatchKind::Initials, initials_[i]);
    if (r.name_zh.find(simplified) != std::string::npos) offer(i, SearchMatchKind::Substring, r.name_zh);
    if (en_lower_[i].find(lower) != std::string::npos) offer(i, SearchMatchKind::Substring, r.name_en);
  }

  std::vector<SearchHit> hits;
  for (std::optional<SearchHit>& h : best)
    if (h) hits.push_back(std::move(*h));
  std::sort(hits.begin(), hits.end(), [this](const SearchHit& a, const SearchHit& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    const Region& ra = atlas_.regions[a.region];
    const Region& rb = atlas_.regions[b.region];
    if (ra.level != rb.level) return level_order(ra.level) < level_order(rb.level);
    return ra.code < rb.code;
  });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

} // namespace steppe
