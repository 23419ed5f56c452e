// Joins of tables as users bring them: mixed levels with subtotals, whole-country
// tables, old codes and names, romanizations and variant characters.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "core/name_matcher.hpp"
#include "core/table_join.hpp"

using namespace steppe;
using Catch::Matchers::Contains;

namespace {

NameMatcher small_atlas() {
  NameMatcher m({
      {"150000", "内蒙古自治区", "Inner Mongolia", Level::Region, ""},
      {"150100", "呼和浩特市", "Hohhot", Level::League, "150000"},
      {"150102", "新城区", "Xincheng District", Level::Banner, "150100"},
      {"150103", "回民区", "Huimin District", Level::Banner, "150100"},
      {"150105", "赛罕区", "Saihan District", Level::Banner, "150100"},
      {"150200", "包头市", "Baotou", Level::League, "150000"},
      {"150203", "昆都仑区", "Kundulun District", Level::Banner, "150200"},
      {"150204", "青山区", "Qingshan District", Level::Banner, "150200"},
      {"150206", "白云鄂博矿区", "Bayan Obo Mining District", Level::Banner, "150200"},
      {"150207", "九原区", "Jiuyuan District", Level::Banner, "150200"},
      {"150221", "土默特右旗", "Tumed Right Banner", Level::Banner, "150200"},
      {"150600", "鄂尔多斯市", "Ordos", Level::League, "150000"},
      {"150602", "东胜区", "Dongsheng District", Level::Banner, "150600"},
      {"150624", "鄂托克旗", "Otog Banner", Level::Banner, "150600"},
      {"150900", "乌兰察布市", "Ulanqab", Level::League, "150000"},
      {"150902", "集宁区", "Jining District", Level::Banner, "150900"},
      {"150926", "察哈尔右翼前旗", "Qahar Right Front Banner", Level::Banner, "150900"},
      {"150981", "丰镇市", "Fengzhen", Level::Banner, "150900"},
      {"152200", "兴安盟", "Hinggan League", Level::League, "150000"},
      {"152500", "锡林郭勒盟", "Xilingol League", Level::League, "150000"},
      {"152501", "二连浩特市", "Erenhot", Level::Banner, "152500"},
      {"152525", "东乌珠穆沁旗", "East Ujimqin Banner", Level::Banner, "152500"},
  });
  auto old = [](NameAlias::Kind k, std::string key, std::string name, int from, int to,
                std::vector<std::string> codes, std::string change) {
    return NameAlias{k, std::move(key), std::move(name), from, to, std::move(codes), std::move(change), "test"};
  };
  using K = NameAlias::Kind;
  m.add_aliases({
      old(K::OldName, "伊克昭盟", "伊克昭盟", 1982, 2001, {"150600"}, "2001: 伊克昭盟 became 鄂尔多斯市"),
      old(K::OldCode, "152700", "伊克昭盟", 1982, 2001, {"150600"}, "2001: 伊克昭盟 became 鄂尔多斯市"),
      old(K::OldName, "集宁市", "集宁市", 1982, 2003, {"150902"}, "2003: 集宁市 became 集宁区"),
      old(K::OldCode, "152601", "集宁市", 1982, 2003, {"150902"}, "2003: 集宁市 became 集宁区"),
      old(K::OldCode, "152601", "二连浩特市", 1980, 1982, {"152501"}, "1982 recode"),
      old(K::OldCode, "152725", "鄂托克旗", 1982, 2001, {"150624"}, "2001 recode"),
      old(K::OldCode, "152701", "东胜市", 1983, 2001, {"150602"}, "2001: 东胜市 became 东胜区"),
      old(K::OldName, "郊区", "郊区", 1980, 2000, {"150105"}, "2000: 呼和浩特市郊区 renamed 赛罕区"),
      old(K::OldName, "郊区", "郊区", 1980, 1999, {"150207"}, "1999: 包头市郊区 renamed 九原区"),
      old(K::OldName, "乌拉特中后联合旗", "乌拉特中后联合旗", 1980, 1981, {"150221", "150926"}, "1981: split"),
      old(K::Romanization, "Ih Ju", "Ih Ju", 0, 0, {"150600"}, "former league 伊克昭盟"),
      old(K::Romanization, "Hondlon", "Hondlon", 0, 0, {"150203"}, "Mongolian-based form of 昆都仑"),
  });
  m.add_foreign_units({
      {"110000", "北京市", "province", "", "北京市"},
      {"110105", "朝阳区", "county", "", "北京市"},
      {"610000", "陕西省", "province", "", "陕西省"},
      {"610102", "新城区", "county", "西安市", "陕西省"},
      {"420107", "青山区", "county", "武汉市", "湖北省"},
      {"440111", "白云区", "county", "广州市", "广东省"},
      {"520113", "白云区", "county", "贵阳市", "贵州省"},
      {"450325", "兴安县", "county", "桂林市", "广西壮族自治区"},
      {"610104", "莲湖区", "county", "西安市", "陕西省"},
      {"610100", "西安市", "prefecture", "西安市", "陕西省"},
  });
  return m;
}

const NameMatcher& matcher() {
  static const NameMatcher m = small_atlas();
  return m;
}

std::string code_of(const JoinReport& r, std::size_t row) {
  for (const RowOutcome& o : r.outcomes)
    if (o.row_number == row)
      return std::string(to_string(o.status)) + (o.region ? " " + matcher().regions()[*o.region].code : "");
  return "no row";
}

std::string how_of(const JoinReport& r, std::size_t row) {
  for (const RowOutcome& o : r.outcomes)
    if (o.row_number == row) return o.how + " | " + o.note;
  return "no row";
}

} // namespace

