#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "export/deck_export.hpp"
#include "export/handout_notes.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "render/map_renderer.hpp"
#include "render/png_writer.hpp"

namespace fs = std::filesystem;
using namespace steppe;

namespace {

struct DeckFixture {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  ViewResolver resolver{atlas, projection, geometry, builtin_indicator_dir()};

  std::size_t index(const std::string& code) const {
    for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
      if (atlas.regions[i].code == code) return i;
    }
    FAIL("no region " << code);
    return 0;
  }
};

Deck three_views() {
  Deck d;
  d.title = "测试 / Test deck";
  MapView a;
  a.title = "全区 / Whole region";
  MapView b;
  b.title = "通辽 / Tongliao coal";
  b.indicator = "tongliao_raw_coal_output_2025_01_07";
  b.extent.region_code = "150500";
  b.selection = {"150581"};
  MapView c;
  c.title = "呼和浩特 / Hohhot box";
  c.extent.lonlat = Bounds{110.5, 40.0, 112.5, 41.5};
  d.views = {a, b, c};
  return d;
}

fs::path out_dir(const std::string& name) {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "deck_export" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// "/Type /Page" objects that are not "/Type /Pages" (Cairo writes no object streams).
int count_pages(const fs::path& pdf) {
  std::ifstream in(pdf, std::ios::binary);
  std::ostringstream o;
  o << in.rdbuf();
  const std::string s = o.str();
  int pages = 0;
  for (std::size_t at = s.find("/Type /Page"); at != std::string::npos; at = s.find("/Type /Page", at + 1)) {
    if (s.compare(at, 12, "/Type /Pages") != 0) ++pages;
  }
  return pages;
}

} // namespace

TEST_CASE("a view resolves to its region's frame, choropleth and selection outline", "[deck_export]") {
  const DeckFixture f;
  const Deck deck = three_views();
  const ResolvedView r = f.resolver.resolve(deck.views[1], ViewLabels::Both, 2);
  const Bounds tongliao = f.geometry.shape_bounds[f.index("150500")];
  CHECK(r.frame.min_x == tongliao.min_x);
  CHECK(r.frame.max_y == tongliao.max_y);
  REQUIRE(r.choropleth);
  CHECK(r.language == LabelLanguage::Both);
  REQUIRE(r.region_patterns.size() == f.atlas.regions.size());
  CHECK(r.region_patterns[f.index("150581")] == kPatternSelected);
  // A Tongliao banner without a value keeps its no-data hatch.
  CHECK(r.region_patterns[f.index("150521")] == kPatternHatch);

  const ResolvedView plain = f.resolver.resolve(deck.views[0], ViewLabels::Zh, 1);
  CHECK_FALSE(plain.choropleth);
  CHECK(plain.region_colours.empty());
  CHECK(plain.frame.width() == f.geometry.bounds.width());
}

TEST_CASE("a topic view: a callout per figure, its legend, framed on its places", "[deck_export][topic]") {
  const DeckFixture f;
  MapView v;
  v.title = "算力 / Computing";
  v.topic = "算力,智算";
  const ResolvedView r = f.resolver.resolve(v, ViewLabels::Zh, 1);
  REQUIRE(r.topic);
  REQUIRE(r.callouts.size() == 2);
  CHECK(r.callouts[0].value == "算力规模 2.4 万P");
  CHECK(r.callouts[1].value == "智算规模 2.22 万P");
  REQUIRE(r.legend() == &r.topic->legend);
  CHECK(r.legend()->consistency_note.find("算力总规模 9.4 万P") != std::string::npos);
  // 呼和浩特市 among its neighbours, not the whole region; its banners filled.
  CHECK(r.frame.width() < 0.5 * f.geometry.bounds.width());
  const Bounds hohhot = f.geometry.shape_bounds[f.index("150100")];
  CHECK((r.frame.min_x <= hohhot.min_x && hohhot.max_x <= r.frame.max_x));
  const std::size_t xincheng = f.index("150102"), baotou_banner = f.index("150202");
  CHECK_FALSE((r.region_colours[xincheng].r == r.region_colours[baotou_banner].r &&
               r.region_colours[xincheng].g == r.region_colours[baotou_banner].g));
  const ExportScene scene = slide_scene(r, f.atlas, f.projection, f.geometry, PageTheme::Standard);
  CHECK(scene.callouts.size() == 2);
  CHECK(scene.legend == r.legend());
  // A topic too wide for one map names the view.
  v.topic = "煤";
  CHECK_THROWS_WITH(f.resolver.resolve(v, ViewLabels::Zh, 4), Catch::Contains("topic") && Catch::Contains("narrow it"));
}

