#pragma once
// The built-in atlas with a choropleth-like scene (distinct class colours,
// a few hatched no-data banners, a legend) shared by the export tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/indicator.hpp"
#include "core/palette.hpp"
#include "export/cairo_text.hpp"
#include "export/export_map.hpp"
#include "geo/map_geometry.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "render/image.hpp"
#include "render/label_layer.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_context.hpp"

namespace steppe::test {

// The shipped indicator `id` among `all` (the test fails without it).
inline const Indicator& find_indicator(const std::vector<Indicator>& all, const std::string& id) {
  for (const Indicator& i : all)
    if (i.meta.id == id) return i;
  FAIL("no shipped indicator " << id);
  throw;
}

// What the GL page tests (legend and locator clearance) draw with: the
// built-in atlas, its geometry, every shipped indicator, a headless GL
// context, the label layer and Pango's text measure.
struct GlPageFixture {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());
  OffscreenContext context;
  LabelLayer labels{atlas, projection};
  cairo::PangoMeasure measure;
};

// The colour tests paint data regions in, to find them in a render.
inline bool magenta(Rgba8 p) { return p.r > 200 && p.g < 80 && p.b > 200; }

struct ExportFixture {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  Legend legend;
  ExportScene scene;

  ExportFixture() {
    const Palette palette = make_palette("YlGnBu", 5);
    scene.atlas = &atlas;
    scene.projection = &projection;
    scene.geometry = &geometry;
    scene.region_colours.assign(atlas.regions.size(), {231, 226, 212, 255});
    scene.region_patterns.assign(atlas.regions.size(), kPatternSolid);
    legend.title = "测试指标 / Test indicator";
    legend.unit = "万吨";
    legend.period_label = "2024年";
    legend.source_line = "来源 / Source: test fixture";
    std::size_t counts[5] = {};
    std::size_t no_data = 0;
    for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
      if (atlas.regions[i].level != Level::Banner) continue;
      if (i % 11 == 3) {
        scene.region_colours[i] = {no_data_colour().r, no_data_colour().g, no_data_colour().b, 255};
        scene.region_patterns[i] = kPatternHatch;
        ++no_data;
        continue;
      }
      const std::size_t k = i % 5;
      scene.region_colours[i] = {palette.colours[k].r, palette.colours[k].g, palette.colours[k].b, 255};
      ++counts[k];
    }
    for (std::size_t k = 0; k < 5; ++k) {
      legend.entries.push_back({LegendEntryKind::Class, palette.colours[k], false,
                                std::to_string(k * 100) + " – " + std::to_string(k * 100 + 100), counts[k]});
    }
    legend.entries.push_back({LegendEntryKind::NoData, no_data_colour(), true, "无数据 / no data", no_data});
    legend.coverage_note = "covers every league";
    scene.legend = &legend;
  }

  // The whole region as a 800 × 600 screen would show it.
  ExportOptions options(const std::filesystem::path& out, int w, int h, double dpi) const {
    ExportOptions o;
    o.out = out;
    o.width_px = w;
    o.height_px = h;
    o.dpi = dpi;
    o.view = Camera::fit(geometry.bounds, 800, 600);
    o.title = "内蒙古自治区 测试地图";
    o.subtitle = "Export test";
    o.credits = "审图号：测试";
    return o;
  }
};

inline std::filesystem::path export_output(const std::string& name) {
  std::filesystem::path dir = std::filesystem::path(STEPPE_TEST_OUTPUT_DIR) / "export";
  std::filesystem::create_directories(dir);
  return dir / name;
}

// Box-downsamples an image by an integer or fractional factor to w x h (area average).
inline Image downsample(const Image& src, int w, int h) {
  Image out(w, h);
  const double fx = static_cast<double>(src.width) / w, fy = static_cast<double>(src.height) / h;
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      double acc[4] = {0, 0, 0, 0}, weight = 0;
      const int x0 = static_cast<int>(std::floor(x * fx)), x1 = static_cast<int>(std::ceil((x + 1) * fx));
      const int y0 = static_cast<int>(std::floor(y * fy)), y1 = static_cast<int>(std::ceil((y + 1) * fy));
      for (int sy = y0; sy < std::min(y1, src.height); ++sy) {
        const double wy = std::min<double>(sy + 1, (y + 1) * fy) - std::max<double>(sy, y * fy);
        for (int sx = x0; sx < std::min(x1, src.width); ++sx) {
          const double wx = std::min<double>(sx + 1, (x + 1) * fx) - std::max<double>(sx, x * fx);
          const double wgt = wx * wy;
          if (wgt <= 0) continue;
          const Rgba8 p = src.at(sx, sy);
          acc[0] += p.r * wgt;
          acc[1] += p.g * wgt;
          acc[2] += p.b * wgt;
          acc[3] += p.a * wgt;
          weight += wgt;
        }
      }
      auto u8 = [&](double v) { return static_cast<std::uint8_t>(std::lround(v / weight)); };
      out.set(x, y, {u8(acc[0]), u8(acc[1]), u8(acc[2]), u8(acc[3])});
    }
  }
  return out;
}

struct ImageDiff {
  double mean = 0;            // mean absolute channel difference (RGB)
  double share_over = 0;      // share of pixels with a channel differing by more than `threshold`
  int max = 0;
};

inline ImageDiff compare(const Image& a, const Image& b, int threshold) {
  ImageDiff d;
  double sum = 0;
  std::size_t over = 0;
  for (int y = 0; y < a.height; ++y) {
    for (int x = 0; x < a.width; ++x) {
      const Rgba8 p = a.at(x, y), q = b.at(x, y);
      const int dr = std::abs(p.r - q.r), dg = std::abs(p.g - q.g), db = std::abs(p.b - q.b);
      sum += dr + dg + db;
      const int m = std::max({dr, dg, db});
      d.max = std::max(d.max, m);
      if (m > threshold) ++over;
    }
  }
  const double n = static_cast<double>(a.width) * a.height;
  d.mean = sum / (3 * n);
  d.share_over = static_cast<double>(over) / n;
  return d;
}

} // namespace steppe::test