TEST_CASE("mixed levels: the level with most rows is drawn, the others listed", "[table_join][real]") {
  const std::vector<TableRow> rows{
      {2, "内蒙古自治区", "1000", "", ""}, {3, "呼和浩特市", "300", "", ""}, {4, "新城区", "100", "", ""},
      {5, "回民区", "90", "", ""},        {6, "赛罕区", "80", "", ""},     {7, "包头市", "400", "", ""},
      {8, "昆都仑区", "200", "", ""},     {9, "合计", "1000", "", ""}};
  const JoinReport r = join_table(rows, matcher());
  REQUIRE(r.level == Level::Banner);
  CHECK(r.matched.size() == 4);
  CHECK(r.other_level.size() == 3);
  CHECK(code_of(r, 2) == "other-level 150000");
  CHECK(code_of(r, 3) == "other-level 150100");
  CHECK(code_of(r, 4) == "matched 150102");
  CHECK(r.level_summary() == "1 region, 2 leagues, 4 banners");
  // Subtotals become stated totals: 呼和浩特市 300 against its banners 270.
  bool hohhot = false;
  for (const StatedTotal& t : r.stated_totals) {
    if (matcher().regions()[t.region].code != "150100") continue;
    hohhot = true;
    CHECK(t.stated == 300);
    CHECK(t.parts_sum == 270);
    CHECK(t.parts == 3);
  }
  CHECK(hohhot);
  // A 合计 row over banners of two leagues totals the region.
  CHECK(code_of(r, 9) == "other-level 150000");
  CHECK_THAT(r.text(matcher()), Contains("Other level, not drawn (3)") && Contains("Stated totals"));

  JoinOptions leagues;
  leagues.level = Level::League;
  const JoinReport l = join_table(rows, matcher(), "value", leagues);
  CHECK(l.matched.size() == 2);
  CHECK(code_of(l, 4) == "other-level 150102");
}

