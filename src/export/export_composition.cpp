#include "export/export_composition.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/data_footprint.hpp"
#include "core/error.hpp"
#include "export/box_placement.hpp"
#include "io/locator_reader.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

double snapped_hatch_spacing(const MapStyle& style, double pixel_ratio) {
  // The GL fill shader clamps the spacing to at least 2 px.
  return std::max(2.0, std::round(std::max(2.0, style.hatch_spacing * pixel_ratio)));
}

namespace {

Bounds canvas_box(const Box& b, double r) { return {b.x * r, b.y * r, b.right() * r, b.bottom() * r}; }

} // namespace

namespace {

DataFootprint footprint_of(const ExportScene& scene, const std::vector<std::size_t>& regions, const Camera& camera) {
  std::vector<const MultiPolygon*> shapes;
  for (std::size_t i : regions)
    if (i < scene.geometry->shapes.size()) shapes.push_back(&scene.geometry->shapes[i]);
  const int cell = std::max(2, static_cast<int>(std::lround(4 * camera.pixel_ratio)));
  return DataFootprint(shapes, camera, cell);
}

// The index of the least score (compared in order: hidden data first), the
// first on ties; the candidates come best first.
template <std::size_t N>
std::size_t least(const std::vector<std::array<std::size_t, N>>& scores) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < scores.size(); ++i)
    if (scores[i] < scores[best]) best = i;
  return best;
}

} // namespace

DataFootprint data_footprint(const ExportScene& scene, const Camera& camera) {
  return footprint_of(scene, scene.data_regions, camera);
}

void put_legend_in_column(Composition& c, double column) {
  if (!c.layout.legend) return;
  const double r = c.pixel_ratio;
  const double m = kMarginPx;
  c.layout.map.w -= column;
  place_map_panels(c.layout);
  move_legend(c.layout, {c.layout.map.right(), c.layout.map.bottom() - m - c.layout.legend->h});
  const int x1 = static_cast<int>(std::lround(c.layout.map.right() * r));
  c.map_px.w = std::max(1, std::min(c.map_px.w, x1 - c.map_px.x));
}

namespace {

Box exact_map_box(const Composition& c) {
  const double r = c.pixel_ratio;
  return {c.map_px.x / r, c.map_px.y / r, c.map_px.w / r, c.map_px.h / r};
}

} // namespace

void place_legend_clear_of_data(Composition& c, const ExportScene& scene, const Bounds& extent, bool may_shrink) {
  if (!c.layout.legend || scene.data_regions.empty()) return;
  const double r = c.pixel_ratio;
  const DataFootprint footprint = data_footprint(scene, c.camera);
  // The first corner that hides no data; else the one that hides least.
  std::vector<Vec2> fitting;
  std::vector<std::array<std::size_t, 1>> hidden;
  for (const Vec2& at : legend_candidates(c.layout)) {
    const Box panel{at.x, at.y, c.layout.legend->w, c.layout.legend->h};
    if (panel.y < c.layout.map.y || panel.x < c.layout.map.x) continue; // no room in that corner
    fitting.push_back(at);
    hidden.push_back({footprint.covered_in(canvas_box(panel, r))});
  }
  std::optional<Vec2> best;
  std::size_t least_hidden = SIZE_MAX;
  if (!fitting.empty()) {
    const std::size_t k = least(hidden);
    best = fitting[k];
    least_hidden = hidden[k][0];
  }
  if (least_hidden == 0 || !may_shrink) {
    if (best) move_legend(c.layout, *best);
    return;
  }
  // Every corner hides data: the legend gets its own column at the right and
  // the map box shrinks beside it (as a layout program moves the legend out).
  const double column = c.layout.legend->w + kMarginPx;
  if (c.layout.map.w - column < c.layout.map.w * 0.6) { // too narrow a map: least-bad corner
    if (best) move_legend(c.layout, *best);
    return;
  }
  put_legend_in_column(c, column);
  c.camera = frame_view(extent, exact_map_box(c), c.width_px, c.height_px, r);
}

