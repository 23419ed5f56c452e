#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/chinese_variants.hpp"
#include "core/name_matcher.hpp"

using namespace steppe;

namespace {

// All 116 regions (autonomous region, 12 leagues/cities, 103 banners/counties/districts).
const std::vector<RegionName>& inner_mongolia() {
  static const std::vector<RegionName> regions{
    {"150000", "内蒙古自治区", "Inner Mongolia"},
    {"150100", "呼和浩特市", "Hohhot"},
    {"150200", "包头市", "Baotou"},
    {"150300", "乌海市", "Wuhai"},
    {"150400", "赤峰市", "Chifeng"},
    {"150500", "通辽市", "Tongliao"},
    {"150600", "鄂尔多斯市", "Ordos"},
    {"150700", "呼伦贝尔市", "Hulunbuir"},
    {"150800", "巴彦淖尔市", "Bayannur"},
    {"150900", "乌兰察布市", "Ulanqab"},
    {"152200", "兴安盟", "Hinggan League"},
    {"152500", "锡林郭勒盟", "Xilingol League"},
    {"152900", "阿拉善盟", "Alxa League"},
    {"150102", "新城区", "Xincheng"},
    {"150103", "回民区", ""},
    {"150104", "玉泉区", ""},
    {"150105", "赛罕区", ""},
    {"150121", "土默特左旗", ""},
    {"150122", "托克托县", ""},
    {"150123", "和林格尔县", ""},
    {"150124", "清水河县", ""},
    {"150125", "武川县", ""},
    {"150202", "东河区", ""},
    {"150203", "昆都仑区", ""},
    {"150204", "青山区", "Qingshan"},
    {"150205", "石拐区", ""},
    {"150206", "白云鄂博矿区", ""},
    {"150207", "九原区", ""},
    {"150221", "土默特右旗", ""},
    {"150222", "固阳县", ""},
    {"150223", "达尔罕茂明安联合旗", ""},
    {"150302", "海勃湾区", ""},
    {"150303", "海南区", ""},
    {"150304", "乌达区", ""},
    {"150402", "红山区", ""},
    {"150403", "元宝山区", ""},
    {"150404", "松山区", ""},
    {"150421", "阿鲁科尔沁旗", ""},
    {"150422", "巴林左旗", ""},
    {"150423", "巴林右旗", ""},
    {"150424", "林西县", ""},
    {"150425", "克什克腾旗", ""},
    {"150426", "翁牛特旗", ""},
    {"150428", "喀喇沁旗", ""},
    {"150429", "宁城县", ""},
    {"150430", "敖汉旗", ""},
    {"150502", "科尔沁区", ""},
    {"150521", "科尔沁左翼中旗", "Horqin Left Middle"},
    {"150522", "科尔沁左翼后旗", ""},
    {"150523", "开鲁县", ""},
    {"150524", "库伦旗", ""},
    {"150525", "奈曼旗", ""},
    {"150526", "扎鲁特旗", ""},
    {"150581", "霍林郭勒市", "Holingol"},
    {"150602", "东胜区", ""},
    {"150603", "康巴什区", ""},
    {"150621", "达拉特旗", ""},
    {"150622", "准格尔旗", "Jungar"},
    {"150623", "鄂托克前旗", ""},
    {"150624", "鄂托克旗", ""},
    {"150625", "杭锦旗", ""},
    {"150626", "乌审旗", ""},
    {"150627", "伊金霍洛旗", ""},
    {"150702", "海拉尔区", ""},
    {"150703", "扎赉诺尔区", ""},
    {"150721", "阿荣旗", ""},
    {"150722", "莫力达瓦达斡尔族自治旗", ""},
    {"150723", "鄂伦春自治旗", ""},
    {"150724", "鄂温克族自治旗", "Ewenki"},
    {"150725", "陈巴尔虎旗", ""},
    {"150726", "新巴尔虎左旗", ""},
    {"150727", "新巴尔虎右旗", ""},
    {"150781", "满洲里市", ""},
    {"150782", "牙克石市", ""},
    {"150783", "扎兰屯市", ""},
    {"150784", "额尔古纳市", ""},
    {"150785", "根河市", ""},
    {"150802", "临河区", ""},
    {"150821", "五原县", ""},
    {"150822", "磴口县", ""},
    {"150823", "乌拉特前旗", ""},
    {"150824", "乌拉特中旗", ""},
    {"150825", "乌拉特后旗", ""},
    {"150826", "杭锦后旗", ""},
    {"150902", "集宁区", ""},
    {"150921", "卓资县", ""},
    {"150922", "化德县", ""},
    {"150923", "商都县", ""},
    {"150924", "兴和县", ""},
    {"150925", "凉城县", ""},
    {"150926", "察哈尔右翼前旗", ""},
    {"150927", "察哈尔右翼中旗", ""},
    {"150928", "察哈尔右翼后旗", ""},
    {"150929", "四子王旗", ""},
    {"150981", "丰镇市", ""},
    {"152201", "乌兰浩特市", ""},
    {"152202", "阿尔山市", ""},
    {"152221", "科尔沁右翼前旗", ""},
    {"152222", "科尔沁右翼中旗", ""},
    {"152223", "扎赉特旗", ""},
    {"152224", "突泉县", ""},
    {"152501", "二连浩特市", ""},
    {"152502", "锡林浩特市", "Xilinhot"},
    {"152522", "阿巴嘎旗", ""},
    {"152523", "苏尼特左旗", ""},
    {"152524", "苏尼特右旗", ""},
    {"152525", "东乌珠穆沁旗", ""},
    {"152526", "西乌珠穆沁旗", ""},
    {"152527", "太仆寺旗", ""},
    {"152528", "镶黄旗", ""},
    {"152529", "正镶白旗", ""},
    {"152530", "正蓝旗", ""},
    {"152531", "多伦县", ""},
    {"152921", "阿拉善左旗", ""},
    {"152922", "阿拉善右旗", ""},
    {"152923", "额济纳旗", ""}};
  return regions;
}

const NameMatcher& matcher() {
  static const NameMatcher m(inner_mongolia());
  return m;
}

// The code of the region `key` matches, or a description of why it did not.
std::string code_of(std::string_view key) {
  const NameMatch m = matcher().match(key);
  if (m.status == NameMatch::Status::NotFound) return "not found";
  if (m.status == NameMatch::Status::Ambiguous) return "ambiguous";
  return matcher().regions()[m.region()].code;
}

MatchKind kind_of(std::string_view key) { return matcher().match(key).kind; }

} // namespace

