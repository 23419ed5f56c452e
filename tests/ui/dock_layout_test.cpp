#include <catch2/catch.hpp>

#include "ui/dock_layout.hpp"

using namespace steppe::ui;

TEST_CASE("docks leave the map the rectangle between them", "[ui][dock]") {
  const DockLayout d = layout_docks({1440, 900, 1, true, true, 30});
  CHECK(d.left.x == 0);
  CHECK(d.left.w == Approx(330));
  CHECK(d.right.w == Approx(390));
  CHECK(d.right.x == Approx(1440 - 390));
  CHECK(d.map.x == Approx(330));
  CHECK(d.map.w == Approx(1440 - 330 - 390));
  CHECK(d.map.y == 0);
  CHECK(d.bottom.y == Approx(d.map.h));
  CHECK(d.map.h + d.bottom.h == Approx(900));
  CHECK(d.bottom.h == Approx(0.32 * 900));
  // The comparison spans exactly the map's width, under it.
  CHECK(d.bottom.x == Approx(d.map.x));
  CHECK(d.bottom.w == Approx(d.map.w));
}

TEST_CASE("a collapsed comparison gives its height back to the map", "[ui][dock]") {
  const DockLayout open = layout_docks({1440, 900, 1, true, true, 30});
  const DockLayout shut = layout_docks({1440, 900, 1, true, false, 30});
  CHECK(shut.bottom.h == Approx(30));
  CHECK(shut.map.h == Approx(870));
  CHECK(shut.map.h > open.map.h);
}

TEST_CASE("Tab: no docks, the map fills the window", "[ui][dock]") {
  const DockLayout d = layout_docks({1920, 1080, 2, false, true, 30});
  CHECK(d.left.empty());
  CHECK(d.right.empty());
  CHECK(d.bottom.empty());
  CHECK(d.map.x == 0);
  CHECK(d.map.y == 0);
  CHECK(d.map.w == 1920);
  CHECK(d.map.h == 1080);
}

TEST_CASE("docks scale with HiDPI but never squeeze the map below its share", "[ui][dock]") {
  const DockLayout hidpi = layout_docks({3840, 2160, 2, true, true, 60});
  CHECK(hidpi.left.w == Approx(660));
  CHECK(hidpi.right.w == Approx(780));
  const DockLayout narrow = layout_docks({800, 600, 2, true, true, 60});
  CHECK(narrow.map.w >= Approx(kMinMapShare * 800));
  CHECK(narrow.left.w + narrow.map.w + narrow.right.w == Approx(800));
  CHECK(narrow.map.h >= Approx(kMinMapShare * 600));
}