void place_locator(Composition& c, const ExportScene& scene, const LabelLayer& labels) {
  if (c.content.locator == nullptr || c.content.locator->empty()) {
    c.content.locator = nullptr;
    return;
  }
  const double r = c.pixel_ratio;
  const Vec2 size = locator_size(c.layout.map, c.content.locator->aspect());
  const std::vector<Vec2> candidates = locator_candidates(c.layout, size);
  if (candidates.empty()) {
    c.warnings.push_back("the map area has no free corner for the locator inset; it is left out (choose a larger size)");
    c.content.locator = nullptr;
    return;
  }
  // As the legend: hide no data region; then cover the fewest labels (as they would
  // lie without the inset), then the least of the atlas's region itself.
  const DataFootprint data = data_footprint(scene, c.camera);
  std::vector<std::size_t> whole;
  for (std::size_t i = 0; i < scene.atlas->regions.size(); ++i)
    if (scene.atlas->regions[i].level == Level::Region) whole.push_back(i);
  const DataFootprint atlas = footprint_of(scene, whole, c.camera);
  const std::vector<PlacedLabel> placed = labels.layout(c.label_camera, c.label_options);
  std::vector<std::array<std::size_t, 3>> scores;
  for (const Vec2& at : candidates) {
    const Bounds box = canvas_box(Box{at.x, at.y, size.x, size.y}, r);
    std::size_t hit = 0;
    for (const PlacedLabel& l : placed) {
      const Bounds b{l.box_px.min_x + c.map_px.x, l.box_px.min_y + c.map_px.y, l.box_px.max_x + c.map_px.x,
                     l.box_px.max_y + c.map_px.y};
      if (overlaps(b, box)) ++hit;
    }
    scores.push_back({data.covered_in(box), hit, atlas.covered_in(box)});
  }
  const Vec2 at = candidates[least(scores)];
  c.layout.locator = Box{at.x, at.y, size.x, size.y};
}

Composition compose_layout(const ExportOptions& options, const ExportScene& scene, const TextMeasure& measure) {
  if (scene.atlas == nullptr || scene.projection == nullptr || scene.geometry == nullptr) {
    throw Error("export: the scene needs an atlas, a projection and its map geometry");
  }
  const std::size_t n = scene.geometry->region_count();
  if (!scene.region_colours.empty() && scene.region_colours.size() != n) {
    throw Error("export: " + std::to_string(scene.region_colours.size()) + " region colours for " +
                std::to_string(n) + " regions");
  }
  if (!scene.region_patterns.empty() && scene.region_patterns.size() != n) {
    throw Error("export: " + std::to_string(scene.region_patterns.size()) + " region patterns for " +
                std::to_string(n) + " regions");
  }
  Composition c;
  c.width_px = options.resolved_width_px();
  c.height_px = options.resolved_height_px();
  c.dpi = options.dpi;
  c.pixel_ratio = options.pixel_ratio();
  c.style = scene.style;
  c.style.hatch_spacing = static_cast<float>(snapped_hatch_spacing(scene.style, c.pixel_ratio) / c.pixel_ratio);

  c.content.title = options.title;
  c.content.title_size = options.title_size;
  c.content.subtitle = options.subtitle;
  c.content.credits = options.credits;
  c.content.source = options.source;
  if (c.content.source.empty() && options.source_from_legend && scene.legend != nullptr) {
    c.content.source = scene.legend->source_line;
  }
  c.content.legend = options.show_legend ? scene.legend : nullptr;
  c.content.scale_bar = options.show_scale_bar;
  c.content.north_arrow = options.show_north_arrow;
  if (options.show_locator) {
    // The built-in locator singles out Inner Mongolia: it only suits an atlas of
    // its regions (GB/T 2260 codes 15xxxx); another atlas gets no inset, and says so.
    const bool inner_mongolia =
        !scene.atlas->regions.empty() && std::all_of(scene.atlas->regions.begin(), scene.atlas->regions.end(), [](const Region& r) {
          return r.code.size() == 6 && r.code.compare(0, 2, "15") == 0;
        });
    if (scene.locator != nullptr) c.content.locator = scene.locator;
    else if (inner_mongolia) c.content.locator = &builtin_locator();
    else c.warnings.push_back("the locator inset shows Inner Mongolia within China, and these boundaries are not "
                              "Inner Mongolia's (codes 15xxxx): it is left out");
  }
  c.layout = layout_export(c.width_px / c.pixel_ratio, c.height_px / c.pixel_ratio, c.content, measure);

  // The map box in whole canvas pixels, so tiles and label viewports align.
  const Box& mb = c.layout.map;
  const int x0 = static_cast<int>(std::lround(mb.x * c.pixel_ratio));
  const int x1 = static_cast<int>(std::lround(mb.right() * c.pixel_ratio));
  const int y0 = static_cast<int>(std::lround(mb.y * c.pixel_ratio));
  const int y1 = static_cast<int>(std::lround(mb.bottom() * c.pixel_ratio));
  c.map_px = {x0, y0, std::max(1, std::min(c.width_px, x1) - x0), std::max(1, std::min(c.height_px, y1) - y0)};
  c.label_options = scene.labels;
  c.label_options.language = options.language;
  return c;
}

Bounds export_extent(const ExportOptions& options, const ExportScene& scene) {
  if (options.view) return options.view->visible_world();
  Bounds extent = scene.geometry->bounds;
  if (!extent.valid()) throw Error("export: nothing to draw, the atlas has no region geometry");
  const double pad = 0.03 * std::max(extent.width(), extent.height());
  extent.expand(Vec2{extent.min_x - pad, extent.min_y - pad});
  extent.expand(Vec2{extent.max_x + pad, extent.max_y + pad});
  return extent;
}

