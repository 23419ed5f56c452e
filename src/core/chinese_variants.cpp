#include "core/chinese_variants.hpp"

#include <array>
#include <utility>

namespace steppe {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Traditional form -> simplified form, for the characters of the region names
// of Inner Mongolia and of common statistical units.
constexpr std::u32string_view kTraditional =
    U"東豐臨烏雲侖倫蘭興內準涼區縣後寧寶審爾庫開漢濟灣滿礦紅納聯勝蘇榮藍諾貝資賚賽遼達連"
    U"錫錦鎮鑲陽陳額魯黃頭彥溫騰圖僕萬億噸畝戶個輛時點門鄉齊車長";
constexpr std::u32string_view kSimplified =
    U"东丰临乌云仑伦兰兴内准凉区县后宁宝审尔库开汉济湾满矿红纳联胜苏荣蓝诺贝资赉赛辽达连"
    U"锡锦镇镶阳陈额鲁黄头彦温腾图仆万亿吨亩户个辆时点门乡齐车长";

// Pinyin initial -> the simplified characters with that initial (every
// character of the 115 region names; the polyphones there, e.g. 都 dū in
// 昆都仑, 什 shí in 克什克腾, 喇 lǎ in 喀喇沁, all keep one initial).
constexpr std::array<std::pair<char, std::u32string_view>, 22> kInitials{{
    {'a', U"阿安敖"},
    {'b', U"巴白包宝贝博布勃"},
    {'c', U"陈城春川察赤车长查"},
    {'d', U"东达德多都磴点"},
    {'e', U"二尔鄂额"},
    {'f', U"丰峰"},
    {'g', U"古固根格郭嘎拐个"},
    {'h', U"合呼和哈海河浩杭汉罕红后化回霍虎黄户"},
    {'j', U"九济金锦集"},
    {'k', U"克库康开昆科矿口喀"},
    {'l', U"临仑伦兰凉力勒拉林洛联辽连里鲁蓝赉喇辆"},
    {'m', U"明曼民满盟穆茂莫蒙默门木亩"},
    {'n', U"内南奈宁尼淖牛纳诺"},
    {'p', U"仆"},
    {'q', U"前区旗沁泉清青齐"},
    {'r', U"荣"},
    {'s', U"什商善四寺审山市斯松水石苏赛胜时"},
    {'t', U"土太头屯托特突腾通图吨"},
    {'w', U"乌五武温湾王瓦翁斡万"},
    {'x', U"兴县新西锡镶乡"},
    {'y', U"云伊元原右彦玉牙翼阳亿"},
    {'z', U"中准卓子左扎族正治洲珠自资镇"},
}};

// Length of the UTF-8 sequence starting with `lead`, or 0 when it cannot start one.
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Decodes one code point at text[i]; advances i. Returns kReplacement and
// advances one byte on malformed input; `ok` says which happened.
char32_t decode_one(std::string_view text, std::size_t& i, bool& ok) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const int len = sequence_length(lead);
  ok = false;
  if (len == 0 || i + static_cast<std::size_t>(len) > text.size()) {
    ++i;
    return kReplacement;
  }
  if (len == 1) {
    ++i;
    ok = true;
    return lead;
  }
  char32_t cp = lead & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    const auto byte = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
    if ((byte & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (byte & 0x3Fu);
  }
  const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  const bool invalid = (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF;
  if (overlong || invalid) {
    ++i;
    return kReplacement;
  }
  i += static_cast<std::size_t>(len);
  ok = true;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

} // namespace

std::u32string utf8_to_u32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t i = 0;
  bool ok = false;
  while (i < text.size()) out.push_back(decode_one(text, i, ok));
  return out;
}

std::string u32_to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

char32_t to_simplified(char32_t c) {
  const auto pos = kTraditional.find(c);
  return pos == std::u32string_view::npos ? c : kSimplified[pos];
}

std::string to_simplified(std::string_view text) {
  std::u32string cps = utf8_to_u32(text);
  for (char32_t& c : cps) c = to_simplified(c);
  return u32_to_utf8(cps);
}

std::string pinyin_initials(std::string_view name_zh) {
  std::string out;
  for (char32_t c : utf8_to_u32(name_zh)) {
    if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (c >= U'A' && c <= U'Z') {
      out.push_back(static_cast<char>(c - U'A' + U'a'));
      continue;
    }
    const char32_t s = to_simplified(c);
    for (const auto& [initial, chars] : kInitials) {
      if (chars.find(s) != std::u32string_view::npos) {
        out.push_back(initial);
        break;
      }
    }
  }
  return out;
}

} // namespace steppe
