#include "render/multi_view.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "core/indicator_series.hpp"
#include "core/indicator_summary.hpp"
#include "render/choropleth_paint.hpp"
#include "render/gl_handles.hpp"
#include "render/legend_renderer.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_target.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

MapPane pane_from_choropleth(std::string title, const Choropleth& choropleth) {
  MapPane pane;
  pane.title = std::move(title);
  pane.colours = region_colours(choropleth);
  pane.patterns = choropleth.pattern_by_region;
  pane.legend = choropleth.legend;
  return pane;
}

MultiViewPlan plan_multi_view(std::vector<MapPane> panes, const std::vector<const Indicator*>& indicators) {
  if (panes.empty()) throw Error("a multi-pane view needs at least one pane");
  if (indicators.size() != panes.size()) {
    throw Error("plan_multi_view: " + std::to_string(panes.size()) + " panes but " +
                std::to_string(indicators.size()) + " indicators");
  }
  MultiViewPlan plan;
  std::vector<const Legend*> legends;
  std::vector<std::string> titles;
  for (const MapPane& p : panes) {
    legends.push_back(&p.legend);
    titles.push_back(p.title);
  }
  if (panes.size() > 1 && legends_comparable(legends)) {
    plan.shared_legend = shared_legend(legends);
    add_period_warnings(*plan.shared_legend, indicators, titles);
  } else {
    for (MapPane& p : panes) add_period_warnings(p.legend, indicators, titles);
  }
  plan.panes = std::move(panes);
  return plan;
}

namespace {

void blit(Image& canvas, const Image& pane, Vec2 origin) {
  const int ox = static_cast<int>(std::lround(origin.x));
  const int oy = static_cast<int>(std::lround(origin.y));
  // Row by row, clipped to the canvas.
  const int x0 = std::max(0, -ox);
  const int x1 = std::min(pane.width, canvas.width - ox);
  if (x1 <= x0) return;
  const auto row_bytes = static_cast<std::ptrdiff_t>(x1 - x0) * 4;
  for (int y = std::max(0, -oy); y < pane.height && oy + y < canvas.height; ++y) {
    const auto from = pane.rgba.begin() + static_cast<std::ptrdiff_t>(pane.offset(x0, y));
    std::copy(from, from + row_bytes, canvas.rgba.begin() + static_cast<std::ptrdiff_t>(canvas.offset(ox + x0, oy + y)));
  }
}

// The canvas behind the panes: background, pane titles, the shared legend.
Image draw_canvas(const MultiViewPlan& plan, const PaneGrid& grid, const MultiViewOptions& o,
                  MultiViewTools& tools) {
  OffscreenTarget target(o.width, o.height, 4);
  target.bind();
  const Rgba8 bg = o.style.background;
  glViewport(0, 0, o.width, o.height);
  glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);

  std::vector<TextItem> titles;
  for (std::size_t k = 0; k < plan.panes.size(); ++k) {
    TextItem item;
    item.utf8 = plan.panes[k].title;
    item.position_px = grid.title_centre(k);
    item.size_px = std::round(o.title_size_px * o.pixel_ratio);
    item.weight = FontWeight::Bold;
    // A long title in a narrow pane shrinks to fit (down to 60%) rather than spill over its neighbour.
    const double width = tools.text->measure(item.utf8, item.size_px, item.weight).x;
    const double room = grid.pane_w - 8 * o.pixel_ratio;
    if (width > room && width > 0) item.size_px = std::round(std::max(0.6, room / width) * item.size_px);
    item.halo_colour = {255, 255, 255, 0};
    titles.push_back(std::move(item));
  }
  tools.text->draw(titles, o.width, o.height);

  if (plan.shared_legend && o.legends) {
    Camera canvas_camera;
    canvas_camera.width_px = o.width;
    canvas_camera.height_px = o.height;
    canvas_camera.pixel_ratio = o.pixel_ratio;
    LegendStyle style;
    style.corner = LegendCorner::TopRight;
    style.margin_px = grid.gap / o.pixel_ratio;
    style.text_width_px = std::max(120.0, grid.legend_w / o.pixel_ratio - 2 * style.padding_px - 2 * style.margin_px);
    tools.legend->draw(*plan.shared_legend, canvas_camera, style, hatch_style(o.style, o.pixel_ratio));
  }
  return target.read();
}

// A pane's own legend: smaller than a single map's, at the right of the pane
// (the map is framed in the rest, see render_multi_view below).
LegendStyle pane_legend_style(const Camera& pane) {
  LegendStyle style;
  style.corner = LegendCorner::BottomRight;
  const double w = pane.width_px / pane.pixel_ratio;
  const double scale = std::clamp(w / 700.0, 0.75, 1.0);
  style.margin_px = 8;
  style.padding_px = 8;
  style.title_size_px *= scale;
  style.text_size_px *= scale;
  style.note_size_px *= scale;
  style.swatch_w_px *= scale;
  style.swatch_h_px *= scale;
  style.text_width_px = std::clamp(w * 0.3, 130.0, 300.0);
  return style;
}

} // namespace

