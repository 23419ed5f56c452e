#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "core/palette.hpp"

using namespace steppe;

namespace {
// Relative luminance proxy (Rec. 709 weights on gamma-encoded values); enough to order ramps.
double luma(Rgb c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; }
} // namespace

TEST_CASE("known ColorBrewer values", "[palette]") {
  const auto blues5 = make_palette("Blues", 5);
  REQUIRE(blues5.colours.size() == 5);
  CHECK(to_hex(blues5.colours[0]) == "#eff3ff");
  CHECK(to_hex(blues5.colours[4]) == "#08519c");
  CHECK(blues5.colours[2] == Rgb{0x6b, 0xae, 0xd6});
  CHECK(blues5.kind == PaletteKind::Sequential);

  const auto rdbu7 = make_palette("RdBu", 7);
  CHECK(to_hex(rdbu7.colours[0]) == "#b2182b");
  CHECK(to_hex(rdbu7.colours[3]) == "#f7f7f7"); // neutral centre
  CHECK(to_hex(rdbu7.colours[6]) == "#2166ac");
  CHECK(rdbu7.kind == PaletteKind::Diverging);

  CHECK(to_hex(make_palette("YlGnBu", 9).colours[8]) == "#081d58");
  CHECK(to_hex(make_palette("OrRd", 3).colours[1]) == "#fdbb84");
}

TEST_CASE("every scheme has 3..9 ordered colours", "[palette]") {
  for (const auto& name : palette_names()) {
    for (int n = 3; n <= 9; ++n) {
      const auto p = make_palette(name, n);
      INFO(name << " " << n);
      REQUIRE(p.colours.size() == static_cast<std::size_t>(n));
      if (p.kind == PaletteKind::Sequential) {
        for (std::size_t i = 1; i < p.colours.size(); ++i) {
          CHECK(luma(p.colours[i]) < luma(p.colours[i - 1])); // light -> dark
        }
      } else {
        // Diverging: both ends darker than the centre.
        const auto mid = p.colours[p.colours.size() / 2];
        CHECK(luma(p.colours.front()) < luma(mid));
        CHECK(luma(p.colours.back()) < luma(mid));
      }
      // The no-data grey must never be mistaken for a class.
      for (auto c : p.colours) CHECK_FALSE(c == no_data_colour());
    }
  }
}

TEST_CASE("lookup is case-insensitive; unknown names list the alternatives", "[palette]") {
  CHECK(make_palette("ylorbr", 4).name == "YlOrBr");
  CHECK(make_palette("BLUES", 4).name == "Blues");
  CHECK_THROWS_AS(make_palette("Viridis", 5), Error);
  CHECK_THROWS_WITH(make_palette("Viridis", 5),
                    Catch::Contains("Viridis") && Catch::Contains("Blues") &&
                        Catch::Contains("RdYlBu") && Catch::Contains("PuOr"));
  CHECK_THROWS_WITH(make_palette("Blues", 10), Catch::Contains("2 to 9"));
  CHECK_THROWS_WITH(make_palette("Blues", 1), Catch::Contains("2 to 9"));
}

TEST_CASE("reversal and two classes", "[palette]") {
  const auto fwd = make_palette("Greens", 6);
  const auto rev = make_palette("Greens", 6, true);
  REQUIRE(rev.colours.size() == 6);
  CHECK(rev.reversed);
  for (std::size_t i = 0; i < 6; ++i) CHECK(rev.colours[i] == fwd.colours[5 - i]);

  const auto two = make_palette("Reds", 2);
  REQUIRE(two.colours.size() == 2);
  CHECK(to_hex(two.colours[0]) == "#fee0d2");
  CHECK(to_hex(two.colours[1]) == "#de2d26");
}

TEST_CASE("ColorBrewer safety ratings", "[palette]") {
  for (const auto& name : palette_names()) {
    CHECK(make_palette(name, 5).colour_blind_safe()); // all schemes offered are CB-safe
  }
  CHECK(make_palette("Blues", 3).print_safe());
  CHECK(make_palette("Blues", 4).print == Suitability::Maybe);
  CHECK_FALSE(make_palette("Blues", 5).print_safe());
  CHECK(make_palette("YlGnBu", 5).print_safe());
  CHECK(make_palette("YlGnBu", 9).print == Suitability::Bad);
  CHECK(make_palette("RdBu", 6).print_safe());
  CHECK_FALSE(make_palette("RdBu", 7).print_safe());
  CHECK(make_palette("RdYlBu", 7).print == Suitability::Maybe);
  CHECK(palette_names(PaletteKind::Diverging) ==
        std::vector<std::string>{"RdBu", "BrBG", "PuOr", "RdYlBu"});
  CHECK(palette_names(PaletteKind::Sequential).size() == 8);
  CHECK(kNoDataHatched);
}
