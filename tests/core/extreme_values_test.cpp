#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "core/classification.hpp"
#include "core/number_format.hpp"
#include "core/text_clean.hpp"

using namespace steppe;

TEST_CASE("equal-interval and stddev keep their classes for values near ±DBL_MAX", "[classification][limits]") {
  const std::vector<double> values = {-1e308, -5e307, 0.0, 5e307, 1e308};
  for (ClassMethod m : {ClassMethod::EqualInterval, ClassMethod::StdDev}) {
    INFO(to_string(m));
    const Classification c = classify(values, m, 4);
    REQUIRE(c.class_count() >= 2);
    for (double b : c.breaks) CHECK(std::isfinite(b));
    CHECK(std::isfinite(c.mean));
    CHECK(std::isfinite(c.stddev));
    CHECK(c.breaks.front() == -1e308);
    CHECK(c.breaks.back() == 1e308);
  }
  const Classification eq = classify(values, ClassMethod::EqualInterval, 4);
  REQUIRE(eq.class_count() == 4);
  CHECK(eq.breaks[2] == Approx(0.0).margin(1e292));
}

TEST_CASE("huge numbers print short, not 300 digits", "[number_format][limits]") {
  CHECK(format_number(1e308, 2) == "1e+308");
  CHECK(format_number(-1.5e300, 0, "万吨") == "-1.5e+300 万吨");
  CHECK(format_number(123456.5, 1) == "123,456.5"); // ordinary values unchanged
}

TEST_CASE("text hygiene: invalid UTF-8 becomes U+FFFD, control characters go", "[text_clean]") {
  const CleanText a = clean_text("ab\x1b[31mc\x07\xff\xc3(d\x7f\xc2\x85z");
  CHECK(a.text == "ab[31mc\xEF\xBF\xBD\xEF\xBF\xBD(dz");
  CHECK(a.invalid_utf8);
  CHECK(a.had_controls);
  CHECK(clean_text("两行\r\n文字\tx").text == "两行  文字\tx");
  CHECK(clean_text("两行\r\n文字", true).text == "两行\n文字");
  const CleanText ok = clean_text("内蒙古 Inner Mongolia ✓");
  CHECK(!ok.changed());
  CHECK(code_point_count("内蒙古") == 3);
  CHECK(code_point_count("a\xff") == 2);
  // Overlong, surrogate and out-of-range encodings are invalid.
  CHECK(clean_text("\xc0\xaf").invalid_utf8);
  CHECK(clean_text("\xed\xa0\x80").invalid_utf8);
  CHECK(clean_text("\xf4\x90\x80\x80").invalid_utf8);
}