TEST_CASE("a lon/lat box is projected, whatever the projection", "[deck_export]") {
  const DeckFixture f;
  const Bounds box{110.5, 40.0, 112.5, 41.5};
  const Bounds b = project_lonlat_box(box, f.projection);
  // Hohhot's centre (111.75 E, 40.84 N) lies inside, Tongliao's (122.2 E) does not.
  const Vec2 hohhot = f.projection.forward(Vec2{111.75, 40.84});
  const Vec2 tongliao = f.projection.forward(Vec2{122.2, 43.6});
  CHECK((hohhot.x > b.min_x && hohhot.x < b.max_x && hohhot.y > b.min_y && hohhot.y < b.max_y));
  CHECK_FALSE((tongliao.x > b.min_x && tongliao.x < b.max_x));
}

TEST_CASE("a window's view saved as a lon/lat box frames the same part of the map again", "[deck_export]") {
  const DeckFixture f;
  // Tongliao in the east, far from the central meridian (111.5 E), and the whole region.
  for (const Bounds world : {Bounds{400000, -300000, 1300000, 500000}, f.geometry.bounds}) {
    const Bounds again = project_lonlat_box(lonlat_box_framing(world, f.projection), f.projection);
    const double tolerance = 0.002 * std::max(world.width(), world.height());
    CHECK(std::abs(again.min_x - world.min_x) < tolerance);
    CHECK(std::abs(again.max_x - world.max_x) < tolerance);
    CHECK(std::abs(again.min_y - world.min_y) < tolerance);
    CHECK(std::abs(again.max_y - world.max_y) < tolerance);
    // The corners' envelope (what views were saved as) framed far more.
    Bounds corners;
    for (const Vec2 c : {Vec2{world.min_x, world.min_y}, Vec2{world.max_x, world.min_y}, Vec2{world.min_x, world.max_y},
                         Vec2{world.max_x, world.max_y}}) {
      corners.expand(f.projection.inverse(c));
    }
    const Bounds old = project_lonlat_box(corners, f.projection);
    CHECK(old.width() * old.height() > 1.1 * again.width() * again.height());
  }
}

TEST_CASE("views the data cannot show give errors naming the view", "[deck_export]") {
  const DeckFixture f;
  MapView v;
  v.title = "园区";
  v.indicator = "no_such_indicator";
  CHECK_THROWS_WITH(f.resolver.resolve(v, ViewLabels::Zh, 3), Catch::Contains("steppe indicators"));
  v.indicator.clear();
  v.extent.region_code = "159999";
  CHECK_THROWS_WITH(f.resolver.resolve(v, ViewLabels::Zh, 3), Catch::Contains("steppe info --find"));
}

TEST_CASE("a 3-view deck exports to a 3-page PDF", "[deck_export]") {
  const DeckFixture f;
  const fs::path dir = out_dir("pdf");
  DeckExportOptions o;
  o.out = dir / "deck.pdf";
  o.width_px = 800;
  o.height_px = 500;
  const DeckExportResult r = export_deck(three_views(), f.resolver, f.atlas, f.projection, f.geometry, o);
  CHECK(r.pages == 3);
  REQUIRE(r.files.size() == 1);
  CHECK(count_pages(o.out) == 3);
  // Only the PDF: the temporary file was renamed into place.
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("a deck exports to numbered PNGs in deck order", "[deck_export]") {
  const DeckFixture f;
  const fs::path dir = out_dir("png") / "slides"; // created by the export
  DeckExportOptions o;
  o.out = dir;
  o.width_px = 320;
  o.height_px = 200;
  const DeckExportResult r = export_deck(three_views(), f.resolver, f.atlas, f.projection, f.geometry, o);
  REQUIRE(r.files.size() == 3);
  CHECK(r.files[0].filename() == "01-whole-region.png");
  CHECK(r.files[1].filename() == "02-tongliao-coal.png");
  CHECK(r.files[2].filename() == "03-hohhot-box.png");
  for (const auto& p : r.files) CHECK(fs::file_size(p) > 1000);
}

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream o;
  o << in.rdbuf();
  return o.str();
}

// The pages' heights in points, from "/MediaBox [ 0 0 W H ]".
std::vector<double> page_heights(const fs::path& pdf) {
  const std::string s = slurp(pdf);
  std::vector<double> out;
  for (std::size_t at = s.find("/MediaBox"); at != std::string::npos; at = s.find("/MediaBox", at + 1)) {
    std::istringstream in(s.substr(s.find('[', at) + 1, 80));
    double x0 = 0, y0 = 0, w = 0, h = 0;
    in >> x0 >> y0 >> w >> h;
    out.push_back(h);
  }
  return out;
}

} // namespace