MultiViewTools::MultiViewTools()
    : text(std::make_unique<TextRenderer>()), legend(std::make_unique<LegendRenderer>()) {}
MultiViewTools::~MultiViewTools() = default;

MultiViewResult render_multi_view(MapRenderer& map, const MultiViewPlan& plan, const SyncedViews& views,
                                  const PaneGrid& grid, const MultiViewOptions& o, LabelLayer* labels,
                                  MultiViewTools* shared_tools) {
  if (views.pane_count() != plan.panes.size()) {
    throw Error("render_multi_view: " + std::to_string(plan.panes.size()) + " panes but " +
                std::to_string(views.pane_count()) + " synchronised views");
  }
  MultiViewResult result;
  result.grid = grid;
  std::optional<MultiViewTools> own_tools;
  MultiViewTools& tools = shared_tools != nullptr ? *shared_tools : own_tools.emplace();
  result.image = draw_canvas(plan, grid, o, tools);

  const bool pane_legends = !plan.shared_legend && o.legends;
  for (std::size_t k = 0; k < plan.panes.size(); ++k) {
    const MapPane& pane = plan.panes[k];
    const MapPaint paint{o.style, {pane.colours, pane.patterns}};
    const Camera camera = views.camera(k);
    const FrameOverlay overlay = [&](const Camera& c) {
      if (labels && o.labels.language != LabelLanguage::None) labels->draw(c, o.labels);
      if (pane_legends) tools.legend->draw(pane.legend, c, pane_legend_style(c), hatch_style(o.style, c.pixel_ratio));
    };
    const Image image = render_map_image(map, camera, paint, overlay);
    blit(result.image, image, grid.map_origin(k));
    result.cameras.push_back(camera);
  }
  return result;
}

MultiViewResult render_multi_view(MapRenderer& map, const MultiViewPlan& plan, const Bounds& frame,
                                  const MultiViewOptions& o, LabelLayer* labels) {
  const bool shared = plan.shared_legend.has_value() && o.legends;
  const PaneGrid grid = make_pane_grid(plan.panes.size(), o.width, o.height, o.pixel_ratio, shared);
  Camera camera = Camera::fit(frame, grid.pane_w, grid.pane_h, o.pixel_ratio);
  if (!shared && o.legends) {
    // Every pane carries its legend at the right: frame the map in the rest,
    // the same way in every pane (the camera stays one model).
    LegendRenderer measure;
    double reserved = 0;
    for (const MapPane& p : plan.panes) {
      const LegendLayout l = layout_legend(p.legend, camera, measure.text(), pane_legend_style(camera));
      reserved = std::max(reserved, grid.pane_w - l.panel_px.min_x);
    }
    if (reserved < grid.pane_w * 0.6) {
      camera = Camera::fit(frame, std::max(16, static_cast<int>(grid.pane_w - reserved)), grid.pane_h, o.pixel_ratio);
      camera.width_px = grid.pane_w;
      camera.centre.x += reserved / 2 * camera.units_per_px;
    }
  }
  const SyncedViews views(plan.panes.size(), camera);
  return render_multi_view(map, plan, views, grid, o, labels);
}

Bounds pane_legend_box(const Legend& legend, const Camera& pane, const LegendRenderer& measure) {
  return layout_legend(legend, pane, measure.text(), pane_legend_style(pane)).panel_px;
}

std::string pane_title(const IndicatorMeta& meta) {
  return (meta.title_zh.empty() ? meta.id : meta.title_zh) + " " + period_label(meta);
}

MultiViewResult render_indicator_panes(const Atlas& atlas, const Projection& projection,
                                       const MapGeometry& geometry,
                                       const std::vector<const Indicator*>& indicators,
                                       const std::vector<const Choropleth*>& choropleths, const Bounds& frame,
                                       const MultiViewOptions& options) {
  if (indicators.size() != choropleths.size()) {
    throw Error("render_indicator_panes: " + std::to_string(indicators.size()) + " indicators but " +
                std::to_string(choropleths.size()) + " choropleths");
  }
  std::vector<MapPane> panes;
  for (std::size_t k = 0; k < indicators.size(); ++k)
    panes.push_back(pane_from_choropleth(pane_title(indicators[k]->meta), *choropleths[k]));
  const MultiViewPlan plan = plan_multi_view(std::move(panes), indicators);
  MapRenderer map(geometry);
  std::optional<LabelLayer> labels;
  if (options.labels.language != LabelLanguage::None) labels.emplace(atlas, projection);
  return render_multi_view(map, plan, frame, options, labels ? &*labels : nullptr);
}

} // namespace steppe
