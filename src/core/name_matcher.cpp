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
const std::array<std::pair<std::string_view, std::array<std::string_view, 3>>, 44> kShortForms{{
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
    {"阿鲁科尔沁旗", {"阿旗", "", ""}},
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
std::string en_stem(std::string_view text) {
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
  while (words.size() > 1 &&
         std::find(kEnSuffixWords.begin(), kEnSuffixWords.end(), words.back()) !=
             kEnSuffixWords.end()) {
    words.pop_back();
  }
  std::string out;
  for (const auto& w : words) out += w;
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void add(std::unordered_map<std::string, std::vector<std::size_t>>& index, const std::string& key,
         std::size_t region) {
  if (key.empty()) return;
  auto& list = index[key];
  if (std::find(list.begin(), list.end(), region) == list.end()) list.push_back(region);
}

NameMatch decided(MatchKind kind, std::vector<std::size_t> candidates) {
  NameMatch m;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  m.kind = kind;
  m.status = candidates.size() == 1 ? NameMatch::Status::Matched : NameMatch::Status::Ambiguous;
  m.candidates = std::move(candidates);
  return m;
}

} // namespace

std::string_view to_string(MatchKind kind) {
  switch (kind) {
  case MatchKind::Code: return "code";
  case MatchKind::Name: return "name";
  case MatchKind::Traditional: return "traditional characters";
  case MatchKind::ShortForm: return "short form";
  case MatchKind::English: return "English name";
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
    if (!level || r.level == *level) names.push_back({r.code, r.name_zh, r.name_en});
  }
  return NameMatcher(std::move(names));
}

NameMatch NameMatcher::match(std::string_view key) const {
  const std::string clean = normalise_text(key);
  if (clean.empty()) return {};

  // 1. Codes: 6 digits, or a 12-digit statistical code of a county-level unit.
  std::string digits;
  for (char c : clean) {
    if (c != ' ') digits.push_back(c);
  }
  if (all_digits(digits)) {
    if (digits.size() == 12 && digits.ends_with("000000")) digits.resize(6);
    const auto it = by_code_.find(digits);
    if (it != by_code_.end()) return decided(MatchKind::Code, it->second);
    return {}; // a number that is no known code is not a name either
  }

  // 2./3. Official names, as written or after traditional -> simplified.
  const std::u32string zh = zh_key(clean);
  const std::string zh_utf8 = u32_to_utf8(zh);
  if (const auto it = by_name_.find(zh_utf8); it != by_name_.end()) {
    std::u32string unsimplified;
    for (char32_t c : utf8_to_u32(clean)) {
      if (c != U' ') unsimplified.push_back(ascii_lower(c));
    }
    return decided(unsimplified == zh ? MatchKind::Name : MatchKind::Traditional, it->second);
  }

  // 4. Short forms: any stem of the key equal to any stem of a region.
  std::vector<std::size_t> found;
  for (const auto& stem : zh_stems(zh)) {
    if (const auto it = by_short_form_.find(stem); it != by_short_form_.end()) {
      found.insert(found.end(), it->second.begin(), it->second.end());
    }
  }
  if (!found.empty()) return decided(MatchKind::ShortForm, std::move(found));

  // 5. English names.
  const std::string en = en_stem(clean);
  if (const auto it = by_english_.find(en); !en.empty() && it != by_english_.end()) {
    return decided(MatchKind::English, it->second);
  }
  return {};
}

} // namespace steppe