TEST_CASE("whole-country tables: other provinces set aside, shared names reported", "[table_join][real]") {
  const std::vector<TableRow> rows{{2, "朝阳区", "1", "", ""},  {3, "新城区", "2", "", ""},  {4, "青山区", "3", "", ""},
                                   {5, "白云区", "4", "", ""},  {6, "兴安县", "5", "", ""},  {7, "回民区", "6", "", ""},
                                   {8, "610104", "7", "", ""}, {9, "昆都仑区", "8", "", ""}};
  const JoinReport r = join_table(rows, matcher());
  CHECK(r.whole_country);
  CHECK(code_of(r, 2) == "other-province");
  CHECK(code_of(r, 3) == "ambiguous");
  CHECK(code_of(r, 4) == "ambiguous");
  CHECK(code_of(r, 5) == "other-province"); // not 白云鄂博矿区 by short form
  CHECK(code_of(r, 6) == "other-province"); // not 兴安盟 by its stem
  CHECK(code_of(r, 7) == "matched 150103");
  CHECK(code_of(r, 8) == "other-province");
  CHECK(code_of(r, 9) == "matched 150203");
  for (const auto& a : r.ambiguous_keys) {
    INFO(a.key);
    CHECK(a.candidates.size() == 1);
    CHECK(a.elsewhere.size() == 1);
  }
  CHECK_THAT(r.text(matcher()), Contains("新城区 (610102, 西安市, 陕西省)"));

  // With a province column the same names are decided.
  const std::vector<TableRow> with_province{{2, "新城区", "2", "陕西省", "西安市"},
                                            {3, "新城区", "3", "内蒙古自治区", "呼和浩特市"},
                                            {4, "青山区", "4", "湖北省", ""},
                                            {5, "青山区", "5", "内蒙古", ""},
                                            {6, "白云区", "6", "广东省", ""},
                                            {7, "回民区", "7", "", "呼和浩特市"},
                                            {8, "莲湖区", "8", "", "西安市"}};
  const JoinReport p = join_table(with_province, matcher());
  CHECK(code_of(p, 2) == "other-province");
  CHECK(code_of(p, 3) == "matched 150102");
  CHECK(code_of(p, 4) == "other-province");
  CHECK(code_of(p, 5) == "matched 150204");
  CHECK(code_of(p, 6) == "other-province");
  CHECK(code_of(p, 7) == "matched 150103");
  CHECK(code_of(p, 8) == "other-province");
  CHECK(p.duplicates.empty());
}

TEST_CASE("a table of Inner Mongolia alone keeps names shared with other provinces", "[table_join][real]") {
  const std::vector<TableRow> rows{{2, "新城区", "1", "", ""}, {3, "青山区", "2", "", ""}, {4, "回民区", "3", "", ""}};
  const JoinReport r = join_table(rows, matcher());
  CHECK_FALSE(r.whole_country);
  CHECK(code_of(r, 2) == "matched 150102");
  CHECK_THAT(how_of(r, 2), Contains("also the name of 新城区 (610102, 西安市, 陕西省)"));
}

TEST_CASE("old codes are read as of the year that fits the table", "[table_join][real]") {
  // 152601 was 二连浩特市 in 1980-1982 and 集宁市 in 1982-2003; 152725 and 152701 fix the table
  // in the 1980s/1990s lists.
  const std::vector<TableRow> rows{{2, "152601", "1", "", ""}, {3, "152725", "2", "", ""}, {4, "152701", "3", "", ""}};
  const JoinReport r = join_table(rows, matcher());
  REQUIRE(r.code_year.has_value());
  CHECK(*r.code_year >= 1983);
  CHECK(*r.code_year < 2001);
  CHECK(code_of(r, 2) == "matched 150902");
  CHECK(code_of(r, 3) == "matched 150624");
  CHECK(code_of(r, 4) == "matched 150602");
  CHECK_THAT(how_of(r, 2), Contains("old code 152601 (集宁市") && Contains("集宁区"));

  // Alone, without a year that decides it, 152601 keeps both meanings as candidates.
  const NameMatch any = matcher().match("152601");
  CHECK(any.status == NameMatch::Status::Ambiguous);
  CHECK(matcher().match("152601", 1981).matched());
  CHECK(matcher().regions()[matcher().match("152601", 1981).region()].code == "152501");
}

