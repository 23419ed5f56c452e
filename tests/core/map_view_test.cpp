#include <catch2/catch.hpp>

#include "core/map_view.hpp"

using namespace steppe;

TEST_CASE("view labels parse and print the four languages", "[map_view]") {
  for (ViewLabels l : {ViewLabels::Zh, ViewLabels::En, ViewLabels::Both, ViewLabels::None}) {
    CHECK(parse_view_labels(to_string(l)) == l);
  }
  CHECK_FALSE(parse_view_labels("ZH"));
  CHECK_FALSE(parse_view_labels("chinese"));
}

TEST_CASE("view slugs take the ASCII words of the title, else the indicator", "[map_view]") {
  MapView v;
  v.title = "通辽市原煤产量 / Tongliao coal output by banner";
  CHECK(view_slug(v) == "tongliao-coal-output-by-banner");
  v.title = "通辽市原煤产量";
  v.indicator = "tongliao_raw_coal_output_2025_01_07";
  CHECK(view_slug(v) == "tongliao-raw-coal-output-2025-01-07");
  v.indicator.clear();
  CHECK(view_slug(v) == "view");
  v.title = "A very long title that goes on and on about every banner of every league in the region";
  CHECK(view_slug(v).size() <= 48);
  CHECK(view_slug(v).back() != '-');
}

TEST_CASE("numbered slugs sort in deck order", "[map_view]") {
  MapView v;
  v.title = "Overview";
  CHECK(numbered_slug(v, 0, 4) == "01-overview");
  CHECK(numbered_slug(v, 9, 12) == "10-overview");
  CHECK(numbered_slug(v, 4, 120) == "005-overview");
}

TEST_CASE("same_view compares every field", "[map_view]") {
  MapView a;
  a.title = "x";
  a.extent.lonlat = Bounds{119.0, 42.0, 123.0, 45.0};
  MapView b = a;
  CHECK(same_view(a, b));
  b.extent.lonlat->max_y = 45.5;
  CHECK_FALSE(same_view(a, b));
  b = a;
  b.classification.manual_breaks = {1.0};
  CHECK_FALSE(same_view(a, b));
  b = a;
  b.labels = ViewLabels::En;
  CHECK_FALSE(same_view(a, b));
  b = a;
  b.selection = {"150581"};
  CHECK_FALSE(same_view(a, b));
}

TEST_CASE("a view takes the deck's labels unless it sets its own", "[map_view]") {
  Deck d;
  d.labels = ViewLabels::En;
  MapView v;
  CHECK(d.labels_of(v) == ViewLabels::En);
  v.labels = ViewLabels::None;
  CHECK(d.labels_of(v) == ViewLabels::None);
}