TEST_CASE("codes match exactly", "[name_matcher]") {
  CHECK(code_of("150581") == "150581");
  CHECK(kind_of("150581") == MatchKind::Code);
  CHECK(code_of("150581000000") == "150581"); // 12-digit statistical code
  CHECK(code_of("１５０５８１") == "150581");  // full-width digits
  CHECK(code_of(" 150102 ") == "150102");
  CHECK(code_of("159999") == "not found");
  CHECK(code_of("1505") == "not found");
}

TEST_CASE("official names after clean-up", "[name_matcher]") {
  CHECK(code_of("霍林郭勒市") == "150581");
  CHECK(kind_of("霍林郭勒市") == MatchKind::Name);
  CHECK(code_of("\xEF\xBB\xBF包头市") == "150200");  // UTF-8 BOM at the start of a file
  CHECK(code_of("  包 头 市\t") == "150200");          // stray spaces
  CHECK(code_of("包头市\xE3\x80\x80") == "150200");    // ideographic space
  CHECK(kind_of("包 头 市") == MatchKind::Name);
  CHECK(code_of("内蒙古自治区") == "150000");
}

TEST_CASE("traditional characters", "[name_matcher]") {
  CHECK(code_of("錫林郭勒盟") == "152500");
  CHECK(kind_of("錫林郭勒盟") == MatchKind::Traditional);
  CHECK(code_of("呼倫貝爾市") == "150700");
  CHECK(code_of("通遼市") == "150500");
  CHECK(code_of("烏蘭察布市") == "150900");
  CHECK(code_of("鄂爾多斯市") == "150600");
  CHECK(code_of("集寧區") == "150902");
  CHECK(code_of("東烏珠穆沁旗") == "152525");
  CHECK(code_of("圖") == "not found");
  CHECK(code_of("呼倫貝爾") == "150700"); // traditional and without suffix
  CHECK(kind_of("呼倫貝爾") == MatchKind::ShortForm);
}

TEST_CASE("suffixes dropped or swapped", "[name_matcher]") {
  CHECK(code_of("包头") == "150200");
  CHECK(kind_of("包头") == MatchKind::ShortForm);
  CHECK(code_of("锡林郭勒") == "152500");
  CHECK(code_of("兴安") == "152200");
  CHECK(code_of("新城") == "150102");
  CHECK(code_of("东河") == "150202");
  CHECK(code_of("集宁市") == "150902");     // the name before 2003: a city, now a district
  CHECK(code_of("丰镇县") == "150981");     // the name before 1990
  CHECK(code_of("鄂温克旗") == "150724");   // 鄂温克族自治旗
  CHECK(code_of("鄂温克族") == "150724");
  CHECK(code_of("鄂伦春旗") == "150723");   // 鄂伦春自治旗
  CHECK(code_of("鄂伦春") == "150723");
  CHECK(code_of("白云鄂博") == "150206");   // 白云鄂博矿区
  CHECK(code_of("鄂托克") == "150624");     // not 鄂托克前旗
  CHECK(code_of("鄂托克前") == "150623");
  CHECK(code_of("杭锦") == "150625");       // not 杭锦后旗
}

