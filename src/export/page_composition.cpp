#include "export/page_composition.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/error.hpp"

namespace steppe {

namespace {

constexpr double kPaneGap = 8;        // logical px between panes
constexpr double kPaneTitleSize = 17; // logical px
constexpr double kMinPanePx = 48;     // logical px: smaller panes are refused

int px(double logical, double r) { return static_cast<int>(std::lround(logical * r)); }

// The page's source line: the shared legend's, else every pane's distinct one.
std::string page_source(const PageSpec& spec) {
  if (!spec.options.source.empty()) return spec.options.source;
  if (spec.shared_legend != nullptr) return spec.shared_legend->source_line;
  std::vector<std::string> lines;
  for (const PagePane& p : spec.panes) {
    if (p.scene.legend == nullptr || p.scene.legend->source_line.empty()) continue;
    if (std::find(lines.begin(), lines.end(), p.scene.legend->source_line) == lines.end())
      lines.push_back(p.scene.legend->source_line);
  }
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : " · ") + l;
  return out;
}

} // namespace

Bounds page_extent(const PageSpec& spec) {
  if (spec.panes.empty()) throw Error("a page needs at least one map pane");
  if (spec.options.view) return spec.options.view->visible_world();
  return export_extent(spec.options, spec.panes.front().scene);
}

GridShape choose_grid(std::size_t panes, double area_w, double area_h, double extent_w, double extent_h) {
  GridShape best;
  double best_scale = -1;
  const int n = static_cast<int>(panes);
  for (int columns = 1; columns <= n; ++columns) {
    const int rows = (n + columns - 1) / columns;
    if ((rows - 1) * columns >= n) continue; // an empty row
    const double w = (area_w - kPaneGap * (columns - 1)) / columns;
    const double h = (area_h - kPaneGap * (rows - 1)) / rows;
    if (w <= 0 || h <= 0) continue;
    const double scale = std::min(w / std::max(extent_w, 1e-9), h / std::max(extent_h, 1e-9));
    if (scale > best_scale * 1.0001) {
      best_scale = scale;
      best = {columns, rows};
    }
  }
  return best;
}

PageComposition compose_page(const PageSpec& spec, const LabelLayer& labels, const TextMeasure& measure) {
  PageComposition page = compose_page_layout(spec, measure);
  compose_page_maps(page, spec, labels, page_extent(spec));
  return page;
}

PageComposition compose_page_layout(const PageSpec& spec, const TextMeasure& measure) {
  if (spec.panes.empty()) throw Error("a page needs at least one map pane");
  const ExportOptions& o = spec.options;
  PageComposition page;

  // The page: title block, footer, and the shared legend in a column at the right.
  ExportOptions page_options = o;
  page_options.source = page_source(spec);
  page_options.source_from_legend = false;
  page_options.show_scale_bar = false;
  page_options.show_north_arrow = false;
  page_options.show_locator = false; // the first pane carries it
  page_options.show_legend = o.show_legend && spec.shared_legend != nullptr;
  ExportScene page_scene = spec.panes.front().scene;
  page_scene.legend = spec.shared_legend;
  page_scene.points = nullptr;
  page.page = compose_layout(page_options, page_scene, measure);
  Composition& pc = page.page;
  const double r = pc.pixel_ratio;
  if (pc.layout.legend) {
    const double column = pc.layout.legend->w + kMarginPx;
    if (pc.layout.map.w - column < 0.5 * pc.layout.map.w) {
      throw Error("the page is too narrow for the panes and their shared legend (" + std::to_string(pc.width_px) +
                  "x" + std::to_string(pc.height_px) + " px); choose a wider size");
    }
    pc.layout.map.w -= column;
    move_legend(pc.layout, {pc.layout.map.right() + kMarginPx / 2, pc.layout.map.y + kMarginPx});
  }
  const Box area{pc.layout.map.x + kPaneGap, pc.layout.map.y + kPaneGap, pc.layout.map.w - 2 * kPaneGap,
                 pc.layout.map.h - 2 * kPaneGap};
  pc.map_px = {px(area.x, r), px(area.y, r), std::max(1, px(area.w, r)), std::max(1, px(area.h, r))};

  // The grid of panes, equal sizes in whole canvas pixels.
  const Bounds extent = page_extent(spec);
  const GridShape grid = choose_grid(spec.panes.size(), area.w, area.h, extent.width(), extent.height());
  const int gap = px(kPaneGap, r);
  const int pane_w = (pc.map_px.w - gap * (grid.columns - 1)) / grid.columns;
  const int pane_h = (pc.map_px.h - gap * (grid.rows - 1)) / grid.rows;
  if (pane_w < kMinPanePx * r || pane_h < kMinPanePx * r) {
    throw Error("the page (" + std::to_string(pc.width_px) + "x" + std::to_string(pc.height_px) +
                " px) is too small for " + std::to_string(spec.panes.size()) +
                " map panes; choose a larger size");
  }

  // Each pane: a small page of its own with its title and (when not shared) its legend.
  for (std::size_t k = 0; k < spec.panes.size(); ++k) {
    const PagePane& p = spec.panes[k];
    const int col = static_cast<int>(k) % grid.columns, row = static_cast<int>(k) / grid.columns;
    ExportOptions po = o;
    po.physical.reset();
    po.width_px = pane_w;
    po.height_px = pane_h;
    po.title = p.title;
    po.title_size = kPaneTitleSize;
    po.subtitle.clear();
    po.source.clear();
    po.credits.clear();
    po.source_from_legend = false;
    po.show_legend = o.show_legend && spec.shared_legend == nullptr;
    po.show_scale_bar = o.show_scale_bar && k == 0;
    po.show_north_arrow = o.show_north_arrow && k == 0;
    po.show_locator = o.show_locator && k == 0;
    po.view.reset();
    po.view_fills_canvas = false;
    PlacedPane placed;
    placed.composition = compose_layout(po, p.scene, measure);
    placed.box = {pc.map_px.x + col * (pane_w + gap), pc.map_px.y + row * (pane_h + gap), pane_w, pane_h};
    page.panes.push_back(std::move(placed));
  }

  // One map box for all panes (titles may wrap differently), so one camera scale.
  // (The extent is not needed to lay out the boxes.)
  double top = 0, bottom = 1e300, column = 0;
  for (const PlacedPane& p : page.panes) {
    top = std::max(top, p.composition.layout.map.y);
    bottom = std::min(bottom, p.composition.layout.map.bottom());
    if (p.composition.layout.legend) column = std::max(column, p.composition.layout.legend->w + kMarginPx);
  }
  const double pane_w_logical = pane_w / r;
  const bool legend_column = column > 0 && pane_w_logical - column >= 0.55 * pane_w_logical;
  if (column > 0 && !legend_column) {
    page.warnings.push_back("the panes are too narrow to hold their legends beside the map; each legend lies in "
                            "a corner of its map (choose a wider page to keep it clear)");
  }
  for (PlacedPane& p : page.panes) {
    Composition& c = p.composition;
    c.layout.map.y = top;
    c.layout.map.h = std::max(1.0, bottom - top);
    c.map_px.y = px(top, r);
    c.map_px.h = std::max(1, std::min(c.height_px, px(bottom, r)) - c.map_px.y);
    place_map_panels(c.layout);
    if (c.layout.legend) move_legend(c.layout, legend_candidates(c.layout).front());
    if (legend_column) {
      // Every pane narrows by the widest legend: the maps stay the same size.
      c.layout.map.w -= column;
      c.map_px.w = std::max(1, std::min(c.map_px.w, px(c.layout.map.right(), r) - c.map_px.x));
      place_map_panels(c.layout);
      if (c.layout.legend) {
        move_legend(c.layout, {c.layout.map.right() + kMarginPx / 2, c.layout.map.bottom() - kMarginPx -
                                                                       c.layout.legend->h});
      }
    }
  }
  page.legend_column = legend_column;
  for (const std::string& w : pc.warnings) page.warnings.push_back(w);
  return page;
}

