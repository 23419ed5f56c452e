#pragma once
// Matches the keys of a user's table (codes, Chinese or English names, as
// people actually write them) to regions. Tried in order, the first stage that
// finds anything decides:
//   1. code:        "150581", also 12-digit statistical codes "150581000000";
//   2. name:        the official name after whitespace/full-width/BOM clean-up;
//   3. traditional: the same after traditional -> simplified ("錫林郭勒盟");
//   4. short form:  suffixes dropped or swapped (包头 = 包头市, 集宁市 ~ 集宁区,
//                   鄂温克旗 = 鄂温克族自治旗) and Inner Mongolia's customary
//                   abbreviations (达茂旗, 科左中旗, 莫旗, 东乌旗 ...);
//   5. English:     case-insensitive, without Banner/County/District/City/League.
// A stage that finds two or more regions reports them as ambiguous: it never guesses.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/atlas.hpp"

namespace steppe {

struct RegionName {
  std::string code;    // "150581"
  std::string name_zh; // "霍林郭勒市"
  std::string name_en; // "Holingol" (may be empty)
};

enum class MatchKind { Code, Name, Traditional, ShortForm, English };
std::string_view to_string(MatchKind kind);

struct NameMatch {
  enum class Status { Matched, Ambiguous, NotFound };
  Status status = Status::NotFound;
  MatchKind kind = MatchKind::Name;     // the stage that decided (Matched/Ambiguous)
  std::vector<std::size_t> candidates;  // indices into NameMatcher::regions(); 1 when Matched

  bool matched() const { return status == Status::Matched; }
  // The matched region's index; only valid when matched().
  std::size_t region() const { return candidates.front(); }
};

class NameMatcher {
public:
  explicit NameMatcher(std::vector<RegionName> regions);
  // All regions of `atlas`, or those of one level.
  static NameMatcher from_atlas(const Atlas& atlas, std::optional<Level> level = std::nullopt);

  const std::vector<RegionName>& regions() const { return regions_; }
  NameMatch match(std::string_view key) const;

private:
  using Index = std::unordered_map<std::string, std::vector<std::size_t>>;
  std::vector<RegionName> regions_;
  Index by_code_;
  Index by_name_;
  Index by_short_form_;
  Index by_english_;
};

// Cleans a cell of text: drops BOMs and zero-width characters, maps full-width
// ASCII (ＡＢＣ１２３) and the ideographic space to ASCII, collapses whitespace, trims.
std::string normalise_text(std::string_view text);

// The customary abbreviations of an official Inner Mongolian name
// ("达尔罕茂明安联合旗" -> {"达茂旗", "达茂"}); empty for names without any.
std::vector<std::string> customary_short_forms(std::string_view name_zh);

} // namespace steppe
