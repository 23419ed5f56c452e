#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "core/chinese_variants.hpp"
#include "core/number_format.hpp"

using namespace steppe;

TEST_CASE("values keep the source precision and unit", "[number_format]") {
  CHECK(format_number(1035.54, 2) == "1035.54"); // four digits stay ungrouped
  CHECK(format_number(2633.98, 2, "万吨") == "2633.98 万吨");
  CHECK(format_number(12345.6, 1, "亿元") == "12,345.6 亿元");
  CHECK(format_number(1234567.0, 0) == "1,234,567");
  CHECK(format_number(-98765.432, 3, "万P") == "-98,765.432 万P");
  CHECK(format_number(3.12, 2, "%") == "3.12%");
  CHECK(format_number(0.5, 0) == "1");     // half up (四舍五入), not half to even
  CHECK(format_number(2.675, 2) == "2.68"); // as printed, though stored as 2.67499...
  CHECK(format_number(1e20, 0) == "100,000,000,000,000,000,000");
  CHECK(format_number(-0.001, 2) == "0.00"); // rounds to zero: no "-0.00"
  CHECK(format_number(999.999, 2) == "1000.00");
  CHECK(format_number(99999.999, 2) == "100,000.00");
}

TEST_CASE("grouping can be forced or switched off", "[number_format]") {
  NumberStyle always;
  always.decimals = 2;
  always.min_grouping_digits = 4;
  CHECK(format_number(1035.54, always) == "1,035.54");
  CHECK(format_number(103.54, always) == "103.54");
  NumberStyle never;
  never.decimals = 0;
  never.grouping = false;
  CHECK(format_number(1234567, never) == "1234567");
}

TEST_CASE("missing values are never shown as zero", "[number_format]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(format_number(nan, 2, "万吨") == "—");
  CHECK(format_percent_change(nan) == "—");
}

TEST_CASE("growth rates carry a sign", "[number_format]") {
  CHECK(format_percent_change(3.12) == "+3.12%");
  CHECK(format_percent_change(-0.5) == "-0.50%");
  CHECK(format_percent_change(0.0) == "0.00%");
  CHECK(format_percent_change(12.345, 1) == "+12.3%");
}

TEST_CASE("legend range labels", "[number_format]") {
  NumberStyle style;
  style.decimals = 2;
  style.unit = "万吨";
  CHECK(format_range(1035.54, 1590.92, style) == "1035.54 – 1590.92 万吨");
  style.unit = "%";
  style.decimals = 1;
  CHECK(format_range(-2.5, 10, style) == "-2.5 – 10.0%");
  style.unit = "亿元";
  style.decimals = 0;
  CHECK(format_range(10000, 250000, style) == "10,000 – 250,000 亿元");
}

TEST_CASE("English unit labels only when asked", "[number_format]") {
  NumberStyle style;
  style.decimals = 2;
  style.unit = "万吨";
  CHECK(format_number(2633.98, style) == "2633.98 万吨");
  style.english_unit = true;
  CHECK(format_number(2633.98, style) == "2633.98 10k t");
  CHECK(english_unit("亿元") == "100M yuan");
  CHECK(english_unit("億元") == "100M yuan"); // traditional spelling in a source
  CHECK(english_unit("万亩") == "10k mu");
  CHECK(english_unit("%") == "%");
  CHECK(english_unit("个标准") == "个标准"); // unknown units stay as written
}

TEST_CASE("decimals from the text and from the data", "[number_format]") {
  CHECK(decimals_in_text("1035.54") == 2);
  CHECK(decimals_in_text("2,633") == 0);
  CHECK(decimals_in_text("3.120%") == 3);
  CHECK(decimals_in_text("增长 8.5 个百分点") == 1);
  CHECK(decimals_in_text("无") == -1);
  CHECK(decimals_in_text("") == -1);

  const std::vector<double> a{1035.54, 12.5, 7};
  CHECK(decimals_for(a) == 2);
  const std::vector<double> b{3, 40, std::nan("")};
  CHECK(decimals_for(b) == 0);
  const std::vector<double> c{0.1 + 0.2}; // 0.30000000000000004 is 0.3 to the eye
  CHECK(decimals_for(c) == 1);
  const std::vector<double> d{1.0 / 3.0};
  CHECK(decimals_for(d, 4) == 4); // capped
}
