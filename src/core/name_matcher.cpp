#include "core/name_matcher.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "core/chinese_variants.hpp"

namespace steppe {

namespace {

// Customary abbreviations of Inner Mongolia's banners, cities and leagues, as
// used in government documents and the press. "扎旗" is both 扎鲁特旗 and
// 扎赉特旗, so it is listed for both and matches as ambiguous.
const std::array<std::pair<std::string_view, std::array<std::string_view, 3>>, 45> kShortForms{{
    {"内蒙古自治区", {"内蒙古", "内蒙", ""}},
    {"呼和浩特市", {"呼市", "", ""}},
    {"二连浩特市", {"二连", "二连市", ""}},
    {"达尔罕茂明安联合旗", {"达茂旗", "达茂", "达茂联合旗"}},
    {"白云鄂博矿区", {"白云矿区", "白云区", ""}},
    {"土默特左旗", {"土左旗", "", ""}},
    {"土默特右旗", {"土右旗", "", ""}},
    {"托克托县", {"托县", "", ""}},
    {"和林格尔县", {"和林县", "和林", ""}},
    {"科尔沁左翼中旗", {"科左中旗", "科左中", ""}},
    {"科尔沁左翼后旗", {"科左后旗", "科左后", ""}},
    {"科尔沁右翼前旗", {"科右前旗", "科右前", ""}},
    {"科尔沁右翼中旗", {"科右中旗", "科右中", ""}},
    {"察哈尔右翼前旗", {"察右前旗", "察右前", ""}},
    {"察哈尔右翼中旗", {"察右中旗", "察右中", ""}},
    {"察哈尔右翼后旗", {"察右后旗", "察右后", ""}},
    {"莫力达瓦达斡尔族自治旗", {"莫旗", "莫力达瓦旗", "莫力达瓦"}},
    {"鄂温克族自治旗", {"鄂温克旗", "", ""}},
    {"鄂伦春自治旗", {"鄂伦春旗", "", ""}},
    {"新巴尔虎右旗", {"新右旗", "", ""}},
    {"新巴尔虎左旗", {"新左旗", "", ""}},
    {"陈巴尔虎旗", {"陈旗", "", ""}},
    {"阿拉善左旗", {"阿左旗", "", ""}},
    {"阿拉善右旗", {"阿右旗", "", ""}},
    {"东乌珠穆沁旗", {"东乌旗", "", ""}},
    {"西乌珠穆沁旗", {"西乌旗", "", ""}},
    {"乌拉特前旗", {"乌前旗", "", ""}},
    {"乌拉特中旗", {"乌中旗", "", ""}},
    {"乌拉特后旗", {"乌后旗", "", ""}},
    {"苏尼特左旗", {"苏左旗", "", ""}},
    {"苏尼特右旗", {"苏右旗", "", ""}},
    {"阿鲁科尔沁旗", {"阿旗", "阿鲁旗", "阿鲁"}},
    {"鄂托克旗", {"鄂旗", "", ""}},
    {"克什克腾旗", {"克旗", "", ""}},
    {"喀喇沁旗", {"喀旗", "", ""}},
    {"翁牛特旗", {"翁旗", "", ""}},
    {"四子王旗", {"四子王", "", ""}},
    {"杭锦后旗", {"杭后", "杭锦后", ""}},
    {"伊金霍洛旗", {"伊旗", "", ""}},
    {"鄂托克前旗", {"鄂前旗", "", ""}},
    {"准格尔旗", {"准旗", "", ""}},
    {"达拉特旗", {"达旗", "", ""}},
    {"扎鲁特旗", {"扎旗", "", ""}},
    {"扎赉特旗", {"扎旗", "", ""}},
    {"太仆寺旗", {"太旗", "", ""}},
}};

// Administrative suffixes, longest first; a stem keeps at least two characters.
const std::array<std::u32string_view, 10> kZhSuffixes{
    U"自治旗", U"自治县", U"自治区", U"联合旗", U"矿区", U"旗", U"县", U"区", U"市", U"盟"};

const std::array<std::string_view, 16> kEnSuffixWords{
    "banner", "county", "district", "city", "league", "autonomous", "region", "mining",
    "area", "prefecture", "municipality", "qi", "xian", "qu", "shi", "meng"};

// Spelling variants of the words of English/romanized names, read as the form
// the atlas uses: "Tumd Right" = "Tumed Right", "Chahar" = "Qahar", pinyin
// direction words "Zuoqi"/"Youqi" = Left/Right.
const std::array<std::pair<std::string_view, std::string_view>, 36> kEnSynonyms{{
    {"tumd", "tumed"},         {"tumote", "tumed"},       {"chahar", "qahar"},
    {"chahaer", "qahar"},      {"chakhar", "qahar"},      {"ujumqin", "ujimqin"},
    {"wuzhumuqin", "ujimqin"}, {"khorchin", "horqin"},    {"korqin", "horqin"},
    {"keerqin", "horqin"},     {"ewenki", "evenk"},       {"evenki", "evenk"},
    {"ewenke", "evenk"},       {"chen", "old"},           {"xin", "new"},
    {"baerhu", "barag"},       {"bargu", "barag"},        {"zuo", "left"},
    {"zuoqi", "left"},         {"you", "right"},          {"youqi", "right"},
    {"qian", "front"},         {"qianqi", "front"},       {"zhong", "middle"},
    {"zhongqi", "middle"},     {"central", "middle"},     {"hou", "rear"},
    {"houqi", "rear"},         {"back", "rear"},          {"dong", "east"},
    {"xi", "west"},            {"urat", "urad"},          {"wulate", "urad"},
    {"sunite", "sonid"},       {"balin", "bairin"},       {"wengniute", "ongniud"},
}};

// Variant and compatibility characters and the standard ones they stand for.
const std::array<std::pair<char32_t, char32_t>, 3> kVariantChars{{
    {U'\u5DFF', U'市'}, // 巿 (fú), typed for 市 in many tables
    {U'\u65C2', U'旗'}, // 旂, old variant of 旗
    {U'\u6FDB', U'蒙'}, // 濛
}};

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' ||
         c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F;
}

bool is_invisible(char32_t c) {
  return c == 0xFEFF || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060;
}

char32_t ascii_lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c - U'A' + U'a' : c; }