TEST_CASE("customary short forms of banners", "[name_matcher]") {
  CHECK(code_of("达茂旗") == "150223");
  CHECK(code_of("科左中旗") == "150521");
  CHECK(code_of("科左后旗") == "150522");
  CHECK(code_of("科右前旗") == "152221");
  CHECK(code_of("科右中旗") == "152222");
  CHECK(code_of("察右前旗") == "150926");
  CHECK(code_of("察右后旗") == "150928");
  CHECK(code_of("莫旗") == "150722");
  CHECK(code_of("新右旗") == "150727");
  CHECK(code_of("新左旗") == "150726");
  CHECK(code_of("阿左旗") == "152921");
  CHECK(code_of("阿右旗") == "152922");
  CHECK(code_of("东乌旗") == "152525");
  CHECK(code_of("西乌旗") == "152526");
  CHECK(code_of("乌前旗") == "150823");
  CHECK(code_of("乌中旗") == "150824");
  CHECK(code_of("乌后旗") == "150825");
  CHECK(code_of("土左旗") == "150121");
  CHECK(code_of("托县") == "150122");
  CHECK(code_of("呼市") == "150100");
  CHECK(code_of("内蒙古") == "150000");
  CHECK(kind_of("达茂旗") == MatchKind::ShortForm);
  CHECK(customary_short_forms("达尔罕茂明安联合旗") == std::vector<std::string>{"达茂旗", "达茂", "达茂联合旗"});
  CHECK(customary_short_forms("赤峰市").empty());
}

TEST_CASE("ambiguous keys are reported, never guessed", "[name_matcher]") {
  // 扎旗 is used for both 扎鲁特旗 (Tongliao) and 扎赉特旗 (Hinggan).
  const NameMatch m = matcher().match("扎旗");
  CHECK(m.status == NameMatch::Status::Ambiguous);
  REQUIRE(m.candidates.size() == 2);
  CHECK(matcher().regions()[m.candidates[0]].code == "150526");
  CHECK(matcher().regions()[m.candidates[1]].code == "152223");

  // A name shared by two regions of the list.
  const NameMatcher twins({{"1", "新城区", ""}, {"2", "新城区", ""}, {"3", "青山县", ""}, {"4", "青山区", ""}});
  CHECK(twins.match("新城区").status == NameMatch::Status::Ambiguous);
  CHECK(twins.match("新城区").kind == MatchKind::Name);
  CHECK(twins.match("青山").status == NameMatch::Status::Ambiguous);
  CHECK(twins.match("青山区").matched()); // the exact name decides
  CHECK(twins.match("青山区").region() == 3);
}

TEST_CASE("English names", "[name_matcher]") {
  CHECK(code_of("Baotou") == "150200");
  CHECK(kind_of("Baotou") == MatchKind::English);
  CHECK(code_of("baotou city") == "150200");
  CHECK(code_of("HINGGAN") == "152200");
  CHECK(code_of("Hinggan League") == "152200");
  CHECK(code_of("Xilingol") == "152500");
  CHECK(code_of("Xilin-Gol League") == "152500");
  CHECK(code_of("Ewenki Autonomous Banner") == "150724");
  CHECK(code_of("Holingol City") == "150581");
  CHECK(code_of("Horqin Left Middle Banner") == "150521");
  CHECK(code_of("Ｏｒｄｏｓ") == "150600"); // full-width letters
  CHECK(code_of("Inner Mongolia Autonomous Region") == "150000");
  CHECK(code_of("City") == "not found");
}

TEST_CASE("keys that match nothing", "[name_matcher]") {
  CHECK(code_of("") == "not found");
  CHECK(code_of("   ") == "not found");
  CHECK(code_of("北京市") == "not found");
  CHECK(code_of("海南省") == "not found"); // 海南区 exists, 省 is not a suffix we drop
  CHECK(code_of("莫") == "not found");     // one character is never a stem
  CHECK(code_of("Beijing") == "not found");
  CHECK(code_of("合计") == "not found");   // a totals row
}

TEST_CASE("normalise_text", "[name_matcher]") {
  CHECK(normalise_text("\xEF\xBB\xBF  a\t b  ") == "a b");
  CHECK(normalise_text("ＡＢＣ１２３") == "ABC123");
  CHECK(normalise_text("包头\xE2\x80\x8B市") == "包头市"); // zero-width space
}

TEST_CASE("traditional to simplified and pinyin initials", "[name_matcher]") {
  CHECK(to_simplified("錫林郭勒盟") == "锡林郭勒盟");
  CHECK(to_simplified("呼倫貝爾 Hulunbuir") == "呼伦贝尔 Hulunbuir");
  CHECK(to_simplified("億元") == "亿元");
  CHECK(pinyin_initials("霍林郭勒") == "hlgl");
  CHECK(pinyin_initials("鄂尔多斯市") == "eedss");
  CHECK(pinyin_initials("呼倫貝爾") == "hlbe");
  CHECK(pinyin_initials("科尔沁左翼中旗") == "keqzyzq");
  CHECK(pinyin_initials("A区") == "aq");
  // Every character of every region name has an initial.
  for (const auto& r : inner_mongolia()) {
    INFO(r.name_zh);
    CHECK(pinyin_initials(r.name_zh).size() == utf8_to_u32(r.name_zh).size());
  }
  // Malformed UTF-8 never passes silently as a name.
  CHECK(utf8_to_u32("\xB0\xFC") == std::u32string(2, U'\xFFFD')); // 包 in GBK
  CHECK(utf8_to_u32("\xC0\xAF") == std::u32string(2, U'\xFFFD'));           // overlong '/'
  CHECK(code_of("\xB0\xFC\xCD\xB7\xCA\xD0") == "not found");
}
