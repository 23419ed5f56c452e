// The presenter's annotations (core/annotation) on the page: each kind where it
// belongs (a text box on its point, a callout beside it with a leader, an
// arrow's text behind its tail), never over the legend, the scale bar, the
// north arrow, a callout or another box, inside the map box; a point off the
// map is left out with a warning. On real pages the layout report (what
// --layout-json writes) is checked against the legend, and the SVG carries the
// text as text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "export/annotation_layout.hpp"
#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"
#include "export/page_report.hpp"
#include "export_fixture.hpp"

using namespace steppe;

namespace {

struct BoxMeasure final : TextMeasure {
  Vec2 measure(std::string_view utf8, const TextSpec& spec, double) const override {
    return {static_cast<double>(utf8.size()) * spec.size / 2, spec.size};
  }
};

bool overlaps(const Bounds& a, const Bounds& b) {
  return a.min_x < b.max_x && a.max_x > b.min_x && a.min_y < b.max_y && a.max_y > b.min_y;
}

bool inside(const Bounds& a, const Bounds& b) {
  return a.min_x >= b.min_x && a.max_x <= b.max_x && a.min_y >= b.min_y && a.max_y <= b.max_y;
}

Annotation mark(AnnotationKind kind, std::string text) {
  Annotation a;
  a.kind = kind;
  a.text = std::move(text);
  return a;
}

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("Annotation layout: each kind where it belongs", "[export][annot]") {
  const BoxMeasure measure;
  const Bounds map{0, 0, 800, 600};
  const std::vector<Annotation> marks = {mark(AnnotationKind::Text, "centred"),
                                         mark(AnnotationKind::Callout, "beside"),
                                         mark(AnnotationKind::Arrow, "tail")};
  const std::vector<Vec2> anchors = {{200, 150}, {400, 300}, {600, 450}};
  const std::vector<std::optional<Vec2>> heads = {std::nullopt, std::nullopt, Vec2{700, 450}};
  const auto a = layout_annotations(marks, anchors, heads, map, {}, {}, {}, measure, 1.0);
  REQUIRE(a.size() == 3);
  for (const AnnotationPlacement& p : a) {
    CHECK(p.shown);
    CHECK(p.clear);
    CHECK(inside(p.box_px, map));
    for (const CalloutLine& l : p.lines) CHECK(inside(l.box_px, p.box_px));
  }
  // A text box is centred on its point.
  CHECK(a[0].box_px.centre().x == Approx(200));
  CHECK(a[0].box_px.centre().y == Approx(150));
  // A callout's box leaves its point free; the leader runs from the box to it.
  CHECK_FALSE(a[1].box_px.contains(anchors[1]));
  CHECK(a[1].leader_start_px == Vec2{std::clamp(400.0, a[1].box_px.min_x, a[1].box_px.max_x),
                                     std::clamp(300.0, a[1].box_px.min_y, a[1].box_px.max_y)});
  // The arrow points right: its text sits left of its tail, its head stays free.
  CHECK(a[2].box_px.max_x <= 600 + 0.5);
  CHECK_FALSE(a[2].box_px.contains(*heads[2]));
  // Boxes never overlap each other.
  CHECK_FALSE(overlaps(a[0].box_px, a[1].box_px));
}

TEST_CASE("Annotation layout: nudged off the legend, long text wrapped, off-map points left out", "[export][annot]") {
  const BoxMeasure measure;
  const Bounds map{0, 0, 800, 600};
  const Bounds legend{560, 360, 800, 600};
  // A text box whose point lies under the legend: moved clear of it, inside the map box.
  auto a = layout_annotations({mark(AnnotationKind::Text, "under the legend")}, {{650, 450}}, {std::nullopt}, map,
                              {legend}, {}, {}, measure, 1.0);
  REQUIRE(a.size() == 1);
  CHECK(a[0].shown);
  CHECK(a[0].clear);
  CHECK_FALSE(overlaps(a[0].box_px, legend));
  CHECK(inside(a[0].box_px, map));
  // A long line wraps at the box's width (260 logical px here).
  a = layout_annotations({mark(AnnotationKind::Callout, std::string(60, 'x') + " " + std::string(40, 'y'))},
                         {{300, 300}}, {std::nullopt}, map, {}, {}, {}, measure, 1.0);
  REQUIRE(a.size() == 1);
  CHECK(a[0].lines.size() >= 3);
  CHECK(a[0].box_px.width() <= 260 + 2 * 7 + 1);
  // A point outside the map box: not shown.
  a = layout_annotations({mark(AnnotationKind::Text, "far")}, {{900, 300}}, {std::nullopt}, map, {}, {}, {}, measure, 1.0);
  REQUIRE(a.size() == 1);
  CHECK_FALSE(a[0].shown);
  // A league name is avoided when the box can sit elsewhere.
  const Bounds league{150, 230, 300, 260};
  a = layout_annotations({mark(AnnotationKind::Text, "name")}, {{220, 245}}, {std::nullopt}, map, {}, {league}, {},
                         measure, 1.0);
  CHECK_FALSE(overlaps(a[0].box_px, league));
}

TEST_CASE("Annotations on composed pages: the layout report keeps them off the legend; the SVG has their text",
          "[export][annot][layout]") {
  test::ExportFixture fx;
  ExportScene scene = fx.scene;
  // Points all over the region, one under each corner of the page.
  const Bounds w = fx.geometry.bounds;
  for (const auto& [fx_, fy_] : {std::pair{0.9, 0.1}, std::pair{0.9, 0.9}, std::pair{0.1, 0.1}, std::pair{0.5, 0.5}}) {
    const Vec2 p = fx.projection.inverse({w.min_x + fx_ * w.width(), w.min_y + fy_ * w.height()});
    Annotation a = mark(AnnotationKind::Callout, "标注 note " + std::to_string(scene.annotations.size() + 1));
    a.at = p;
    scene.annotations.push_back(a);
  }
  Annotation arrow = mark(AnnotationKind::Arrow, "");
  arrow.at = scene.annotations[3].at;
  arrow.to = {arrow.at.x + 1.0, arrow.at.y + 0.5};
  scene.annotations.push_back(arrow);
  Annotation far = mark(AnnotationKind::Text, "far away");
  far.at = {10.0, 10.0};
  scene.annotations.push_back(far);

  const LabelLayer labels(fx.atlas, fx.projection);
  const cairo::PangoMeasure measure;
  for (const auto& [wpx, hpx, dpi] : {std::tuple{1920, 1080, 96.0}, std::tuple{1366, 768, 96.0},
                                      std::tuple{800, 600, 96.0}, std::tuple{3508, 2480, 300.0}}) {
    INFO(wpx << "x" << hpx << " at " << dpi << " dpi");
    ExportOptions o = fx.options(test::export_output("annotations.png"), wpx, hpx, dpi);
    o.view = Camera::fit(w, wpx, hpx);
    const Composition c = compose_export(o, scene, labels, measure);
    const PageReport report = page_report(c, scene);
    // The one off the map is left out, and said so.
    CHECK(report.annotations.size() == 5);
    bool warned = false;
    for (const std::string& msg : c.warnings) warned = warned || msg.find("annotation 6 (text \"far away\")") != std::string::npos;
    CHECK(warned);
    REQUIRE(report.legends.size() == 1);
    const ReportBox& lg = report.legends[0].box;
    const Bounds legend{lg.x, lg.y, lg.x + lg.w, lg.y + lg.h};
    const Bounds map{report.panes.at(0).map.x, report.panes.at(0).map.y,
                     report.panes.at(0).map.x + report.panes.at(0).map.w,
                     report.panes.at(0).map.y + report.panes.at(0).map.h};
    std::vector<Bounds> boxes;
    for (const PageReport::AnnotationBox& a : report.annotations) {
      if (!a.box) {
        CHECK(a.kind == "arrow");
        CHECK(a.head);
        continue;
      }
      const Bounds b{a.box->x, a.box->y, a.box->x + a.box->w, a.box->y + a.box->h};
      CHECK_FALSE(overlaps(b, legend));
      for (const std::optional<ReportBox>& p : {report.scale_bar, report.north_arrow})
        if (p) CHECK_FALSE(overlaps(b, Bounds{p->x, p->y, p->x + p->w, p->y + p->h}));
      CHECK(inside(b, Bounds{map.min_x - 0.5, map.min_y - 0.5, map.max_x + 0.5, map.max_y + 0.5}));
      for (const Bounds& other : boxes) CHECK_FALSE(overlaps(b, other));
      boxes.push_back(b);
    }
  }

  ExportOptions o = fx.options(test::export_output("annotations.svg"), 1366, 768, 96);
  o.view = Camera::fit(w, 1366, 768);
  const ExportResult r = export_map(o, scene);
  const std::string svg = read_text(o.out);
  CHECK(svg.find(">标注 note 1</text>") != std::string::npos);
  CHECK(svg.find(">标注 note 4</text>") != std::string::npos);
  CHECK(svg.find("far away") == std::string::npos);
  CHECK(r.page.annotations.size() == 5);
}

TEST_CASE("Annotation layout: a callout's leader does not run through a banner or league name it can avoid",
          "[export][annot]") {
  const BoxMeasure measure;
  const Bounds map{0, 0, 800, 600};
  const Vec2 at{400, 300};
  const auto through = [](const Bounds& b, Vec2 p, Vec2 q) {
    for (int i = 1; i < 100; ++i) {
      const double t = i / 100.0;
      const Vec2 s{p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t};
      if (s.x > b.min_x + 1 && s.x < b.max_x - 1 && s.y > b.min_y + 1 && s.y < b.max_y - 1) return true;
    }
    return false;
  };
  // Without names: above right, the leader diagonal down-left to the point.
  auto a = layout_annotations({mark(AnnotationKind::Callout, "note")}, {at}, {std::nullopt}, map, {}, {}, {}, measure, 1.0);
  REQUIRE(a.size() == 1);
  const Bounds name{405, 282, 418, 296}; // on that diagonal, clear of the box
  REQUIRE_FALSE(overlaps(a[0].box_px, name));
  REQUIRE(through(name, a[0].leader_start_px, at));
  // As a banner name, then as a league name: the leader goes round it.
  a = layout_annotations({mark(AnnotationKind::Callout, "note")}, {at}, {std::nullopt}, map, {}, {}, {name}, measure, 1.0);
  REQUIRE(a.size() == 1);
  CHECK_FALSE(through(name, a[0].leader_start_px, at));
  CHECK_FALSE(overlaps(a[0].box_px, name));
  a = layout_annotations({mark(AnnotationKind::Callout, "note")}, {at}, {std::nullopt}, map, {}, {name}, {}, measure, 1.0);
  REQUIRE(a.size() == 1);
  CHECK_FALSE(through(name, a[0].leader_start_px, at));
  // A name under the dot itself is the presenter's choice: not avoided.
  const Bounds under{380, 290, 420, 310};
  a = layout_annotations({mark(AnnotationKind::Callout, "note")}, {at}, {std::nullopt}, map, {}, {}, {under}, measure, 1.0);
  REQUIRE(a.size() == 1);
  CHECK(a[0].box_px.min_x > at.x); // still above right
  CHECK(a[0].box_px.max_y < at.y);
}