TEST_CASE("Handout notes (--notes): a handout page is the slide with its notes under it", "[deck_export][notes]") {
  const DeckFixture f;
  Deck deck = three_views();
  deck.views[1].notes = "霍林河1590.92万吨\nThe other banners have no figure.";
  const fs::path dir = out_dir("notes");
  DeckExportOptions o;
  o.out = dir / "slides.pdf";
  o.width_px = 800;
  o.height_px = 450;
  (void)export_deck(deck, f.resolver, f.atlas, f.projection, f.geometry, o);
  o.notes = true;
  o.out = dir / "handout.pdf";
  const DeckExportResult r = export_deck(deck, f.resolver, f.atlas, f.projection, f.geometry, o);
  CHECK(r.pages == 3);
  CHECK(r.warnings.empty());
  const std::vector<double> slides = page_heights(dir / "slides.pdf");
  const std::vector<double> handout = page_heights(dir / "handout.pdf");
  REQUIRE(slides.size() == 3);
  REQUIRE(handout.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(handout[i] == Approx(slides[i] + std::round(slides[i] * kNotesBandShare)));
  // The handout holds more text than the slides (the notes and their heading).
  CHECK(slurp(dir / "handout.pdf").size() > slurp(dir / "slides.pdf").size());

  // A PNG folder: NN-slug.txt beside each NN-slug.png, number, title and notes.
  o.out = dir / "pages";
  const DeckExportResult png = export_deck(deck, f.resolver, f.atlas, f.projection, f.geometry, o);
  CHECK(png.pages == 3);
  REQUIRE(fs::exists(dir / "pages" / "02-tongliao-coal.png"));
  REQUIRE(fs::exists(dir / "pages" / "02-tongliao-coal.txt"));
  const std::string text = slurp(dir / "pages" / "02-tongliao-coal.txt");
  CHECK_THAT(text, Catch::StartsWith("2. 通辽 / Tongliao coal\n"));
  CHECK_THAT(text, Catch::Contains("霍林河1590.92万吨\nThe other banners have no figure.\n"));
  CHECK_THAT(slurp(dir / "pages" / "01-whole-region.txt"), Catch::Contains("(no notes)"));

  // Asking for notes of a deck that has none says so.
  o.out = dir / "none.pdf";
  const DeckExportResult none = export_deck(three_views(), f.resolver, f.atlas, f.projection, f.geometry, o);
  REQUIRE(none.warnings.size() == 1);
  CHECK_THAT(none.warnings[0], Catch::Contains("no view of the deck has notes"));
}

TEST_CASE("notes too long for the band end with an ellipsis and a warning", "[deck_export][notes]") {
  const DeckFixture f;
  Deck deck = three_views();
  deck.views.resize(1);
  std::string long_notes;
  for (int i = 0; i < 60; ++i) long_notes += "第" + std::to_string(i) + "行 a line of notes\n";
  deck.views[0].notes = long_notes;
  DeckExportOptions o;
  o.out = out_dir("long_notes") / "handout.pdf";
  o.width_px = 800;
  o.height_px = 450;
  o.notes = true;
  const DeckExportResult r = export_deck(deck, f.resolver, f.atlas, f.projection, f.geometry, o);
  REQUIRE(r.warnings.size() == 1);
  CHECK_THAT(r.warnings[0], Catch::Contains("page 1") && Catch::Contains("shorten"));
}

TEST_CASE("a bad view fails before any file is written", "[deck_export]") {
  const DeckFixture f;
  const fs::path dir = out_dir("bad");
  Deck deck = three_views();
  deck.views[2].indicator = "no_such_indicator";
  DeckExportOptions o;
  o.out = dir / "deck.pdf";
  CHECK_THROWS_WITH(export_deck(deck, f.resolver, f.atlas, f.projection, f.geometry, o), Catch::Contains("view 3"));
  CHECK(fs::is_empty(dir));
  o.out = dir / "deck.svg";
  CHECK_THROWS_WITH(export_deck(three_views(), f.resolver, f.atlas, f.projection, f.geometry, o),
                    Catch::Contains(".pdf file"));
}

TEST_CASE("a view of a point layer (parks) shows its symbols and legend in the deck", "[deck_export]") {
  const DeckFixture f;
  Deck deck;
  deck.title = "园区 / Parks";
  MapView v;
  v.title = "包头园区 / Baotou parks";
  v.indicator = "baotou_parks_2022_02"; // a point layer
  v.extent.region_code = "150200";
  deck.views = {v};
  const ResolvedView r = f.resolver.resolve(v, ViewLabels::Zh, 1);
  REQUIRE(r.points);
  CHECK_FALSE(r.points->points.empty());
  CHECK_FALSE(r.choropleth);
  REQUIRE(r.legend() == &r.points->legend);

  const fs::path dir = out_dir("points");
  DeckExportOptions o;
  o.out = dir;
  o.width_px = 800;
  o.height_px = 500;
  const DeckExportResult result = export_deck(deck, f.resolver, f.atlas, f.projection, f.geometry, o);
  REQUIRE(result.files.size() == 1);
  const Image img = read_png(result.files[0]);
  // The symbols' purple (#6a3d9a, translucent for approximate locations) in
  // the map left of the legend (whose own symbol is a small ring).
  int purple = 0;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width * 6 / 10; ++x) {
      const Rgba8 p = img.at(x, y);
      if (p.b > p.g + 40 && p.r > p.g + 10 && p.b > 120) ++purple;
    }
  CHECK(purple > 60);
}
