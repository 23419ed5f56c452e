#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "core/table_join.hpp"

using namespace steppe;

namespace {

// Baotou's districts and banners plus two leagues: enough for every kind of outcome.
NameMatcher baotou() {
  return NameMatcher({
      {"150202", "东河区", "Donghe"},          // 0
      {"150203", "昆都仑区", "Kundulun"},      // 1
      {"150204", "青山区", "Qingshan"},        // 2
      {"150205", "石拐区", "Shiguai"},         // 3
      {"150206", "白云鄂博矿区", "Bayan Obo"}, // 4
      {"150207", "九原区", "Jiuyuan"},         // 5
      {"150221", "土默特右旗", "Tumed Right"}, // 6
      {"150222", "固阳县", "Guyang"},          // 7
      {"150223", "达尔罕茂明安联合旗", "Darhan Muminggan"}, // 8
      {"150526", "扎鲁特旗", "Jarud"},         // 9
      {"152223", "扎赉特旗", "Jalaid"},        // 10
  });
}

std::size_t row_of(const std::vector<JoinedRow>& rows, std::size_t region) {
  for (const auto& r : rows) {
    if (r.region == region) return r.row_number;
  }
  return 0;
}

} // namespace

TEST_CASE("parse_value reads numbers as statistics write them", "[table_join]") {
  using K = ParsedValue::Kind;
  auto num = [](std::string_view s) {
    const auto v = parse_value(s);
    REQUIRE(v.kind == ParsedValue::Kind::Number);
    return v.number;
  };
  CHECK(num("1035.54") == Approx(1035.54));
  CHECK(num("1,035.54") == Approx(1035.54));
  CHECK(num("12,345,678") == Approx(12345678));
  CHECK(num("１，０３５．５４") == Approx(1035.54)); // full-width digits and punctuation
  CHECK(num(" -3.5 ") == Approx(-3.5));
  CHECK(num("\xE2\x88\x92" "2") == Approx(-2));     // U+2212 minus sign
  CHECK(num("+3.12%") == Approx(3.12));
  CHECK(num("0") == 0.0);
  CHECK(num("1.5e3") == Approx(1500));
  for (const char* missing : {"", "-", "—", "——", "NA", "n/a", "无", "…", "  "}) {
    INFO(missing);
    CHECK(parse_value(missing).kind == K::Missing);
  }
  for (const char* bad : {"约300", "1.2.3", "12,34", "1234,567", "abc", "3 5", ".5", "1,", "1e"}) {
    INFO(bad);
    CHECK(parse_value(bad).kind == K::Invalid);
  }
}

TEST_CASE("join report covers every outcome", "[table_join]") {
  const NameMatcher m = baotou();
  const std::vector<TableRow> rows{
      {2, "东河区", "1,035.54"},
      {3, "昆都仑", "2633.98"},   // suffix dropped
      {4, "青山区", "—"},          // missing, not zero
      {5, "达茂旗", "约300"},      // text in a numeric column
      {6, "北京市", "10"},         // no such region
      {7, "扎旗", "5"},            // ambiguous
      {8, "九原区", "12"},
      {9, "九原", "13"},           // second row for 九原区
      {10, "Guyang County", "７．５"},
      {11, "150221", ""},
  };
  const JoinReport r = join_table(rows, m, "产量");

  CHECK(r.table_rows == 10);
  REQUIRE(r.matched.size() == 6); // 东河 昆都仑 青山 达茂 固阳 土右
  CHECK(row_of(r.matched, 1) == 3);
  CHECK(r.matched[1].how == MatchKind::ShortForm);

  REQUIRE(r.unknown_keys.size() == 1);
  CHECK(r.unknown_keys[0].row_number == 6);
  CHECK(r.unknown_keys[0].key == "北京市");

  REQUIRE(r.ambiguous_keys.size() == 1);
  CHECK(r.ambiguous_keys[0].row_number == 7);
  CHECK(r.ambiguous_keys[0].candidates == std::vector<std::size_t>{9, 10});

  REQUIRE(r.duplicates.size() == 1);
  CHECK(r.duplicates[0].region == 5);
  CHECK(r.duplicates[0].row_numbers == std::vector<std::size_t>{8, 9});
  CHECK(row_of(r.matched, 5) == 0); // neither row wins

  REQUIRE(r.non_numeric.size() == 1);
  CHECK(r.non_numeric[0].row_number == 5);
  CHECK(r.non_numeric[0].text == "约300");

  REQUIRE(r.missing_values.size() == 2);
  CHECK(r.missing_values[0].row_number == 4);
  CHECK(r.missing_values[1].row_number == 11);

  // Regions nobody named: 石拐区, 白云鄂博矿区, 扎鲁特旗, 扎赉特旗 (the ambiguous key names none).
  CHECK(r.regions_without_row == std::vector<std::size_t>{3, 4, 9, 10});

  REQUIRE(r.region_values.size() == 11);
  CHECK(r.region_values[0] == Approx(1035.54));
  CHECK(r.region_values[1] == Approx(2633.98));
  CHECK(std::isnan(r.region_values[2])); // "—" is missing, never 0
  CHECK(std::isnan(r.region_values[5])); // duplicates
  CHECK(std::isnan(r.region_values[8])); // non-numeric
  CHECK(std::isnan(r.region_values[3])); // no row
  CHECK(r.region_values[7] == Approx(7.5));
  CHECK(std::isnan(r.region_values[6])); // empty cell
  CHECK_FALSE(r.clean());

  const std::string text = r.text(m);
  INFO(text);
  CHECK(text.find("Joined 6 of 10 table rows") != std::string::npos);
  CHECK(text.find("row 6: \"北京市\"") != std::string::npos);
  CHECK(text.find("\"扎旗\" could be 扎鲁特旗 (150526) or 扎赉特旗 (152223)") != std::string::npos);
  CHECK(text.find("九原区 (150207): row 8 (\"九原区\") and row 9 (\"九原\")") != std::string::npos);
  CHECK(text.find("row 5 (\"达茂旗\"): \"约300\"") != std::string::npos);
  CHECK(text.find("not as zero") != std::string::npos);
  CHECK(text.find("石拐区 (150205)") != std::string::npos);
  CHECK(text.find("row 3: \"昆都仑\" -> 昆都仑区 (150203) [short form]") != std::string::npos);
}

TEST_CASE("a clean join", "[table_join]") {
  const NameMatcher m({{"1", "甲市", ""}, {"2", "乙市", ""}});
  const std::vector<TableRow> rows{{2, "甲市", "1"}, {3, "乙市", "2"}};
  const JoinReport r = join_table(rows, m);
  CHECK(r.clean());
  CHECK(r.regions_without_row.empty());
  CHECK(r.region_values == std::vector<double>{1, 2});
  CHECK(r.text(m).find("Joined 2 of 2 table rows to regions (2 with a number") != std::string::npos);
}
