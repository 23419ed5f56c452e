#include <catch2/catch.hpp>

#include <cmath>

#include "ui/number_format.hpp"
#include "ui/selection_state.hpp"

using namespace steppe::ui;

TEST_CASE("selection: hover and select are independent and report changes", "[ui][selection]") {
  SelectionState s;
  CHECK(s.set_hovered("150102"));
  CHECK_FALSE(s.set_hovered("150102"));
  CHECK(s.selected().empty());
  CHECK(s.click("150102"));
  CHECK(s.selected() == "150102");
  CHECK(s.hovered() == "150102");
  CHECK(s.set_hovered(""));
  CHECK(s.selected() == "150102"); // the highlight stays after the pointer leaves
  CHECK(s.click("150102"));        // clicking it again toggles it off
  CHECK(s.selected().empty());
  CHECK_FALSE(s.clear());
  CHECK(s.select("150600"));
  CHECK_FALSE(s.select("150600")); // selecting from the list never toggles
  CHECK(s.click(""));
  CHECK(s.selected().empty());
}

TEST_CASE("numbers are grouped in thousands", "[ui][format]") {
  CHECK(format_thousands(0) == "0");
  CHECK(format_thousands(999) == "999");
  CHECK(format_thousands(1000) == "1,000");
  CHECK(format_thousands(172552.4) == "172,552");
  CHECK(format_thousands(1234567.891, 2) == "1,234,567.89");
  CHECK(format_thousands(-1234.5, 1) == "-1,234.5");
  CHECK(format_thousands(-0.2) == "0");
  CHECK(format_thousands(999999.6) == "1,000,000");
  CHECK(format_thousands(std::nan("")) == "\u2014");
  CHECK(format_area_km2(118451.2) == "118,451 km\u00b2");
  CHECK(format_area_km2(63.24) == "63.2 km\u00b2");
}
