#include "ui/split_view.hpp"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>

#include "core/error.hpp"
#include "core/indicator_series.hpp"
#include "core/indicator_summary.hpp"
#include "render/png_writer.hpp"

namespace steppe::ui {
namespace {

constexpr const char* kToggle = "分屏对比 Split view";
constexpr const char* kNeedsChoropleth = "先选一个面状指标 Choose a region indicator first (points cannot be split)";
constexpr const char* kRightPane = "右侧 Right pane";

std::string item_label(const IndicatorMeta& m) {
  std::string text = m.title_zh + "  " + (m.period_zh.empty() ? m.period : m.period_zh);
  if (!m.unit.empty()) text += " · " + m.unit;
  return text + "##split" + m.id;
}

MultiViewOptions view_options(int width, int height, double pixel_ratio, const LabelOptions& labels) {
  MultiViewOptions o;
  o.width = width;
  o.height = height;
  o.pixel_ratio = pixel_ratio;
  o.labels = labels;
  return o;
}

} // namespace

SplitView::SplitView(const Atlas& atlas, std::vector<Indicator> indicators, ThematicState::Projector project_lonlat)
    : right_(atlas, std::move(indicators), std::move(project_lonlat)) {}

bool SplitView::active(const ThematicState& main) const {
  return enabled_ && main.choropleth() != nullptr && right_.choropleth() != nullptr;
}

std::optional<std::size_t> SplitView::default_right(const ThematicState& main) const {
  const Indicator* shown = main.current();
  if (shown == nullptr || main.choropleth() == nullptr) return std::nullopt;
  const std::vector<Indicator>& all = right_.indicators();
  // Another period of the same series first: the earlier one, else the later.
  const IndicatorSeries series = series_of(all, *shown);
  const std::size_t at = series.position_of(shown->meta.id);
  if (series.size() > 1 && at < series.size()) {
    const Indicator* other = series.steps[at > 0 ? at - 1 : at + 1];
    if (const auto index = right_.find(other->meta.id)) return index;
  }
  // Else the next indicator of the same level, then any other region indicator.
  for (const bool same_level : {true, false}) {
    for (std::size_t i = 0; i < all.size(); ++i) {
      const IndicatorMeta& m = all[i].meta;
      if (m.id == shown->meta.id || m.level == IndicatorLevel::Point) continue;
      if (!same_level || m.level == shown->meta.level) return i;
    }
  }
  return std::nullopt;
}

bool SplitView::pick(std::size_t index) { return right_.select(index); }

bool SplitView::enable_with(const ThematicState& main, const std::string& id) {
  (void)main;
  const auto index = right_.find(id);
  if (!index || !pick(*index) || right_.choropleth() == nullptr) return false;
  enabled_ = true;
  return true;
}

bool SplitView::draw_controls(const ThematicState& main) {
  bool changed = false;
  if (ImGui::Checkbox(kToggle, &enabled_)) {
    changed = true;
    if (enabled_ && right_.current() == nullptr) {
      if (const auto index = default_right(main)) pick(*index);
    }
  }
  if (!enabled_) return changed;
  if (main.choropleth() == nullptr) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", kNeedsChoropleth);
    ImGui::PopTextWrapPos();
    return changed;
  }
  const Indicator* current = right_.current();
  ImGui::TextDisabled("%s", kRightPane);
  ImGui::SetNextItemWidth(-1);
  const std::string preview = current != nullptr ? pane_title(current->meta) : std::string("—");
  if (ImGui::BeginCombo("##split_right", preview.c_str(), ImGuiComboFlags_HeightLargest)) {
    const std::vector<Indicator>& all = right_.indicators();
    for (const IndicatorGroup& g : right_.groups()) {
      if (g.level == IndicatorLevel::Point) continue;
      for (std::size_t i : g.members) {
        if (ImGui::Selectable(item_label(all[i].meta).c_str(), right_.selected() == i)) changed = pick(i) || changed;
      }
    }
    ImGui::EndCombo();
  }
  if (!right_.error().empty()) ImGui::TextDisabled("%s", right_.error().c_str());
  return changed;
}

