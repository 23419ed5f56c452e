#pragma once
// Finding a region from what a user types into a search box or `steppe info
// --find`: a code, the Chinese name (or its start, a short form, traditional
// characters), the English name, or the pinyin initials ("hlgl"). Candidates
// come ranked: exact code, exact name, prefix, initials, substring; within a
// kind leagues before banners, then by code. Reuses core/name_matcher for the
// exact stages and core/chinese_variants for initials: no tables of its own.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"
#include "core/name_matcher.hpp"

namespace steppe {

enum class SearchMatchKind { ExactCode, ExactName, Prefix, Initials, Substring };
// "code", "name", "prefix", "initials", "substring".
std::string_view to_string(SearchMatchKind kind);

struct SearchHit {
  std::size_t region = 0; // index into Atlas::regions
  SearchMatchKind kind = SearchMatchKind::Substring;
  std::string matched;    // the text that matched: the code, name, English name or initials
};

class RegionSearch {
public:
  // Keeps a reference: `atlas` must outlive the search.
  explicit RegionSearch(const Atlas& atlas);

  // At most `limit` hits, best first; empty for an empty query or no match.
  std::vector<SearchHit> find(std::string_view query, std::size_t limit = 10) const;

  // For a query find() misses ("Baotuo", "150299", "包投"): regions whose code,
  // Chinese or English name or initials are within a few edits of it (at most
  // a third of the query's length, at least one), closest first, then as
  // find() orders them. At most `limit`; empty when nothing is that close.
  std::vector<std::size_t> suggest(std::string_view query, std::size_t limit = 3) const;

private:
  const Atlas& atlas_;
  NameMatcher matcher_;               // over every region, indices = Atlas::regions
  std::vector<std::string> initials_; // pinyin initials of each name_zh
  std::vector<std::string> en_lower_; // lower-case English names
};

} // namespace steppe
