// Render tests as folders, as MapLibre keeps them: tests/pages/<case>/page.toml
// says what the page shows, expected.png what it must look like. Each page is
// drawn by both backends — GL (the PNG writer's tiles) and Cairo (the SVG/PDF
// drawing, rasterised on an image surface at the same pixel size) — and each
// compared with expected.png: a pixel differs when a channel differs by more
// than `threshold`; at most `allowed` of the pixels may differ (the Cairo
// page is allowed more: its edges antialias differently). UPDATE=1 rewrites
// expected.png from the GL page. A failure writes actual-gl.png,
// actual-cairo.png and diff.png (differing pixels red) to test-output/pages/<case>/.
//
// page.toml: indicators = ["id", ...] (one: a single map; more: a page of
// panes), width/height (px) or size ("297x210mm"), dpi, extent (a region code;
// default: the data among its neighbours), title, subtitle, labels (zh, en,
// both, none), slide = true (a deck slide's room-size type), threshold, allowed,
// allowed_cairo, locator = true (the locator inset), and [[annotation]] tables (kind, at, to, text: as a view's
// [[view.annotation]]) drawn on the first pane.
#include <catch2/catch.hpp>

#include <cairo.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "core/choropleth.hpp"
#include "core/pane_scale.hpp"
#include "export/cairo_text.hpp"
#include "export/deck_export.hpp"
#include "export/page_composition.hpp"
#include "export/page_frame.hpp"
#include "export/raster_export.hpp"
#include "export/vector_export.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "render/choropleth_paint.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"

namespace steppe {
namespace {

namespace fs = std::filesystem;

struct World {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());
  const Indicator& find(const std::string& id) const {
    for (const Indicator& i : all)
      if (i.meta.id == id) return i;
    FAIL("page.toml names no shipped indicator " << id);
    throw;
  }
};

// One case: its page built as `steppe render` builds it.
struct Case {
  std::vector<Choropleth> choropleths;
  PaneLegends legends;
  PageSpec spec; // one pane: a single map (compose_export), else a page of panes
  double threshold = 24, allowed = 0.005, allowed_cairo = 0.04;
};

std::unique_ptr<Case> read_case(const World& w, const fs::path& file) {
  const toml::table t = toml::parse_file(file.string());
  auto c = std::make_unique<Case>();
  std::vector<const Indicator*> indicators;
  if (const toml::array* ids = t["indicators"].as_array()) {
    for (const toml::node& id : *ids) indicators.push_back(&w.find(id.value_or(std::string())));
  }
  REQUIRE_FALSE(indicators.empty());
  const std::vector<ChoroplethSpec> specs = shared_scale_specs(w.atlas, indicators, {});
  for (std::size_t k = 0; k < indicators.size(); ++k)
    c->choropleths.push_back(build_choropleth(w.atlas, *indicators[k], specs[k]));
  std::vector<const Legend*> legends;
  std::vector<std::string> titles;
  std::vector<std::size_t> data;
  for (std::size_t k = 0; k < indicators.size(); ++k) {
    PagePane p;
    p.title = pane_title(indicators[k]->meta);
    p.indicator = indicators[k]->meta.id;
    p.scene = choropleth_scene(w.atlas, w.projection, w.geometry, c->choropleths[k]);
    data.insert(data.end(), p.scene.data_regions.begin(), p.scene.data_regions.end());
    legends.push_back(p.scene.legend);
    titles.push_back(p.title);
    c->spec.panes.push_back(std::move(p));
  }
  if (const toml::array* marks = t["annotation"].as_array()) {
    for (const toml::node& node : *marks) {
      const toml::table& m = *node.as_table();
      Annotation a;
      a.kind = parse_annotation_kind(m["kind"].value_or(std::string())).value();
      a.at = {m["at"][0].value_or(0.0), m["at"][1].value_or(0.0)};
      if (m["to"]) a.to = Vec2{m["to"][0].value_or(0.0), m["to"][1].value_or(0.0)};
      a.text = m["text"].value_or(std::string());
      c->spec.panes.front().scene.annotations.push_back(a);
    }
  }
  if (indicators.size() > 1) {
    c->legends = pane_legends(legends, indicators, titles);
    if (c->legends.shared) c->spec.shared_legend = &*c->legends.shared;
    for (std::size_t k = 0; k < c->legends.own.size(); ++k) c->spec.panes[k].scene.legend = &c->legends.own[k];
  }
  ExportOptions& o = c->spec.options;
  o.width_px = t["width"].value_or(960);
  o.height_px = t["height"].value_or(540);
  o.dpi = t["dpi"].value_or(96.0);
  if (auto size = t["size"].value<std::string>()) o.physical = parse_physical_size(*size);
  o.title = t["title"].value_or(std::string());
  o.subtitle = t["subtitle"].value_or(std::string());
  o.language = parse_label_language(t["labels"].value_or(std::string("zh"))).value_or(LabelLanguage::Zh);
  if (t["slide"].value_or(false)) o.type_scale = slide_type_scale(o.resolved_width_px(), o.dpi);
  o.show_locator = t["locator"].value_or(false);
  Bounds frame = w.geometry.bounds;
  if (auto code = t["extent"].value<std::string>()) {
    bool found = false;
    for (std::size_t i = 0; i < w.atlas.regions.size(); ++i) {
      if (w.atlas.regions[i].code == *code) {
        frame = w.geometry.shape_bounds[i];
        found = true;
      }
    }
    INFO("extent " << *code);
    REQUIRE(found);
  } else {
    std::sort(data.begin(), data.end());
    data.erase(std::unique(data.begin(), data.end()), data.end());
    frame = frame_for_data(w.atlas, w.geometry, data);
  }
  o.view = Camera::fit(frame, o.resolved_width_px(), o.resolved_height_px());
  c->threshold = t["threshold"].value_or(c->threshold);
  c->allowed = t["allowed"].value_or(c->allowed);
  c->allowed_cairo = t["allowed_cairo"].value_or(c->allowed_cairo);
  return c;
}

// The Cairo drawing of a vector page on an image surface of the page's pixels.
Image cairo_image(int width, int height, double dpi, const std::function<void(cairo_t*)>& draw) {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, dpi / 72.0, dpi / 72.0); // the vector pages draw in points
  draw(cr);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  Image out(width, height);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < width; ++x) {
      out.set(x, y, {static_cast<std::uint8_t>(row[x] >> 16), static_cast<std::uint8_t>(row[x] >> 8),
                     static_cast<std::uint8_t>(row[x]), 255});
    }
  }
  cairo_surface_destroy(surface);
  return out;
}

