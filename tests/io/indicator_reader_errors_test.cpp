// Malformed indicator files: every message names the file, the line and the
// field, and says what to do.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "io/indicator_reader.hpp"

using namespace steppe;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

const std::string kToml = R"(id = "coal"
title_zh = "原煤产量"
title_en = "Raw coal output"
unit = "万吨"
unit_en = "10,000 t"
level = "banner"
period = "2025-01/2025-07"
period_zh = "1-7月"

[source]
file = "000_58d60768b51bfc0c.txt"
title = "通辽市规模以上工业原煤产量连续六个月正增长"
date = "2025-08-26"

[classification]
method = "quantile"
classes = 5
palette = "YlOrBr"
)";

const std::string kHeader = "code,name,value,unit,period,source_file,quote\n";
const std::string kRow1 = "150526,扎鲁特旗,1035.54,万吨,2025-01/2025-07,000_58d60768b51bfc0c.txt,扎鲁特旗原煤产量1035.54万吨\n";
const std::string kRow2 = "150581,霍林河,1590.92,万吨,2025-01/2025-07,000_58d60768b51bfc0c.txt,霍林河原煤产量1590.92万吨\n";

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// Writes <case>/coal.toml + coal.csv and returns the TOML path.
fs::path make_case(const std::string& name, const std::string& toml, const std::string& csv) {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "indicator_errors" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  write(dir / "coal.toml", toml);
  write(dir / "coal.csv", csv);
  return dir / "coal.toml";
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("a well-formed indicator reads back exactly", "[indicator][reader]") {
  const auto ind = read_indicator(make_case("good", kToml, kHeader + kRow1 + kRow2));
  CHECK(ind.meta.id == "coal");
  CHECK(ind.meta.level == IndicatorLevel::Banner);
  CHECK(ind.meta.kind == IndicatorKind::Actual);
  REQUIRE(ind.values.size() == 2);
  CHECK(ind.values[0].code == "150526");
  CHECK(*ind.values[0].value == 1035.54);
  CHECK(ind.values[0].value_text == "1035.54");
  CHECK(ind.values[1].line == 3);
  CHECK(ind.values[1].quote == "霍林河原煤产量1590.92万吨");
}

TEST_CASE("CSV value errors name the line and the field", "[indicator][reader]") {
  SECTION("bad number") {
    const auto p = make_case("bad_number", kToml, kHeader + kRow1 + replace(kRow2, ",1590.92,", ",1590.9x,"));
    CHECK_THROWS_WITH(read_indicator(p), Contains("coal.csv line 3") && Contains("field 'value'") &&
                                             Contains("\"1590.9x\" is not a number"));
  }
  SECTION("thousands separator") {
    const auto row = "150581,霍林河,\"1,590.92\",万吨,2025-01/2025-07,f.txt,\"霍林河原煤产量1,590.92万吨\"\n";
    CHECK_THROWS_WITH(read_indicator(make_case("thousands", kToml, kHeader + kRow1 + row)),
                      Contains("coal.csv line 3") && Contains("field 'value'") &&
                          Contains("no thousands separators"));
  }
  SECTION("missing column") {
    const auto header = "code,name,value,unit,period,quote\n";
    CHECK_THROWS_WITH(read_indicator(make_case("missing_col", kToml, header)),
                      Contains("coal.csv line 1") && Contains("missing column 'source_file'"));
  }
  SECTION("unknown column") {
    CHECK_THROWS_WITH(read_indicator(make_case("unknown_col", kToml, "code,name,valeu\n")),
                      Contains("line 1") && Contains("unknown column 'valeu'"));
  }
  SECTION("quote longer than 80 characters") {
    std::string long_quote = "扎鲁特旗原煤产量1035.54万吨";
    while (long_quote.size() < 300) long_quote += "，同比增长";
    const auto row = "150526,扎鲁特旗,1035.54,万吨,2025-01/2025-07,f.txt," + long_quote + "\n";
    CHECK_THROWS_WITH(read_indicator(make_case("long_quote", kToml, kHeader + row)),
                      Contains("coal.csv line 2") && Contains("field 'quote'") && Contains("at most 80"));
  }
  SECTION("number not in its quote") {
    const auto row = "150526,扎鲁特旗,1035.45,万吨,2025-01/2025-07,f.txt,扎鲁特旗原煤产量1035.54万吨\n";
    CHECK_THROWS_WITH(read_indicator(make_case("not_in_quote2", kToml, kHeader + row)),
                      Contains("line 2") && Contains("field 'value'") && Contains("does not occur in the quote"));
  }
  SECTION("empty value is not zero") {
    const auto row = "150526,扎鲁特旗,,万吨,2025-01/2025-07,f.txt,扎鲁特旗原煤产量\n";
    CHECK_THROWS_WITH(read_indicator(make_case("empty_value", kToml, kHeader + row)),
                      Contains("line 2") && Contains("field 'value'") && Contains("never 0"));
  }
  SECTION("wrong unit, wrong period, wrong code level, duplicate code") {
    CHECK_THROWS_WITH(read_indicator(make_case("unit", kToml, kHeader + replace(kRow1, ",万吨,", ",吨,"))),
                      Contains("line 2") && Contains("field 'unit'"));
    CHECK_THROWS_WITH(read_indicator(make_case("period", kToml, kHeader + replace(kRow1, "2025-01/2025-07", "2025"))),
                      Contains("line 2") && Contains("field 'period'"));
    CHECK_THROWS_WITH(read_indicator(make_case("code", kToml, kHeader + replace(kRow1, "150526", "150500"))),
                      Contains("line 2") && Contains("field 'code'") && Contains("must not end in 00"));
    CHECK_THROWS_WITH(read_indicator(make_case("code2", kToml, kHeader + replace(kRow1, "150526", "110101"))),
                      Contains("line 2") && Contains("field 'code'"));
    CHECK_THROWS_WITH(read_indicator(make_case("dup", kToml, kHeader + kRow1 + kRow1)),
                      Contains("line 3") && Contains("appears twice"));
  }
  SECTION("wrong field count") {
    CHECK_THROWS_WITH(read_indicator(make_case("fields", kToml, kHeader + "150526,扎鲁特旗,1\n")),
                      Contains("line 2") && Contains("fields but the header has"));
  }
  SECTION("no rows") {
    CHECK_THROWS_WITH(read_indicator(make_case("no_rows", kToml, kHeader)), Contains("no value rows"));
  }
}

TEST_CASE("TOML metadata errors name the line and the field", "[indicator][reader]") {
  const std::string csv = kHeader + kRow1;
  CHECK_THROWS_WITH(read_indicator(make_case("level", replace(kToml, "\"banner\"", "\"county\""), csv)),
                    Contains("coal.toml line 6") && Contains("field 'level'") && Contains("unknown level"));
  CHECK_THROWS_WITH(read_indicator(make_case("no_unit", replace(kToml, "unit = \"万吨\"\n", ""), csv)),
                    Contains("coal.toml") && Contains("field 'unit'") && Contains("missing"));
  CHECK_THROWS_WITH(read_indicator(make_case("period_form", replace(kToml, "\"2025-01/2025-07\"", "\"2025年1-7月\""), csv)),
                    Contains("line 7") && Contains("field 'period'"));
  CHECK_THROWS_WITH(read_indicator(make_case("id", replace(kToml, "id = \"coal\"", "id = \"coal2\""), csv)),
                    Contains("line 1") && Contains("field 'id'") && Contains("file name"));
  CHECK_THROWS_WITH(read_indicator(make_case("classes", replace(kToml, "classes = 5", "classes = \"5\""), csv)),
                    Contains("field 'classification.classes'") && Contains("without quotes"));
  CHECK_THROWS_WITH(read_indicator(make_case("syntax", replace(kToml, "level = \"banner\"", "level = banner"), csv)),
                    Contains("coal.toml line 6") && Contains("not valid TOML"));
  CHECK_THROWS_WITH(read_indicator(make_case("kind2", replace(kToml, "period_zh", "kind = \"plan\"\nperiod_zh"), csv)),
                    Contains("field 'kind'") && Contains("unknown kind"));
}

TEST_CASE("a row may carry its own kind: 预计 and achieved figures in one indicator", "[indicator][reader]") {
  const std::string header = "code,name,value,unit,period,source_file,quote,kind\n";
  const auto add_kind = [](std::string row, const std::string& kind) { return row.insert(row.size() - 1, "," + kind); };
  const auto ind = read_indicator(make_case("row_kind", kToml, header + add_kind(kRow1, "estimate") + add_kind(kRow2, "")));
  REQUIRE(ind.values.size() == 2);
  CHECK(ind.meta.kind == IndicatorKind::Actual);
  CHECK(ind.values[0].kind == IndicatorKind::Estimate);
  CHECK(ind.values[1].kind == IndicatorKind::Actual); // empty: the indicator's kind

  // Without the column every row has the indicator's kind.
  const auto plain = read_indicator(make_case("row_kind_none", replace(kToml, "period_zh", "kind = \"target\"\nperiod_zh"),
                                              kHeader + kRow1));
  CHECK(plain.values[0].kind == IndicatorKind::Target);

  CHECK_THROWS_WITH(read_indicator(make_case("row_kind_bad", kToml, header + add_kind(kRow1, "expected"))),
                    Contains("coal.csv line 2") && Contains("field 'kind'") && Contains("actual, estimate"));
  CHECK_THROWS_WITH(read_indicator(make_case("row_kind_inventory", kToml, header + add_kind(kRow1, "inventory"))),
                    Contains("line 2") && Contains("field 'kind'"));
  const std::string toml = replace(replace(replace(kToml, "\"banner\"", "\"point\""), "unit = \"万吨\"", "unit = \"\""),
                                   "period_zh", "kind = \"inventory\"\nperiod_zh");
  const std::string point = "code,name,value,unit,period,source_file,quote,lon,lat,approximate,point_name,kind\n"
                            "150207,九原区,,,2025-01/2025-07,f.txt,食品园区,109.5841,40.6123,true,食品园区,estimate\n";
  CHECK_THROWS_WITH(read_indicator(make_case("row_kind_points", toml, point)),
                    Contains("line 2") && Contains("field 'kind'") && Contains("inventory indicator"));
}

TEST_CASE("a value may be written in Chinese numerals, as the document writes it", "[indicator][reader]") {
  CHECK(parse_chinese_numeral("百") == 100);
  CHECK(parse_chinese_numeral("三百五十") == 350);
  CHECK(parse_chinese_numeral("十二") == 12);
  CHECK(parse_chinese_numeral("两千") == 2000);
  CHECK_FALSE(parse_chinese_numeral(""));
  CHECK_FALSE(parse_chinese_numeral("百千")); // units must fall
  CHECK_FALSE(parse_chinese_numeral("三三"));
  CHECK_FALSE(parse_chinese_numeral("百亿")); // 亿 belongs to the unit
  CHECK_FALSE(parse_chinese_numeral("1百"));

  const std::string toml = replace(kToml, "unit = \"万吨\"", "unit = \"亿元\"");
  const std::string row = "150523,开鲁县,百,亿元,2025-01/2025-07,000_58d60768b51bfc0c.txt,工业增加值突破百亿元大关\n";
  const auto ind = read_indicator(make_case("words", toml, kHeader + row));
  REQUIRE(ind.values.size() == 1);
  CHECK(*ind.values[0].value == 100);
  CHECK(ind.values[0].value_text == "百");
  CHECK_THROWS_WITH(read_indicator(make_case("words_bad", toml, kHeader + replace(row, ",百,", ",百亿,"))),
                    Contains("line 2") && Contains("field 'value'") && Contains("not a number"));
}

TEST_CASE("point layers need a location and a name; inventories may omit values", "[indicator][reader]") {
  const std::string toml = replace(replace(replace(kToml, "\"banner\"", "\"point\""), "unit = \"万吨\"", "unit = \"\""),
                                   "period_zh", "kind = \"inventory\"\nperiod_zh");
  const std::string header = "code,name,value,unit,period,source_file,quote,lon,lat,approximate,point_name,category\n";
  const std::string ok = "150207,九原区,,,2025-01/2025-07,f.txt,食品园区营业收入突破2亿元,109.5841,40.6123,true,食品园区,park\n";
  const auto ind = read_indicator(make_case("point_ok", toml, header + ok));
  REQUIRE(ind.values.size() == 1);
  CHECK_FALSE(ind.values[0].value.has_value());
  CHECK(ind.values[0].approximate);
  CHECK(ind.values[0].lonlat->x == 109.5841);
  CHECK(ind.values[0].point_name == "食品园区");
  CHECK(ind.coded_value_count() == 0);

  CHECK_THROWS_WITH(read_indicator(make_case("point_nolon", toml, "code,name,value,unit,period,source_file,quote\n")),
                    Contains("missing column 'lon'"));
  CHECK_THROWS_WITH(read_indicator(make_case("point_far", toml, header + replace(ok, "109.5841,40.6123", "40.6123,109.5841"))),
                    Contains("line 2") && Contains("field 'lon'") && Contains("outside Inner Mongolia"));
  CHECK_THROWS_WITH(read_indicator(make_case("point_approx", toml, header + replace(ok, ",true,", ",yes,"))),
                    Contains("line 2") && Contains("field 'approximate'"));
  CHECK_THROWS_WITH(read_indicator(make_case("point_name", toml, header + replace(ok, ",食品园区,park", ",,park"))),
                    Contains("line 2") && Contains("field 'point_name'"));
  CHECK_THROWS_WITH(read_indicator(make_case("point_unit", toml, header + replace(ok, "九原区,,,", "九原区,2,,"))),
                    Contains("line 2") && Contains("field 'unit'"));
}

TEST_CASE("a folder: CSV without TOML, derived counts that disagree", "[indicator][reader]") {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "indicator_errors" / "folder";
  fs::remove_all(dir);
  fs::create_directories(dir);
  write(dir / "orphan.csv", kHeader);
  CHECK_THROWS_WITH(load_indicator_dir(dir), Contains("orphan.csv") && Contains("without its metadata"));
  fs::remove(dir / "orphan.csv");

  const std::string points_toml = replace(replace(replace(replace(kToml, "id = \"coal\"", "id = \"parks\""), "\"banner\"",
                                                          "\"point\""), "unit = \"万吨\"", "unit = \"\""),
                                          "period_zh", "kind = \"inventory\"\nperiod_zh");
  write(dir / "parks.toml", points_toml);
  write(dir / "parks.csv",
        "code,name,value,unit,period,source_file,quote,lon,lat,approximate,point_name\n"
        "150207,九原区,,,2025-01/2025-07,f.txt,q,109.5,40.6,true,食品园区\n"
        "150207,九原区,,,2025-01/2025-07,f.txt,q,109.5,40.6,true,食品园区\n"
        "150207,九原区,,,2025-01/2025-07,f.txt,q,109.5,40.6,true,包头新材料产业园区\n");
  const std::string count_toml = replace(replace(replace(kToml, "id = \"coal\"", "id = \"count\""), "unit = \"万吨\"",
                                                 "unit = \"个\""), "period_zh", "kind = \"derived\"\nperiod_zh") +
                                 "\n[derived]\nfrom = \"parks\"\nmethod = \"count_per_code\"\n";
  write(dir / "count.toml", count_toml);
  write(dir / "count.csv", kHeader + "150207,九原区,2,个,2025-01/2025-07,,\n");
  const auto all = load_indicator_dir(dir);
  REQUIRE(all.size() == 2);
  CHECK(all[0].meta.id == "count"); // sorted by id
  CHECK(*all[0].values[0].value == 2); // distinct names, not rows

  write(dir / "count.csv", kHeader + "150207,九原区,3,个,2025-01/2025-07,,\n");
  CHECK_THROWS_WITH(load_indicator_dir(dir),
                    Contains("count.csv line 2") && Contains("field 'value'") && Contains("regenerate"));
}