MultiViewPlan SplitView::plan(const ThematicState& main, const Legend& main_legend, RegionTables left,
                              RegionTables right) const {
  std::vector<MapPane> panes(2);
  panes[0].title = pane_title(main.current()->meta);
  panes[0].colours = std::move(left.colors);
  panes[0].patterns = std::move(left.patterns);
  panes[0].legend = main_legend;
  panes[1].title = pane_title(right_.current()->meta);
  panes[1].colours = std::move(right.colors);
  panes[1].patterns = std::move(right.patterns);
  panes[1].legend = *right_.legend();
  return plan_multi_view(std::move(panes), {main.current(), right_.current()});
}

PaneGrid SplitView::grid(const MultiViewPlan& plan, int width, int height, double pixel_ratio) {
  return make_pane_grid(plan.panes.size(), width, height, pixel_ratio, plan.shared_legend.has_value());
}

Vec2 SplitView::legend_box(const MultiViewPlan& plan, const PaneGrid& grid, double pixel_ratio, std::uint64_t key) {
  const ReserveKey now{key, grid.pane_w, grid.pane_h, pixel_ratio};
  if (reserve_key_ == now) return reserve_;
  reserve_key_ = now;
  reserve_ = {};
  if (plan.shared_legend) return reserve_; // drawn in its own column
  if (!measure_) measure_ = std::make_unique<LegendRenderer>();
  Camera pane;
  pane.width_px = grid.pane_w;
  pane.height_px = grid.pane_h;
  pane.pixel_ratio = pixel_ratio;
  for (const MapPane& p : plan.panes) {
    const Bounds box = pane_legend_box(p.legend, pane, *measure_);
    if (!box.valid()) continue;
    reserve_.x = std::max(reserve_.x, grid.pane_w - box.min_x);
    reserve_.y = std::max(reserve_.y, grid.pane_h - box.min_y);
  }
  return reserve_;
}

void SplitView::draw(MapRenderer& map, LabelLayer& labels, const LabelOptions& label_options,
                     const MultiViewPlan& plan, const PaneGrid& grid, const Camera& camera, int x,
                     int y_from_bottom, int width, int height) {
  const MultiViewOptions o = view_options(width, height, camera.pixel_ratio, label_options);
  const SyncedViews views(plan.panes.size(), camera);
  const MultiViewResult result = render_multi_view(map, plan, views, grid, o, &labels);
  image_.upload(result.image);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(x, y_from_bottom, width, height);
  image_.draw();
}

ExportResult SplitView::export_png(const ExportOptions& options, MapRenderer& map, LabelLayer& labels,
                                   LabelOptions label_options, const MultiViewPlan& plan,
                                   const Camera& screen_camera) const {
  if (options.format() != ExportFormat::Png) {
    throw Error(options.out.string() + ": the split view exports as one PNG (SVG and PDF hold a single map); "
                "name the file .png, or turn the split view off to export the left map as SVG/PDF");
  }
  const int w = options.resolved_width_px();
  const int h = options.resolved_height_px();
  label_options.language = options.language;
  const MultiViewOptions o = view_options(w, h, options.pixel_ratio(), label_options);
  const PaneGrid g = grid(plan, w, h, o.pixel_ratio);
  // The screen pane's visible extent, framed in the export's pane.
  const Camera camera = Camera::fit(screen_camera.visible_world(), g.pane_w, g.pane_h, o.pixel_ratio, 0.0);
  const MultiViewResult result = render_multi_view(map, plan, SyncedViews(plan.panes.size(), camera), g, o, &labels);
  write_png(result.image, options.out);
  ExportResult r;
  r.path = options.out;
  r.format = ExportFormat::Png;
  r.width_px = w;
  r.height_px = h;
  return r;
}

} // namespace steppe::ui
