// Slides are read from the back of a room: on a 1920 x 1080 slide the title is
// at least 40 px and no map label line is under 18 px, in both themes, for
// every view of the shipped briefing deck; the projector theme darkens the
// borders, makes the halo opaque and sets the labels larger.
#include <catch2/catch.hpp>

#include <algorithm>

#include "export/cairo_text.hpp"
#include "export/deck_export.hpp"
#include "export/export_composition.hpp"
#include "export/page_theme_style.hpp"
#include "io/builtin_atlas.hpp"
#include "io/deck_file.hpp"
#include "io/indicator_reader.hpp"

using namespace steppe;

namespace {

struct SlideFixture {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  ViewResolver resolver{atlas, projection, geometry, builtin_indicator_dir()};
  LabelLayer labels{atlas, projection};
  cairo::PangoMeasure measure;
  Deck deck = read_deck_file(builtin_deck_dir() / "briefing.toml");

  Composition slide(std::size_t i, PageTheme theme, int w = kSlideWidthPx, int h = kSlideHeightPx) const {
    const ResolvedView r = resolver.resolve(deck.views[i], deck.labels_of(deck.views[i]), i + 1);
    DeckExportOptions size;
    size.width_px = w;
    size.height_px = h;
    const ExportOptions page = view_export_options(deck, i, r, size, "slide.png");
    const ExportScene scene = slide_scene(r, atlas, projection, geometry, theme);
    return compose_export(page, scene, labels, measure);
  }
};

double smallest_label(const Composition& c) {
  double least = 1e9;
  for (const TextItem& item : c.label_items) {
    if (item.utf8 == "★" || item.utf8 == "●") continue; // seat markers are symbols, not type
    least = std::min(least, item.size_px);
  }
  return least;
}

} // namespace

TEST_CASE("a 1080p slide: title >= 40 px, every map label >= 18 px, in both themes", "[slide][theme]") {
  const SlideFixture f;
  REQUIRE(f.deck.views.size() == 5);
  for (PageTheme theme : {PageTheme::Standard, PageTheme::Projector}) {
    for (std::size_t i = 0; i < f.deck.views.size(); ++i) {
      INFO("view " << i + 1 << ", theme " << to_string(theme));
      const Composition c = f.slide(i, theme);
      REQUIRE(c.width_px == 1920);
      REQUIRE(c.layout.title.has_value());
      CHECK(kTitleSize * c.pixel_ratio >= 40);
      CHECK(c.layout.title->h * c.pixel_ratio >= 40); // the title's box holds a line that large
      REQUIRE_FALSE(c.label_items.empty());
      CHECK(smallest_label(c) >= 18 - 1e-9);
    }
  }
  // Labels in English as a second line (view 1 is "both") are under 18 px without the slide's floor:
  // the floor is what keeps them legible.
  const Composition both = f.slide(0, PageTheme::Standard);
  const auto english = std::count_if(both.label_items.begin(), both.label_items.end(), [](const TextItem& t) {
    return !t.utf8.empty() && static_cast<unsigned char>(t.utf8[0]) < 0x80 && t.utf8 != "●";
  });
  CHECK(english > 0);
}

TEST_CASE("the projector theme: darker borders, opaque halo, larger labels", "[slide][theme]") {
  const SlideFixture f;
  const Composition standard = f.slide(1, PageTheme::Standard); // Tongliao coal, a choropleth
  const Composition projector = f.slide(1, PageTheme::Projector);
  auto luma = [](Rgba8 c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b; };
  CHECK(luma(projector.style.banner_border.color) < luma(standard.style.banner_border.color) - 100);
  CHECK(projector.style.league_border.width > standard.style.league_border.width);
  CHECK(projector.style.region_outline.width > standard.style.region_outline.width);
  CHECK(luma(projector.style.hatch_color) < luma(standard.style.hatch_color));
  REQUIRE_FALSE(projector.label_items.empty());
  for (const TextItem& t : projector.label_items) {
    if (t.utf8 == "★" || t.utf8 == "●") continue;
    CHECK(t.halo_colour.a == 255);
  }
  CHECK(projector.label_options.league_size_px > standard.label_options.league_size_px);
  CHECK(projector.label_options.banner_size_px > standard.label_options.banner_size_px);
  CHECK(smallest_label(projector) >= 12 * projector.pixel_ratio - 1e-9);
  // The legend explains the same colours: the hatch swatch follows the theme's hatch.
  CHECK(projector.style.hatch_color.r == themed_style(standard.style, PageTheme::Projector).hatch_color.r);
  // Parse and name.
  CHECK(parse_page_theme("Projector") == PageTheme::Projector);
  CHECK(parse_page_theme("standard") == PageTheme::Standard);
  CHECK_FALSE(parse_page_theme("dark"));
  CHECK(to_string(PageTheme::Projector) == "projector");
}

TEST_CASE("a slide at another size keeps the proportions of the 1080p type", "[slide][theme]") {
  const SlideFixture f;
  // The presenter view's small slide (a third of the width): type a third as large.
  const Composition big = f.slide(1, PageTheme::Standard);
  const Composition small = f.slide(1, PageTheme::Standard, 640, 360);
  CHECK(small.pixel_ratio == Approx(big.pixel_ratio / 3));
  CHECK(smallest_label(small) >= 6 - 1e-9);
}
