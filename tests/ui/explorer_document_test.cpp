// The explorer's one document and the paint derived from it (ui/explorer_document,
// ui/document_paint): one revision that moves for every change of what the map
// shows and never for the camera or the pointer; recolouring only when it moves.
#include <catch2/catch.hpp>

#include <string>

#include "geo/map_geometry.hpp"
#include "io/builtin_atlas.hpp"
#include "render/choropleth_paint.hpp"
#include "render/map_style.hpp"
#include "ui/document_paint.hpp"
#include "ui/explorer_document.hpp"
#include "ui/view_from_window.hpp"

using namespace steppe;
using namespace steppe::ui;

namespace {

struct Fixture {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  RegionDirectory directory{atlas};
  std::string problem;
  ExplorerDocument doc{directory, geometry, projection, shipped_indicators(problem)};
  MapStyle style = choropleth_map_style();
  DocumentPaint paint{directory, geometry, projection, style};

  std::size_t index(const std::string& code) const { return *directory.index_of(code); }
};

bool same(Rgba8 a, Rgba8 b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }

} // namespace

TEST_CASE("document: one revision moves for every change of what the map shows", "[ui][document]") {
  Fixture f;
  REQUIRE(f.problem.empty());
  ExplorerDocument& doc = f.doc;
  (void)doc.view.resize(800, 600, 1.0);
  std::uint64_t r = doc.revision();
  CHECK(doc.revision() == r); // reading changes nothing
  auto moved = [&] {
    const std::uint64_t now = doc.revision();
    const bool m = now != r;
    r = now;
    return m;
  };

  SECTION("the indicator, the drill-down, the panes, the options and the selection are the document") {
    REQUIRE(doc.thematic.select(*doc.thematic.find("tongliao_raw_coal_output_2025_01_07")));
    CHECK(moved());
    REQUIRE(doc.drill.drill_into(f.index("150500")));
    CHECK(moved());
    REQUIRE(doc.panes.set_mode(doc.thematic, PaneMode::Split));
    CHECK(moved());
    doc.options.labels.language = LabelLanguage::Both;
    CHECK(moved());
    doc.options.pick_level = Level::League;
    CHECK(moved());
    REQUIRE(doc.view.toggle_region("150526"));
    CHECK(moved());
    REQUIRE(doc.view.toggle_region("150526")); // deselected again: still a change
    CHECK(moved());
    doc.annotations.push_back(Annotation{AnnotationKind::Callout, {122.2, 43.6}, std::nullopt, "note"});
    CHECK(moved());
    doc.annotations.back().text = "edited";
    CHECK(moved());
    CHECK_FALSE(moved());
  }

  SECTION("the camera and the pointer are not: each draw takes them as values") {
    const Camera before = doc.view.camera();
    CHECK(doc.view.wheel({400, 300}, 2.0, InputCapture{}));
    CHECK(doc.view.camera().units_per_px != before.units_per_px);
    (void)doc.view.move({410, 290}, InputCapture{}); // hovers a region
    (void)doc.view.resize(1024, 700, 1.0);
    CHECK_FALSE(moved());
  }

  SECTION("start-up set-up goes through the document and names what it could not do") {
    ExplorerStartup startup;
    startup.indicator = "tongliao_raw_coal_output_2025_01_07";
    startup.select = {"150526", "999999"};
    startup.split = "no_such_indicator";
    const std::vector<std::string> warnings = doc.apply(startup);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0] == "cannot select region '999999'");
    CHECK(warnings[1] == "cannot split with indicator 'no_such_indicator'");
    CHECK(doc.thematic.current()->meta.id == "tongliao_raw_coal_output_2025_01_07");
    CHECK(doc.view.selection().selected() == "150526");
    CHECK(moved());
  }
}

