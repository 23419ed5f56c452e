#pragma once
// Several maps in one image: a split view (two panes side by side) or small
// multiples (a grid), every pane drawn through the same draw_map_frame path
// as a single map (render_map_image at the pane's size, then placed in the
// canvas), all with ONE camera (core/view_sync), each with a title strip.
// When every pane's legend agrees (unit, breaks, colours) one shared legend
// is drawn at the right; otherwise each pane carries its own. Panes of
// different periods always say so (a legend warning). Needs a current GL
// context (OffscreenContext) and CJK fonts.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/choropleth.hpp"
#include "core/indicator.hpp"
#include "core/legend.hpp"
#include "core/view_sync.hpp"
#include "render/image.hpp"
#include "render/label_layer.hpp"
#include "render/choropleth_paint.hpp"
#include "render/map_renderer.hpp"

namespace steppe {

class LegendRenderer;
class TextRenderer;

struct MapPane {
  std::string title;                  // drawn above the map
  std::vector<Rgba8> colours;         // per Atlas::regions index
  std::vector<std::uint8_t> patterns; // per Atlas::regions index (kPattern*)
  Legend legend;                      // the pane's own legend
};

// A pane showing `choropleth` (its colours, hatch patterns and legend).
MapPane pane_from_choropleth(std::string title, const Choropleth& choropleth);

struct MultiViewPlan {
  std::vector<MapPane> panes;
  std::optional<Legend> shared_legend; // set when every pane's legend is comparable
};

// Decides the legends: one shared legend when all are comparable, else one
// per pane; mixed periods (between panes or within a pane's rows) are added
// as warnings to whichever legends are drawn. `indicators` parallel `panes`.
MultiViewPlan plan_multi_view(std::vector<MapPane> panes, const std::vector<const Indicator*>& indicators);

struct MultiViewOptions {
  int width = 1600, height = 900; // the whole canvas, framebuffer pixels
  double pixel_ratio = 1.0;
  LabelOptions labels{};          // language None: no labels
  bool legends = true;
  double title_size_px = 17;      // logical px
  MapStyle style = choropleth_map_style(); // the paint's style for every pane
};

struct MultiViewResult {
  Image image;
  PaneGrid grid;
  std::vector<Camera> cameras; // per pane, pane-local pixels; canvas = grid.map_origin(k) + local
};

// Fonts, glyph atlases and shader programs for titles and legends, kept by a
// caller that redraws often (the window's split view) instead of being built
// on every call. Needs a current GL context for its whole life.
struct MultiViewTools {
  MultiViewTools();
  ~MultiViewTools();
  MultiViewTools(const MultiViewTools&) = delete;
  MultiViewTools& operator=(const MultiViewTools&) = delete;
  std::unique_ptr<TextRenderer> text;
  std::unique_ptr<LegendRenderer> legend;
};

// Draws the plan framing `frame` (projected bounds) with synchronised cameras.
// `labels` may be null. Throws steppe::Error when the canvas is too small or a
// pane's tables do not match the renderer's atlas.
MultiViewResult render_multi_view(MapRenderer& map, const MultiViewPlan& plan, const Bounds& frame,
                                  const MultiViewOptions& options, LabelLayer* labels = nullptr);

// Where a pane's own legend lies in the pane (pane-local framebuffer pixels),
// as render_multi_view draws it; `measure` shapes its text.
Bounds pane_legend_box(const Legend& legend, const Camera& pane, const LegendRenderer& measure);

// The title of an indicator's pane: "地区生产总值增速 2013年 (2013)".
std::string pane_title(const IndicatorMeta& meta);

// The whole composition for `steppe render --split/--multiples`: one pane per
// indicator (choropleths[k] built from *indicators[k]), drawn with its own
// MapRenderer and labels. Needs a current GL context (OffscreenContext).
MultiViewResult render_indicator_panes(const Atlas& atlas, const Projection& projection,
                                       const MapGeometry& geometry,
                                       const std::vector<const Indicator*>& indicators,
                                       const std::vector<const Choropleth*>& choropleths, const Bounds& frame,
                                       const MultiViewOptions& options);

// Same, with the cameras of an existing SyncedViews (e.g. after pan/zoom).
// `tools` may be null (built for this call).
MultiViewResult render_multi_view(MapRenderer& map, const MultiViewPlan& plan, const SyncedViews& views,
                                  const PaneGrid& grid, const MultiViewOptions& options,
                                  LabelLayer* labels = nullptr, MultiViewTools* tools = nullptr);

} // namespace steppe
