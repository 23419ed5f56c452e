// The legend never covers a data-bearing region, on any page size, checked
// with pixels (not with the boxes the layout reports): the composed page is
// rendered twice with a mask paint — data regions magenta, every other region
// white, no labels — once with its legend and once without. No pixel the
// legend changes may be a data pixel, and the data must be on the page.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "core/choropleth.hpp"
#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"
#include "export/page_frame.hpp"
#include "export/raster_export.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "render/choropleth_paint.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "export_fixture.hpp"

namespace steppe {
namespace {

struct PageSize {
  const char* name;
  int w, h;
  double dpi;
  bool a4;
};

using test::find_indicator;
using test::magenta;

} // namespace

TEST_CASE("the legend covers no data-bearing region at any page size", "[export][legend][gl]") {
  const test::GlPageFixture f;
  const Atlas& atlas = f.atlas;
  const Projection& projection = f.projection;
  const MapGeometry& geometry = f.geometry;
  const std::vector<Indicator>& all = f.all;
  const LabelLayer& labels = f.labels;
  const cairo::PangoMeasure& measure = f.measure;

  const std::vector<std::string> ids = {"tongliao_raw_coal_output_2025_01_07", "baotou_park_count_2014_01",
                                        "hohhot_park_count_2024_h1", "gdp_growth_target_league_2014"};
  const std::vector<PageSize> sizes = {{"1366x768", 1366, 768, 96, false},
                                       {"1440x900", 1440, 900, 96, false},
                                       {"1920x1080", 1920, 1080, 96, false},
                                       {"3840x2160", 3840, 2160, 192, false},
                                       {"A4", 0, 0, 150, true}};
  for (const std::string& id : ids) {
    const Choropleth choropleth = build_choropleth(atlas, find_indicator(all, id));
    const ExportScene scene = choropleth_scene(atlas, projection, geometry, choropleth);
    REQUIRE_FALSE(scene.data_regions.empty());
    // The mask: data magenta, the rest white (same legend, same composition).
    ExportScene mask = scene;
    mask.region_colours.assign(atlas.regions.size(), Rgba8{255, 255, 255, 255});
    for (std::size_t i : scene.data_regions) mask.region_colours[i] = {255, 0, 255, 255};
    mask.region_patterns.assign(atlas.regions.size(), kPatternSolid);
    // A banner indicator's values colour banners; a league's every banner of it.
    for (std::size_t i = 0; i < atlas.regions.size(); ++i)
      if (choropleth.state_by_region[i] == RegionDataState::Value) mask.region_colours[i] = {255, 0, 255, 255};

    for (const PageSize& size : sizes) {
      INFO(id << " at " << size.name);
      ExportOptions o;
      o.out = test::export_output("legend_clear_" + id + "_" + size.name + ".png");
      o.dpi = size.dpi;
      if (size.a4) o.physical = PhysicalSize{297, 210};
      else {
        o.width_px = size.w;
        o.height_px = size.h;
      }
      o.title = find_indicator(all, id).meta.title_zh;
      o.view = Camera::fit(frame_for_data(atlas, geometry, scene.data_regions), o.resolved_width_px(),
                           o.resolved_height_px());
      Composition on = compose_export(o, scene, labels, measure);
      REQUIRE(on.layout.legend.has_value());
      on.labels.clear();
      on.label_items.clear();
      Composition off = on;
      off.layout.legend.reset();
      off.layout.legend_rows.clear();
      const std::filesystem::path on_png = o.out, off_png = test::export_output("legend_clear_off.png");
      write_png_export(on_png, on, mask, 0, {});
      write_png_export(off_png, off, mask, 0, {});
      const Image a = read_png(on_png), b = read_png(off_png);
      REQUIRE(a.width == b.width);
      REQUIRE(a.height == b.height);
      std::size_t data = 0, changed = 0, hidden = 0;
      for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
          const bool is_data = magenta(b.at(x, y));
          const bool differs = !(a.at(x, y) == b.at(x, y));
          data += is_data;
          changed += differs;
          hidden += is_data && differs;
        }
      CHECK(data > 200);    // the data is on the page
      CHECK(changed > 500); // the legend is drawn
      CHECK(hidden == 0);   // and covers none of it
    }
  }
}

} // namespace steppe
