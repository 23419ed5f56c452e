#include <catch2/catch.hpp>

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