TEST_CASE("document paint: recoloured only when the revision moves, highlights over it", "[ui][document]") {
  Fixture f;
  ExplorerDocument& doc = f.doc;
  (void)doc.view.resize(800, 600, 1.0);
  CHECK(f.paint.update(doc)); // first paint
  CHECK_FALSE(f.paint.update(doc));
  const std::size_t jarud = f.index("150526"), horqin = f.index("150502");
  CHECK(same(f.paint.scene().region_colours.at(jarud), f.style.region_fill)); // plain atlas

  REQUIRE(doc.thematic.select(*doc.thematic.find("tongliao_raw_coal_output_2025_01_07")));
  CHECK(f.paint.update(doc));
  CHECK(f.paint.revision() == doc.revision());
  const ExportScene& scene = f.paint.scene();
  CHECK_FALSE(same(scene.region_colours.at(jarud), f.style.region_fill)); // has a value
  CHECK(scene.region_patterns.at(horqin) == kPatternHatch);               // no value: hatched
  REQUIRE(scene.legend != nullptr);
  CHECK(scene.legend == doc.thematic.legend());
  // The home view frames the data: Tongliao, not the whole region.
  const Bounds home = doc.view.camera().visible_world();
  CHECK(home.width() < f.geometry.bounds.width() * 0.6);

  // Panning: nothing to recolour.
  CHECK(doc.view.wheel({400, 300}, 1.0, InputCapture{}));
  CHECK_FALSE(f.paint.update(doc));

  // Hover: the single map's paint changes (a hatched region is shaded), the
  // exported scene does not.
  CHECK(f.paint.highlight(doc, horqin));
  CHECK_FALSE(f.paint.highlight(doc, horqin));
  const MapPaint hovered = f.paint.map_paint();
  CHECK(f.paint.highlight(doc, std::nullopt));
  CHECK_FALSE(same(hovered.regions.colours.at(horqin), f.paint.map_paint().regions.colours.at(horqin)));
  CHECK(same(f.paint.scene().region_colours.at(horqin), scene.region_colours.at(horqin)));

  // Selecting outlines the region in the map's paint only (红山区, outside the data).
  const std::size_t hongshan = f.index("150402");
  REQUIRE(doc.view.toggle_region("150402"));
  CHECK(f.paint.update(doc));
  CHECK(f.paint.highlight(doc, std::nullopt));
  CHECK(f.paint.map_paint().regions.patterns.at(hongshan) == kPatternSelected);
  CHECK(f.paint.scene().region_patterns.at(hongshan) != kPatternSelected);
  // The coal figures' two places are callouts: outlined in the scene too.
  CHECK(f.paint.scene().region_patterns.at(jarud) == kPatternSelected);

  // An annotation reaches the scene exports and decorations are composed from.
  doc.annotations.push_back(Annotation{AnnotationKind::Text, {122.2, 43.6}, std::nullopt, "通辽"});
  CHECK(f.paint.update(doc));
  REQUIRE(f.paint.scene().annotations.size() == 1);
  CHECK(f.paint.scene().annotations[0].text == "通辽");
  // ... and every pane of a split page (each pane frames the same places).
  REQUIRE(doc.panes.set_mode(doc.thematic, PaneMode::Split));
  CHECK(f.paint.update(doc));
  const std::vector<ExportScene> panes = f.paint.pane_scenes(doc, std::nullopt);
  REQUIRE(panes.size() == 2);
  for (const ExportScene& pane : panes) {
    REQUIRE(pane.annotations.size() == 1);
    CHECK(pane.annotations[0].text == "通辽");
  }
  REQUIRE(doc.panes.set_mode(doc.thematic, PaneMode::One));

  // Drilled into Tongliao: its legend is the drill-down's (local breaks say so).
  REQUIRE(doc.drill.drill_into(f.index("150500")));
  CHECK(f.paint.update(doc));
  CHECK(&f.paint.legend(doc) == f.paint.scene().legend);
}

TEST_CASE("document: a topic map in the window — framed on its places, its callouts in the scene, saved as topic =",
          "[ui][document][topic]") {
  Fixture f;
  REQUIRE(f.problem.empty());
  ExplorerDocument& doc = f.doc;
  (void)doc.view.resize(800, 600, 1.0);
  (void)f.paint.update(doc);
  const std::uint64_t before = doc.revision();
  REQUIRE(doc.thematic.select_topic("算力,智算"));
  CHECK(doc.revision() != before);
  CHECK(f.paint.update(doc));
  const ExportScene& scene = f.paint.scene();
  // Hohhot's two figures (2.4 万P and 智算 2.22 万P) are called out, its banners
  // filled as places and outlined; the legend is the topic's.
  REQUIRE(scene.callouts.size() == 2);
  for (const CalloutText& c : scene.callouts) CHECK(c.code == "150100");
  REQUIRE(scene.legend == &doc.thematic.topic()->legend);
  const std::size_t hohhot = f.index("150100"), tongliao = f.index("150500");
  CHECK(scene.region_patterns.at(hohhot) == kPatternSelected);
  CHECK_FALSE(same(scene.region_colours.at(hohhot), scene.region_colours.at(tongliao)));
  // The home view frames Hohhot among its neighbours, not the whole region.
  CHECK(doc.view.camera().visible_world().width() < f.geometry.bounds.width() * 0.6);
  // "Add view" saves it as a topic view (decks: topic = "..."), no indicator.
  const MapView v = view_from_window(doc.view.camera(), f.projection, doc.thematic, "", LabelLanguage::Zh);
  CHECK(v.topic == "算力,智算");
  CHECK(v.indicator.empty());
  CHECK(v.title.find("算力,智算") != std::string::npos);
}