TEST_CASE("former names, romanizations and variants say how they matched", "[table_join][real]") {
  auto code = [](std::string_view key) {
    const NameMatch m = matcher().match(key);
    return m.matched() ? matcher().regions()[m.region()].code : std::string(m.status == NameMatch::Status::Ambiguous ? "ambiguous" : "none");
  };
  CHECK(code("伊克昭盟") == "150600");
  CHECK(matcher().match("伊克昭盟").kind == MatchKind::History);
  CHECK_THAT(matcher().match("伊克昭盟").how, Contains("former name") && Contains("2001"));
  CHECK(code("集宁市") == "150902"); // a former name, not a loose short form
  CHECK(matcher().match("集宁市").kind == MatchKind::History);
  CHECK(code("郊区") == "ambiguous"); // 赛罕区 or 九原区
  CHECK(code("乌拉特中后联合旗") == "ambiguous"); // split: never guessed
  CHECK(code("Ih Ju") == "150600");
  CHECK(matcher().match("Ih Ju").kind == MatchKind::Romanization);
  CHECK(code("Hondlon") == "150203");
  CHECK(code("Tumd Right") == "150221");
  CHECK(code("Tumote Youqi") == "150221");
  CHECK(code("Chahar Right Front") == "150926");
  CHECK(code("East Ujumqin") == "152525");
  CHECK_THAT(matcher().match("Tumd Right").how, Contains("spelling variant"));
  CHECK(code("丰镇\u5DFF") == "150981");
  CHECK(matcher().match("丰镇\u5DFF").kind == MatchKind::Variant);
  CHECK_THAT(matcher().match("丰镇\u5DFF").how, Contains("variant character"));
  CHECK(code(" 回民区\u00A0") == "150103");
  CHECK_THAT(matcher().match(" 回民区\u00A0").how, Contains("after removing spaces"));
  CHECK(code("１５０１０２") == "150102");
  CHECK(code("新城区") == "150102");
  CHECK(matcher().match("新城区").how == "exact");
}

TEST_CASE("is_inner_mongolia and is_total_key", "[table_join][real]") {
  CHECK(is_inner_mongolia("内蒙古自治区"));
  CHECK(is_inner_mongolia(" 内蒙古 "));
  CHECK(is_inner_mongolia("Inner Mongolia"));
  CHECK_FALSE(is_inner_mongolia("陕西省"));
  CHECK_FALSE(is_inner_mongolia("Shaanxi"));
  CHECK(is_total_key("合计"));
  CHECK(is_total_key("合 计"));
  CHECK(is_total_key("Total"));
  CHECK_FALSE(is_total_key("合计数"));
}

TEST_CASE("a map without banners: banner names are Inner Mongolia's, not another province's", "[table_join][real]") {
  NameMatcher leagues({{"150000", "内蒙古自治区", "Inner Mongolia", Level::Region, ""},
                       {"150100", "呼和浩特市", "Hohhot", Level::League, "150000"}});
  leagues.add_foreign_units({{"150102", "新城区", "county", "呼和浩特市", "内蒙古自治区"},
                             {"610102", "新城区", "county", "西安市", "陕西省"},
                             {"110105", "朝阳区", "county", "", "北京市"}});
  const std::vector<TableRow> rows{{2, "呼和浩特市", "1", "", ""}, {3, "新城区", "2", "", ""}, {4, "朝阳区", "3", "", ""}};
  const JoinReport r = join_table(rows, leagues);
  CHECK(r.outcomes[1].status == RowStatus::Unmatched);
  CHECK_THAT(r.outcomes[1].note, Contains("Inner Mongolia unit (150102)"));
  CHECK(r.outcomes[2].status == RowStatus::OtherProvince);
}