Composition compose_export(const ExportOptions& options, const ExportScene& scene,
                           const LabelLayer& labels, const TextMeasure& measure) {
  Composition c = compose_layout(options, scene, measure);
  const Bounds extent = export_extent(options, scene);
  const bool fills = options.view && options.view_fills_canvas;
  if (fills) c.map_px = {0, 0, c.width_px, c.height_px};
  compose_map(c, scene, labels, extent, fills ? LegendPlacement::Corners : LegendPlacement::ClearOfData);
  return c;
}

void compose_map(Composition& c, const ExportScene& scene, const LabelLayer& labels, const Bounds& extent,
                 LegendPlacement placement) {
  c.camera = frame_view(extent, exact_map_box(c), c.width_px, c.height_px, c.pixel_ratio);
  if (placement != LegendPlacement::Given) {
    place_legend_clear_of_data(c, scene, extent, placement == LegendPlacement::ClearOfData);
  }
  const Box& mb = c.layout.map;

  c.label_camera = c.camera;
  c.label_camera.width_px = c.map_px.w;
  c.label_camera.height_px = c.map_px.h;
  c.label_camera.centre = c.camera.to_world({c.map_px.x + c.map_px.w / 2.0, c.map_px.y + c.map_px.h / 2.0});
  // Labels move around the legend, scale bar, north arrow and locator inset (league
  // names are never dropped); the boxes in the label camera's pixels.
  const auto keep_clear = [&c](const Box& panel) {
    const double pr = c.pixel_ratio;
    c.label_options.keep_clear_px.push_back({panel.x * pr - c.map_px.x, panel.y * pr - c.map_px.y,
                                             panel.right() * pr - c.map_px.x, panel.bottom() * pr - c.map_px.y});
  };
  for (const Box& panel : boxes_over_map(c.layout)) keep_clear(panel);
  if (c.content.locator != nullptr && !c.layout.locator) {
    place_locator(c, scene, labels);
    if (c.layout.locator) keep_clear(*c.layout.locator);
  }
  c.labels = labels.layout(c.label_camera, c.label_options);
  c.label_items = labels.text_items(c.label_camera, c.label_options);
  const Vec2 d{static_cast<double>(c.map_px.x), static_cast<double>(c.map_px.y)};
  for (PlacedLabel& l : c.labels) {
    l.anchor_px = {l.anchor_px.x + d.x, l.anchor_px.y + d.y};
    l.box_px = {l.box_px.min_x + d.x, l.box_px.min_y + d.y, l.box_px.max_x + d.x, l.box_px.max_y + d.y};
  }
  for (TextItem& item : c.label_items) item.position_px = {item.position_px.x + d.x, item.position_px.y + d.y};

  if (scene.points != nullptr) {
    const TextRenderer text; // measures only
    c.points = layout_point_overlay(*scene.points, c.camera, scene.point_options, text);
  }

  c.decoration.pixel_ratio = c.pixel_ratio;
  const Vec2 centre_px{mb.centre().x * c.pixel_ratio, mb.centre().y * c.pixel_ratio};
  if (c.content.scale_bar) {
    c.decoration.scale_bar = scale_bar_at(c.camera, *scene.projection, centre_px, kScaleBarMaxPx * c.pixel_ratio);
    // The panel hugs the bar, leaving room for the end label ("200 km").
    if (c.layout.scale_bar) {
      c.layout.scale_bar->w = std::min(c.layout.scale_bar->w, c.decoration.scale_bar.length_px / c.pixel_ratio + 44);
    }
  }
  if (c.content.north_arrow) c.decoration.north_angle = north_angle_at(c.camera, *scene.projection, centre_px);
  // Labels the legend, scale bar, north arrow or locator would cover are left out.
  const double r = c.pixel_ratio;
  std::vector<Bounds> dropped;
  const std::vector<Box> panels = boxes_over_map(c.layout);
  std::erase_if(c.labels, [&](const PlacedLabel& l) {
    for (const Box& panel : panels) {
      const double pad = 3 * r;
      if (l.box_px.min_x < panel.right() * r + pad && l.box_px.max_x > panel.x * r - pad &&
          l.box_px.min_y < panel.bottom() * r + pad && l.box_px.max_y > panel.y * r - pad) {
        dropped.push_back(l.box_px);
        return true;
      }
    }
    return false;
  });
  // Their lines too (labels never overlap, so a line belongs to the box it is in).
  std::erase_if(c.label_items, [&](const TextItem& item) {
    return std::any_of(dropped.begin(), dropped.end(), [&](const Bounds& b) { return b.contains(item.position_px); });
  });

  place_callouts(c, scene);
  place_annotations(c, scene);

  if (c.layout.legend && c.layout.legend->y < c.layout.map.y) {
    c.warnings.push_back("the legend is taller than the map area; choose a taller size");
  }
}

} // namespace steppe
