#include <catch2/catch.hpp>

#include "core/indicator.hpp"

using namespace steppe;

TEST_CASE("indicator periods: the machine forms and nothing else", "[indicator]") {
  for (const char* ok : {"2024", "2024-07", "2024-H1", "2024-H2", "2024-Q3", "2025-01/2025-07", "2025-03/2025-03"})
    CHECK(is_valid_period(ok));
  for (const char* bad : {"", "24", "2024-13", "2024-00", "2024-H3", "2024-Q5", "2025-07/2025-01",
                          "2025-1/2025-7", "2025年1-7月", "2024 ", "2025-01/2025-13"})
    CHECK_FALSE(is_valid_period(bad));
}

TEST_CASE("utf8_length counts code points, not bytes", "[indicator]") {
  CHECK(utf8_length("") == 0u);
  CHECK(utf8_length("abc") == 3u);
  CHECK(utf8_length("扎鲁特旗原煤产量1035.54万吨") == 17u); // 8 + 7 + 2
  CHECK(utf8_length("內(nèi)蒙古") == 8u); // 內 ( n è i ) 蒙 古
  CHECK_FALSE(utf8_length("\xE6\x89").has_value());  // truncated sequence
  CHECK_FALSE(utf8_length("\xFF").has_value());      // never valid
}

TEST_CASE("levels and kinds round-trip through their names", "[indicator]") {
  for (auto l : {IndicatorLevel::Region, IndicatorLevel::League, IndicatorLevel::Banner, IndicatorLevel::Point})
    CHECK(parse_indicator_level(to_string(l)) == l);
  for (auto k : {IndicatorKind::Actual, IndicatorKind::Estimate, IndicatorKind::Target, IndicatorKind::Inventory,
                 IndicatorKind::Derived})
    CHECK(parse_indicator_kind(to_string(k)) == k);
  CHECK_FALSE(parse_indicator_level("Banner").has_value());
  CHECK_FALSE(parse_indicator_level("county").has_value());
  CHECK_FALSE(parse_indicator_kind("plan").has_value());
}

TEST_CASE("share_of_total, find and coded_value_count ignore missing values", "[indicator]") {
  Indicator ind;
  IndicatorValue a;
  a.code = "150526";
  a.value = 1035.54;
  IndicatorValue b;
  b.code = "150581";
  b.value = 1590.92;
  IndicatorValue listed_only; // an inventory row without a figure
  listed_only.code = "150523";
  ind.values = {a, b, listed_only};
  CHECK_FALSE(share_of_total(ind).has_value());
  ind.meta.total = IndicatorTotal{"150500", "通辽市", 2633.98, "", "", ""};
  REQUIRE(share_of_total(ind).has_value());
  CHECK(*share_of_total(ind) == Approx(0.99715).epsilon(1e-4));
  CHECK(ind.coded_value_count() == 2);
  CHECK(ind.find("150526") != nullptr);
  CHECK(ind.find("150523") == nullptr);
  ind.meta.total->value = 0;
  CHECK_FALSE(share_of_total(ind).has_value());
}
