#include "core/region_search.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

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

// Code points of valid UTF-8 (a malformed byte stands for itself).
std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    if (n == 1 || i + n > s.size()) {
      out.push_back(b);
      ++i;
      continue;
    }
    char32_t c = b & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(c);
    i += n;
  }
  return out;
}

// Levenshtein distance (insert, delete, substitute: one edit each).
std::size_t edit_distance(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
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

std::vector<std::size_t> RegionSearch::suggest(std::string_view query, std::size_t limit) const {
  const std::string clean = normalise_text(query);
  if (clean.empty() || limit == 0) return {};
  const std::vector<char32_t> q = code_points(ascii_lower(to_simplified(clean)));
  const std::size_t allowed = std::max<std::size_t>(1, q.size() / 3);
  struct Near {
    std::size_t region, distance;
  };
  std::vector<Near> near;
  for (std::size_t i = 0; i < atlas_.regions.size(); ++i) {
    const Region& r = atlas_.regions[i];
    std::size_t d = allowed + 1;
    for (const std::string* name : {&r.code, &r.name_zh, &en_lower_[i], &initials_[i]}) {
      if (!name->empty()) d = std::min(d, edit_distance(q, code_points(*name)));
    }
    // The name without its 市/旗/县/区/盟 (包投 is one edit from 包头).
    std::vector<char32_t> zh = code_points(r.name_zh);
    if (zh.size() >= 3 && std::u32string_view(U"市旗县区盟").find(zh.back()) != std::u32string_view::npos) {
      zh.pop_back();
      d = std::min(d, edit_distance(q, zh));
    }
    if (d <= allowed) near.push_back({i, d});
  }
  std::sort(near.begin(), near.end(), [this](const Near& a, const Near& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    const Region& ra = atlas_.regions[a.region];
    const Region& rb = atlas_.regions[b.region];
    if (ra.level != rb.level) return level_order(ra.level) < level_order(rb.level);
    return ra.code < rb.code;
  });
  std::vector<std::size_t> out;
  for (const Near& n : near) {
    if (out.size() == limit) break;
    out.push_back(n.region);
  }
  return out;
}

} // namespace steppe