// Chinese lookup key: cleaned, simplified, no spaces at all, ASCII lower-case.
std::u32string zh_key(std::string_view text) {
  std::u32string out;
  for (char32_t c : utf8_to_u32(to_simplified(normalise_text(text)))) {
    if (c != U' ') out.push_back(ascii_lower(c));
  }
  return out;
}

// The name itself plus every form with an administrative suffix dropped
// (and an ethnic 族 before 自治旗: 鄂温克族自治旗 -> 鄂温克族, 鄂温克).
std::vector<std::string> zh_stems(const std::u32string& name) {
  std::vector<std::string> out{u32_to_utf8(name)};
  for (auto suffix : kZhSuffixes) {
    if (name.size() < suffix.size() + 2 || !std::u32string_view(name).ends_with(suffix)) continue;
    const std::u32string stem = name.substr(0, name.size() - suffix.size());
    out.push_back(u32_to_utf8(stem));
    if (stem.size() >= 3 && stem.back() == U'族') {
      out.push_back(u32_to_utf8(stem.substr(0, stem.size() - 1)));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// English key: lower-case alphanumeric words without administrative words at the end.
std::string en_stem(std::string_view text, bool synonyms = true) {
  const std::string clean = normalise_text(text);
  std::vector<std::string> words;
  std::string word;
  for (char ch : clean) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return {}; // not an English key
    if (std::isalnum(c) != 0) {
      word.push_back(static_cast<char>(std::tolower(c)));
    } else if (ch == '\'' || ch == '-') {
      continue; // "Xilin-Gol", "Horqin's"
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  for (auto& w : words) {
    if (!synonyms) break;
    for (const auto& [from, to] : kEnSynonyms)
      if (w == from) w = std::string(to);
  }
  while (words.size() > 1 &&
         std::find(kEnSuffixWords.begin(), kEnSuffixWords.end(), words.back()) !=
             kEnSuffixWords.end()) {
    words.pop_back();
  }
  std::string out;
  for (const auto& w : words) out += w;
  return out;
}

std::string en_stem_plain(std::string_view text) { return en_stem(text, false); }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void add(std::unordered_map<std::string, std::vector<std::size_t>>& index, const std::string& key,
         std::size_t region) {
  if (key.empty()) return;
  auto& list = index[key];
  if (std::find(list.begin(), list.end(), region) == list.end()) list.push_back(region);
}

std::string years_text(int from, int to) {
  if (from == 0 && to == 0) return {};
  return std::to_string(from) + "–" + (to == 0 ? std::string() : std::to_string(to));
}

NameMatch decided(MatchKind kind, std::vector<std::size_t> candidates) {
  NameMatch m;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  m.kind = kind;
  m.status = candidates.size() == 1 ? NameMatch::Status::Matched : NameMatch::Status::Ambiguous;
  m.candidates = std::move(candidates);
  switch (kind) {
  case MatchKind::Code: m.how = "code"; break;
  case MatchKind::Name: m.how = "exact"; break;
  default: m.how = std::string(to_string(kind)); break;
  }
  return m;
}

} // namespace

std::string ForeignUnit::label() const {
  std::string s = name + " (" + code;
  if (!city.empty() && city != name) s += ", " + city;
  if (!province.empty() && province != name && province != city) s += ", " + province;
  return s + ")";
}

std::optional<std::string> standard_characters(std::string_view text) {
  std::u32string u = utf8_to_u32(text);
  bool changed = false;
  for (char32_t& c : u) {
    for (const auto& [variant, standard] : kVariantChars) {
      if (c == variant) {
        c = standard;
        changed = true;
      }
    }
  }
  if (!changed) return std::nullopt;
  return u32_to_utf8(u);
}

std::string_view to_string(MatchKind kind) {
  switch (kind) {
  case MatchKind::Code: return "code";
  case MatchKind::Name: return "name";
  case MatchKind::Traditional: return "traditional characters";
  case MatchKind::ShortForm: return "short form";
  case MatchKind::English: return "English name";
  case MatchKind::Variant: return "variant character";
  case MatchKind::History: return "former name";
  case MatchKind::OldCode: return "old code";
  case MatchKind::Romanization: return "romanization";
  }
  return "unknown";
}

std::string normalise_text(std::string_view text) {
  std::u32string out;
  bool pending_space = false;
  for (char32_t c : utf8_to_u32(text)) {
    if (is_invisible(c)) continue;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0; // full-width ASCII
    if (pending_space) out.push_back(U' ');
    pending_space = false;
    out.push_back(c);
  }
  return u32_to_utf8(out);
}

std::vector<std::string> customary_short_forms(std::string_view name_zh) {
  std::vector<std::string> out;
  const std::string key = u32_to_utf8(zh_key(name_zh));
  for (const auto& [full, forms] : kShortForms) {
    if (full != key) continue;
    for (auto f : forms) {
      if (!f.empty()) out.emplace_back(f);
    }
  }
  return out;
}

NameMatcher::NameMatcher(std::vector<RegionName> regions) : regions_(std::move(regions)) {
  for (std::size_t i = 0; i < regions_.size(); ++i) {
    const RegionName& r = regions_[i];
    add(by_code_, normalise_text(r.code), i);
    const std::u32string name = zh_key(r.name_zh);
    add(by_name_, u32_to_utf8(name), i);
    for (const auto& stem : zh_stems(name)) add(by_short_form_, stem, i);
    for (const auto& form : customary_short_forms(r.name_zh)) {
      for (const auto& stem : zh_stems(zh_key(form))) add(by_short_form_, stem, i);
    }
    add(by_english_, en_stem(r.name_en), i);
  }
}

NameMatcher NameMatcher::from_atlas(const Atlas& atlas, std::optional<Level> level) {
  std::vector<RegionName> names;
  for (const Region& r : atlas.regions) {
    if (!level || r.level == *level) names.push_back({r.code, r.name_zh, r.name_en, r.level, r.parent});
  }
  return NameMatcher(std::move(names));
}

void NameMatcher::add_aliases(std::vector<NameAlias> aliases) {
  const std::size_t base = aliases_.size();
  aliases_.insert(aliases_.end(), std::make_move_iterator(aliases.begin()),
                  std::make_move_iterator(aliases.end()));
  for (std::size_t i = base; i < aliases_.size(); ++i) {
    const NameAlias& a = aliases_[i];
    switch (a.kind) {
    case NameAlias::Kind::OldCode: add(alias_by_code_, normalise_text(a.key), i); break;
    case NameAlias::Kind::OldName: {
      const std::u32string name = zh_key(a.key);
      add(alias_by_name_, u32_to_utf8(name), i);
      for (const auto& stem : zh_stems(name))
        if (stem != u32_to_utf8(name)) add(alias_by_stem_, stem, i);
      break;
    }
    case NameAlias::Kind::Romanization: add(alias_by_english_, en_stem(a.key), i); break;
    }
  }
}

void NameMatcher::add_foreign_units(std::vector<ForeignUnit> units) {
  const std::size_t base = foreign_.size();
  foreign_.insert(foreign_.end(), std::make_move_iterator(units.begin()), std::make_move_iterator(units.end()));
  for (std::size_t i = base; i < foreign_.size(); ++i) {
    add(foreign_by_name_, u32_to_utf8(zh_key(foreign_[i].name)), i);
    add(foreign_by_code_, foreign_[i].code, i);
  }
}

std::optional<std::size_t> NameMatcher::index_of_code(std::string_view code) const {
  const auto it = by_code_.find(std::string(code));
  if (it == by_code_.end() || it->second.empty()) return std::nullopt;
  return it->second.front();
}

namespace {

std::vector<const ForeignUnit*> units_named(const std::vector<ForeignUnit>& units,
                                            const std::unordered_map<std::string, std::vector<std::size_t>>& by_code,
                                            const std::unordered_map<std::string, std::vector<std::size_t>>& by_name,
                                            std::string_view key, bool inner_mongolia) {
  std::vector<const ForeignUnit*> out;
  const std::string clean = normalise_text(key);
  if (clean.empty()) return out;
  const bool code = all_digits(clean);
  const auto& index = code ? by_code : by_name;
  const std::string k = code ? clean.substr(0, 6) : u32_to_utf8(zh_key(clean));
  if (const auto it = index.find(k); it != index.end())
    for (std::size_t i : it->second)
      if (units[i].code.starts_with("15") == inner_mongolia) out.push_back(&units[i]);
  return out;
}

} // namespace

std::vector<const ForeignUnit*> NameMatcher::foreign(std::string_view key) const {
  return units_named(foreign_, foreign_by_code_, foreign_by_name_, key, false);
}

std::vector<const ForeignUnit*> NameMatcher::inner_mongolia_units(std::string_view key) const {
  return units_named(foreign_, foreign_by_code_, foreign_by_name_, key, true);
}

std::string NameMatcher::foreign_province_of_code(std::string_view code) const {
  if (code.size() < 2) return {};
  const auto it = foreign_by_code_.find(std::string(code.substr(0, 2)) + "0000");
  return it == foreign_by_code_.end() ? std::string() : foreign_[it->second.front()].name;
}

std::vector<std::pair<int, int>> NameMatcher::old_code_years(std::string_view key) const {
  std::vector<std::pair<int, int>> out;
  std::string digits = normalise_text(key);
  if (digits.size() == 12 && digits.ends_with("000000")) digits.resize(6);
  if (by_code_.count(digits)) return out; // a present code
  if (const auto it = alias_by_code_.find(digits); it != alias_by_code_.end())
    for (std::size_t i : it->second) out.emplace_back(aliases_[i].from, aliases_[i].to);
  return out;
}

namespace {

// The regions named by history/romanization entries, and how they matched.
NameMatch via_aliases(const std::vector<NameAlias>& aliases, const std::vector<std::size_t>& entries,
                      const std::unordered_map<std::string, std::vector<std::size_t>>& by_code,
                      MatchKind kind) {
  NameMatch m;
  std::vector<std::size_t> regions;
  bool split = false;
  for (std::size_t e : entries) {
    const NameAlias& a = aliases[e];
    m.via.push_back(&a);
    if (a.codes.size() > 1) split = true;
    for (const std::string& code : a.codes)
      if (const auto it = by_code.find(code); it != by_code.end())
        regions.insert(regions.end(), it->second.begin(), it->second.end());
  }
  if (regions.empty()) return {};
  std::vector<const NameAlias*> via = std::move(m.via);
  m = decided(kind, std::move(regions));
  m.via = std::move(via);
  if (split) m.status = NameMatch::Status::Ambiguous; // an abolished unit split in several: not guessed
  const NameAlias& first = *m.via.front();
  const std::string years = years_text(first.from, first.to);
  switch (kind) {
  case MatchKind::OldCode:
    m.how = "old code " + first.key + " (" + first.old_name + (years.empty() ? "" : ", " + years) + "): " + first.change;
    break;
  case MatchKind::History: m.how = "former name (" + first.change + ")"; break;
  default: m.how = "romanization (" + first.change + ")"; break;
  }
  return m;
}

} // namespace

NameMatch NameMatcher::match(std::string_view key, std::optional<int> year) const {
  const std::string clean = normalise_text(key);
  if (clean.empty()) return {};
  const bool cleaned = clean != key;

  // 1. Codes: 6 digits, or a 12-digit statistical code of a county-level unit.
  std::string digits;
  for (char c : clean) {
    if (c != ' ') digits.push_back(c);
  }
  if (all_digits(digits)) {
    if (digits.size() == 12 && digits.ends_with("000000")) digits.resize(6);
    const auto it = by_code_.find(digits);
    if (it != by_code_.end()) return decided(MatchKind::Code, it->second);
    if (const auto old = alias_by_code_.find(digits); old != alias_by_code_.end()) {
      std::vector<std::size_t> entries;
      for (std::size_t e : old->second) {
        const NameAlias& a = aliases_[e];
        if (!year || (a.from <= *year && (a.to == 0 || *year < a.to))) entries.push_back(e);
      }
      if (entries.empty()) entries = old->second; // not in that year's list: every meaning, as candidates
      return via_aliases(aliases_, entries, by_code_, MatchKind::OldCode);
    }
    return {}; // a number that is no known code is not a name either
  }

  // 2./3. Official names, as written, with standard characters, or after traditional -> simplified.
  const std::u32string zh = zh_key(clean);
  const std::string zh_utf8 = u32_to_utf8(zh);
  if (const auto it = by_name_.find(zh_utf8); it != by_name_.end()) {
    std::u32string unsimplified;
    for (char32_t c : utf8_to_u32(clean)) {
      if (c != U' ') unsimplified.push_back(ascii_lower(c));
    }
    NameMatch m = decided(unsimplified == zh ? MatchKind::Name : MatchKind::Traditional, it->second);
    if (cleaned && m.kind == MatchKind::Name) m.how = "exact (after removing spaces or full-width characters)";
    return m;
  }
  const std::optional<std::string> standard = standard_characters(clean);
  if (standard) {
    if (const auto it = by_name_.find(u32_to_utf8(zh_key(*standard))); it != by_name_.end()) {
      NameMatch m = decided(MatchKind::Variant, it->second);
      m.how = "variant character (" + clean + " read as " + *standard + ")";
      return m;
    }
  }
  const std::u32string zh_std = standard ? zh_key(*standard) : zh;

  // 4. Former names from the name history (伊克昭盟, 集宁市, 郊区).
  if (const auto it = alias_by_name_.find(u32_to_utf8(zh_std)); it != alias_by_name_.end()) {
    NameMatch m = via_aliases(aliases_, it->second, by_code_, MatchKind::History);
    if (!m.candidates.empty()) return m;
  }

  // 5. Short forms: any stem of the key equal to any stem of a region.
  std::vector<std::size_t> found;
  for (const auto& stem : zh_stems(zh_std)) {
    if (const auto it = by_short_form_.find(stem); it != by_short_form_.end()) {
      found.insert(found.end(), it->second.begin(), it->second.end());
    }
  }
  if (!found.empty()) return decided(MatchKind::ShortForm, std::move(found));
  for (const auto& stem : zh_stems(zh_std)) {
    if (const auto it = alias_by_stem_.find(stem); it != alias_by_stem_.end()) {
      NameMatch m = via_aliases(aliases_, it->second, by_code_, MatchKind::History);
      if (!m.candidates.empty()) return m;
    }
  }

  // 6. English names, 7. listed romanizations.
  const std::string en = en_stem(clean);
  if (const auto it = by_english_.find(en); !en.empty() && it != by_english_.end()) {
    NameMatch m = decided(MatchKind::English, it->second);
    if (en != en_stem_plain(clean)) m.how = "English name (spelling variant)";
    return m;
  }
  if (const auto it = alias_by_english_.find(en); !en.empty() && it != alias_by_english_.end()) {
    return via_aliases(aliases_, it->second, by_code_, MatchKind::Romanization);
  }
  return {};
}

} // namespace steppe