void compose_page_maps(PageComposition& page, const PageSpec& spec, const LabelLayer& labels, const Bounds& extent) {
  if (page.panes.size() != spec.panes.size()) throw Error("compose_page_maps: the page was laid out for other panes");
  for (std::size_t k = 0; k < page.panes.size(); ++k) {
    Composition& c = page.panes[k].composition;
    compose_map(c, spec.panes[k].scene, labels, extent,
                page.legend_column || !c.layout.legend ? LegendPlacement::Given : LegendPlacement::Corners);
    for (const std::string& w : c.warnings) page.warnings.push_back(w);
  }
}

PixelBox pane_map_box(const PageComposition& page, std::size_t k) {
  const PlacedPane& p = page.panes.at(k);
  const PixelBox& m = p.composition.map_px;
  return {p.box.x + m.x, p.box.y + m.y, m.w, m.h};
}

std::optional<PanePoint> pane_at(const PageComposition& page, Vec2 page_px) {
  for (std::size_t k = 0; k < page.panes.size(); ++k) {
    const PixelBox b = pane_map_box(page, k);
    if (page_px.x >= b.x && page_px.x < b.x + b.w && page_px.y >= b.y && page_px.y < b.y + b.h) {
      return PanePoint{k, {page_px.x - b.x, page_px.y - b.y}};
    }
  }
  return std::nullopt;
}

PageReport page_report(const PageComposition& page, const PageSpec& spec) {
  const Composition& pc = page.page;
  PageReport report = page_report(pc, ExportScene{});
  report.panes.clear();
  report.legends.clear();
  report.scale_bar.reset();
  report.north_arrow.reset();
  report.locator.reset();
  const double r = pc.pixel_ratio;
  std::vector<int> all;
  for (std::size_t k = 0; k < page.panes.size(); ++k) {
    const PlacedPane& p = page.panes[k];
    const double ox = p.box.x, oy = p.box.y;
    const PageReport one = page_report(p.composition, spec.panes[k].scene);
    auto shift = [&](ReportBox b) { return ReportBox{b.x + ox, b.y + oy, b.w, b.h}; };
    PageReport::Pane pane = one.panes.front();
    pane.map = shift(pane.map);
    pane.indicator = spec.panes[k].indicator;
    report.panes.push_back(pane);
    for (const PageReport::LegendBox& l : one.legends) report.legends.push_back({shift(l.box), {static_cast<int>(k)}});
    if (one.scale_bar) report.scale_bar = shift(*one.scale_bar);
    if (one.north_arrow) report.north_arrow = shift(*one.north_arrow);
    if (one.locator) report.locator = shift(*one.locator);
    for (PageReport::DataRegion d : one.data_regions) {
      d.box = shift(d.box);
      d.pane = static_cast<int>(k);
      report.data_regions.push_back(d);
    }
    all.push_back(static_cast<int>(k));
  }
  if (pc.layout.legend) {
    const Box& b = *pc.layout.legend;
    report.legends.insert(report.legends.begin(), {ReportBox{b.x * r, b.y * r, b.w * r, b.h * r}, all});
  }
  return report;
}

} // namespace steppe