struct Drawn {
  Image gl, cairo;
};

Drawn draw_case(const Case& c, const World& w) {
  const LabelLayer labels(w.atlas, w.projection);
  const cairo::PangoMeasure measure;
  if (c.spec.panes.size() == 1) {
    const ExportScene& scene = c.spec.panes.front().scene;
    const Composition page = compose_export(c.spec.options, scene, labels, measure);
    return {render_composition(page, scene),
            cairo_image(page.width_px, page.height_px, page.dpi,
                        [&](cairo_t* cr) { draw_vector_page(cr, page, scene); })};
  }
  const PageComposition page = compose_page(c.spec, labels, measure);
  std::vector<const ExportScene*> scenes;
  for (const PagePane& p : c.spec.panes) scenes.push_back(&p.scene);
  return {render_page_image(page, scenes),
          cairo_image(page.page.width_px, page.page.height_px, page.page.dpi,
                      [&](cairo_t* cr) { draw_page_vector(cr, page, scenes); })};
}

// The share of pixels differing by more than `threshold` in a channel; `diff` marks them red.
double differing(const Image& a, const Image& b, double threshold, Image& diff) {
  diff = Image(a.width, a.height);
  long n = 0;
  for (int y = 0; y < a.height; ++y) {
    for (int x = 0; x < a.width; ++x) {
      const Rgba8 p = a.at(x, y), q = b.at(x, y);
      const int d = std::max({std::abs(p.r - q.r), std::abs(p.g - q.g), std::abs(p.b - q.b)});
      const bool bad = d > threshold;
      n += bad;
      const auto grey = static_cast<std::uint8_t>(200 + (p.r + p.g + p.b) / 3 * 55 / 255);
      diff.set(x, y, bad ? Rgba8{220, 0, 0, 255} : Rgba8{grey, grey, grey, 255});
    }
  }
  return static_cast<double>(n) / (static_cast<double>(a.width) * a.height);
}

} // namespace

TEST_CASE("page folders: every tests/pages case looks as expected in both backends", "[export][pages][gl]") {
  const fs::path root = fs::path(STEPPE_SOURCE_ROOT) / "tests/pages";
  std::vector<fs::path> cases;
  for (const fs::directory_entry& e : fs::directory_iterator(root))
    if (fs::exists(e.path() / "page.toml")) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 7);
  const bool update = std::getenv("UPDATE") != nullptr && std::string(std::getenv("UPDATE")) == "1";
  const World w;
  OffscreenContext context;
  std::map<std::string, Image> gl_pages;
  for (const fs::path& dir : cases) {
    const std::string name = dir.filename().string();
    INFO("tests/pages/" << name);
    const auto c = read_case(w, dir / "page.toml");
    const Drawn drawn = draw_case(*c, w);
    const fs::path expected_png = dir / "expected.png";
    if (update) write_png(drawn.gl, expected_png);
    REQUIRE(fs::exists(expected_png));
    const Image expected = read_png(expected_png);
    REQUIRE(expected.width == drawn.gl.width);
    REQUIRE(expected.height == drawn.gl.height);
    Image diff_gl, diff_cairo;
    const double gl = differing(drawn.gl, expected, c->threshold, diff_gl);
    const double vec = differing(drawn.cairo, expected, c->threshold, diff_cairo);
    INFO("GL differs at " << gl * 100 << "% (allowed " << c->allowed * 100 << "%), Cairo at " << vec * 100
                          << "% (allowed " << c->allowed_cairo * 100 << "%)");
    const bool ok = gl <= c->allowed && vec <= c->allowed_cairo;
    const fs::path out = fs::path(STEPPE_TEST_OUTPUT_DIR) / "pages" / name;
    fs::create_directories(out);
    write_png(drawn.cairo, out / "actual-cairo.png"); // always: to look at
    if (!ok) {
      write_png(drawn.gl, out / "actual-gl.png");
      write_png(gl > c->allowed ? diff_gl : diff_cairo, out / "diff.png");
    }
    CHECK(gl <= c->allowed);
    CHECK(vec <= c->allowed_cairo);
    gl_pages[name] = drawn.gl;
  }
  // Slides = handouts: the slide and the deck's PDF page of one view are one picture.
  REQUIRE(gl_pages.count("slide") == 1);
  REQUIRE(gl_pages.count("deck-page") == 1);
  Image diff;
  CHECK(differing(gl_pages["slide"], gl_pages["deck-page"], 8, diff) <= 0.001);
}

} // namespace steppe
