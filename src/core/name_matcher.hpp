#pragma once
// Matches the keys of a user's table (codes, Chinese or English names, as
// people actually write them) to regions. Tried in order, the first stage that
// finds anything decides:
//   1. code:        "150581", also 12-digit statistical codes "150581000000";
//                   then codes of abolished units from the name history
//                   (152601 集宁市 -> 150902), optionally as of one year;
//   2. name:        the official name after whitespace/full-width/BOM clean-up;
//      variant:     the same after variant characters (丰镇巿 with U+5DFF 巿, 旂);
//   3. traditional: the same after traditional -> simplified ("錫林郭勒盟");
//   4. history:     a former name (伊克昭盟, 集宁市, 郊区), from the name history;
//   5. short form:  suffixes dropped or swapped (包头 = 包头市, 鄂温克旗 = 鄂温克族自治旗)
//                   and Inner Mongolia's customary abbreviations (达茂旗, 阿鲁旗, 莫旗 ...);
//   6. English:     case-insensitive, without Banner/County/District/City/League, with
//                   the usual spelling variants (Tumd = Tumed, Chahar = Qahar, Ujumqin =
//                   Ujimqin, Ewenki = Evenk, Chen = Old, Zuoqi = Left ...);
//   7. romanization: listed forms (Ih Ju, Jirem, Hondlon, Ud, Zhalainuoer, Tumote Youqi).
// A stage that finds two or more regions reports them as ambiguous: it never guesses.
// Units of other provinces (foreign_units) are looked up apart, by exact name or
// code, so that a whole-country table can set them aside (see table_join.hpp).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/atlas.hpp"
#include "core/region.hpp"

namespace steppe {

struct RegionName {
  std::string code;    // "150581"
  std::string name_zh; // "霍林郭勒市"
  std::string name_en; // "Holingol" (may be empty)
  std::optional<Level> level{}; // from the atlas; nullopt in hand-made lists
  std::string parent{}; // code of the containing region ("150500"); may be empty
};

enum class MatchKind { Code, Name, Traditional, ShortForm, English, Variant, History, OldCode, Romanization };
std::string_view to_string(MatchKind kind);

// A former name or code of a present region, or a romanization
// (geodata/names/name_history.csv, romanizations.csv; io/name_lists.hpp reads them).
struct NameAlias {
  enum class Kind { OldCode, OldName, Romanization };
  Kind kind = Kind::OldName;
  std::string key;                // "152601", "集宁市", "Ih Ju"
  std::string old_name;           // the unit's name then ("集宁市"); = key for names
  int from = 0, to = 0;           // years the code/name was in the lists, [from, to); 0 = any
  std::vector<std::string> codes; // present codes; two or more = split, never guessed
  std::string change;             // "2003: county-level 集宁市 became 集宁区"
  std::string source;             // where the change is documented
};

// A unit of China's national list (geodata/names/china_units_2023.csv); those of
// other provinces let a whole-country table's rows be set aside.
struct ForeignUnit {
  std::string code, name, level, city, province; // "610102", "新城区", "county", "西安市", "陕西省"
  std::string label() const; // "新城区 (610102, 西安市, 陕西省)"
};

struct NameMatch {
  enum class Status { Matched, Ambiguous, NotFound };
  Status status = Status::NotFound;
  MatchKind kind = MatchKind::Name;     // the stage that decided (Matched/Ambiguous)
  std::vector<std::size_t> candidates;  // indices into NameMatcher::regions(); 1 when Matched
  std::string how;                      // "exact", "short form", "former name (2003: ...)"
  std::vector<const NameAlias*> via;    // the history/romanization entries used (History/OldCode/Romanization)

  bool matched() const { return status == Status::Matched; }
  // The matched region's index; only valid when matched().
  std::size_t region() const { return candidates.front(); }
};

class NameMatcher {
public:
  explicit NameMatcher(std::vector<RegionName> regions);
  // All regions of `atlas`, or those of one level.
  static NameMatcher from_atlas(const Atlas& atlas, std::optional<Level> level = std::nullopt);

  // Former names and codes, romanizations; units of other provinces.
  void add_aliases(std::vector<NameAlias> aliases);
  void add_foreign_units(std::vector<ForeignUnit> units);

  const std::vector<RegionName>& regions() const { return regions_; }
  // `year`: read abolished codes as of that year's code list (152601 was
  // 二连浩特市 in 1980-1982 and 集宁市 in 1982-2003); nullopt = any year, and
  // a code that meant different units is ambiguous.
  NameMatch match(std::string_view key, std::optional<int> year = std::nullopt) const;
  // The years [from, to) of every history entry for an abolished code; empty otherwise.
  std::vector<std::pair<int, int>> old_code_years(std::string_view key) const;
  // Units of other provinces with exactly this name (after clean-up) or code.
  std::vector<const ForeignUnit*> foreign(std::string_view key) const;
  // Inner Mongolia's own units of the national list with this name or code: for a
  // map that holds only some of them (a league-only boundary file).
  std::vector<const ForeignUnit*> inner_mongolia_units(std::string_view key) const;
  // The province of a non-Inner-Mongolia code ("610102" -> "陕西省"); "" if unknown.
  std::string foreign_province_of_code(std::string_view code) const;
  // Index of the region with this code; nullopt if none.
  std::optional<std::size_t> index_of_code(std::string_view code) const;

private:
  using Index = std::unordered_map<std::string, std::vector<std::size_t>>;
  std::vector<RegionName> regions_;
  Index by_code_;
  Index by_name_;
  Index by_short_form_;
  Index by_english_;
  std::vector<NameAlias> aliases_;
  Index alias_by_code_, alias_by_name_, alias_by_stem_, alias_by_english_; // -> indices into aliases_
  std::vector<ForeignUnit> foreign_;
  Index foreign_by_name_, foreign_by_code_;
};

// Cleans a cell of text: drops BOMs and zero-width characters, maps full-width
// ASCII (ＡＢＣ１２３) and the ideographic space to ASCII, collapses whitespace
// (NBSP included), trims.
std::string normalise_text(std::string_view text);

// Variant and compatibility characters read as the standard ones (巿 U+5DFF -> 市,
// 旂 -> 旗, 濛 -> 蒙); nullopt when the text has none.
std::optional<std::string> standard_characters(std::string_view text);

// The customary abbreviations of an official Inner Mongolian name
// ("达尔罕茂明安联合旗" -> {"达茂旗", "达茂"}); empty for names without any.
std::vector<std::string> customary_short_forms(std::string_view name_zh);

} // namespace steppe
