#include "ui/split_view.hpp"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>

#include "core/error.hpp"
#include "core/indicator_series.hpp"
#include "core/indicator_summary.hpp"
#include "core/pane_scale.hpp"
#include "render/png_writer.hpp"

namespace steppe::ui {
namespace {

constexpr const char* kHeading = "对比视图 Compare maps";
constexpr const char* kOne = "单图 One";
constexpr const char* kSplit = "分屏 Split";
constexpr const char* kPeriods = "各时期 Periods";
constexpr const char* kNeedsChoropleth = "先选一个面状指标 Choose a region indicator first (points cannot be split)";
constexpr const char* kRightPane = "右侧 Right pane";
constexpr const char* kOnePeriod = "此指标只有一个时期 This indicator has one period: choose one with several (系列 series)";
constexpr const char* kPanes = "个时期 periods, one camera";

std::string item_label(const IndicatorMeta& m) {
  return indicator_list_line(m) + "##split" + m.id;
}

void hint(const char* text) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", text);
  ImGui::PopTextWrapPos();
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

SplitView::SplitView(const Atlas& atlas, ThematicState::Projector project_lonlat)
    : atlas_(atlas), project_(std::move(project_lonlat)) {}

std::unique_ptr<ThematicState> SplitView::pane_for(const Indicator& indicator) const {
  auto state = std::make_unique<ThematicState>(atlas_, std::vector<Indicator>{indicator}, project_);
  state->select(0);
  return state;
}

std::size_t SplitView::pane_count() const {
  switch (mode_) {
  case PaneMode::One: return 1;
  case PaneMode::Split: return 2;
  case PaneMode::Periods: return panes_.size();
  }
  return 1;
}

const ThematicState& SplitView::pane(const ThematicState& main, std::size_t k) const {
  if (mode_ == PaneMode::Split) return k == 0 ? (main_copy_ ? *main_copy_ : main) : *panes_.at(0);
  if (mode_ == PaneMode::Periods) return *panes_.at(k);
  return main;
}

std::string SplitView::glyph_text() const {
  std::string text;
  for (const auto& p : panes_) text += p->glyph_text();
  return text;
}

bool SplitView::sync(const ThematicState& main) {
  const bool changed = mode_ == PaneMode::Periods && rebuild_periods(main);
  const bool panes_ready = !panes_.empty() && std::all_of(panes_.begin(), panes_.end(), [](const auto& p) {
    return p->choropleth() != nullptr;
  });
  active_ = mode_ != PaneMode::One && main.choropleth() != nullptr && panes_ready &&
            (mode_ != PaneMode::Periods || panes_.size() >= 2);
  if (!active_) {
    main_copy_.reset();
    return changed;
  }
  return share_scale(main) || changed;
}

bool SplitView::share_scale(const ThematicState& main) {
  const std::pair<std::uint64_t, std::uint64_t> now{main.revision(), revision_};
  if (now == scaled_) return false;
  std::vector<const Indicator*> indicators;
  if (mode_ == PaneMode::Split) indicators.push_back(main.current());
  for (const auto& p : panes_) indicators.push_back(p->current());
  std::vector<ChoroplethSpec> specs;
  try {
    specs = shared_scale_specs(atlas_, indicators, main.spec());
  } catch (const Error&) {
    specs.assign(indicators.size(), ChoroplethSpec{}); // each pane its own classes
  }
  const std::size_t first_pane = mode_ == PaneMode::Split ? 1 : 0;
  main_copy_.reset();
  if (mode_ == PaneMode::Split && !specs[0].pooled_values.empty()) {
    main_copy_ = pane_for(*main.current());
    main_copy_->set_spec(specs[0]);
  }
  for (std::size_t k = 0; k < panes_.size(); ++k)
    if (!specs[k + first_pane].pooled_values.empty()) panes_[k]->set_spec(specs[k + first_pane]);
  ++revision_;
  scaled_ = {main.revision(), revision_};
  return true;
}

bool SplitView::rebuild_periods(const ThematicState& main) {
  std::vector<std::string> ids;
  if (const Indicator* shown = main.current(); shown != nullptr && main.choropleth() != nullptr) {
    const IndicatorSeries series = series_of(main.indicators(), *shown);
    for (const Indicator* step : series.steps) ids.push_back(step->meta.id);
    if (ids.size() > kMaxPeriodPanes) ids.erase(ids.begin(), ids.end() - static_cast<std::ptrdiff_t>(kMaxPeriodPanes));
  }
  if (ids == pane_ids_) return false;
  panes_.clear();
  for (const std::string& id : ids)
    if (const auto index = main.find(id)) panes_.push_back(pane_for(main.indicators()[*index]));
  pane_ids_ = std::move(ids);
  ++revision_;
  return true;
}

bool SplitView::set_right(const ThematicState& main, std::size_t index) {
  if (index >= main.indicators().size()) return false;
  panes_.clear();
  panes_.push_back(pane_for(main.indicators()[index]));
  pane_ids_ = {main.indicators()[index].meta.id};
  right_index_ = index;
  ++revision_;
  return panes_.front()->choropleth() != nullptr;
}

std::optional<std::size_t> SplitView::default_right(const ThematicState& main) const {
  const Indicator* shown = main.current();
  if (shown == nullptr || main.choropleth() == nullptr) return std::nullopt;
  const std::vector<Indicator>& all = main.indicators();
  // Another period of the same series first: the earlier one, else the later.
  const IndicatorSeries series = series_of(all, *shown);
  const std::size_t at = series.position_of(shown->meta.id);
  if (series.size() > 1 && at < series.size()) {
    const Indicator* other = series.steps[at > 0 ? at - 1 : at + 1];
    if (const auto index = main.find(other->meta.id)) return index;
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

bool SplitView::enable_split(const ThematicState& main, const std::string& id) {
  mode_ = PaneMode::Split;
  const auto index = main.find(id);
  const bool ok = index && set_right(main, *index);
  sync(main);
  return ok;
}

bool SplitView::enable_periods(const ThematicState& main) {
  mode_ = PaneMode::Periods;
  sync(main);
  return panes_.size() >= 2;
}

bool SplitView::draw_controls(const ThematicState& main) {
  bool changed = false;
  ImGui::Separator();
  ImGui::TextDisabled("%s", kHeading);
  int mode = static_cast<int>(mode_);
  ImGui::RadioButton(kOne, &mode, static_cast<int>(PaneMode::One));
  ImGui::SameLine();
  ImGui::RadioButton(kSplit, &mode, static_cast<int>(PaneMode::Split));
  ImGui::SameLine();
  ImGui::RadioButton(kPeriods, &mode, static_cast<int>(PaneMode::Periods));
  if (mode != static_cast<int>(mode_)) {
    mode_ = static_cast<PaneMode>(mode);
    panes_.clear();
    pane_ids_.clear();
    ++revision_;
    changed = true;
    if (mode_ == PaneMode::Split) {
      const auto index = right_index_ ? right_index_ : default_right(main);
      if (index) set_right(main, *index);
    }
  }
  if (mode_ == PaneMode::One) return changed;
  if (main.choropleth() == nullptr) {
    hint(kNeedsChoropleth);
    return changed;
  }
  if (mode_ == PaneMode::Periods) {
    sync(main);
    if (panes_.size() < 2) hint(kOnePeriod);
    else ImGui::TextDisabled("%zu %s", panes_.size(), kPanes);
    return changed;
  }
  const Indicator* current = panes_.empty() ? nullptr : panes_.front()->current();
  ImGui::TextDisabled("%s", kRightPane);
  ImGui::SetNextItemWidth(-1);
  const std::string preview = current != nullptr ? pane_title(current->meta) : std::string("—");
  if (ImGui::BeginCombo("##split_right", preview.c_str(), ImGuiComboFlags_HeightLargest)) {
    const std::vector<Indicator>& all = main.indicators();
    for (const IndicatorGroup& g : main.groups()) {
      if (g.level == IndicatorLevel::Point) continue;
      for (std::size_t i : g.members) {
        if (ImGui::Selectable(item_label(all[i].meta).c_str(), right_index_ == i)) {
          set_right(main, i);
          changed = true;
        }
      }
    }
    ImGui::EndCombo();
  }
  if (!panes_.empty() && !panes_.front()->error().empty()) hint(panes_.front()->error().c_str());
  return changed;
}

MultiViewPlan SplitView::plan(const ThematicState& main, const Legend& main_legend,
                              std::vector<RegionTables> tables) const {
  const std::size_t n = pane_count();
  if (tables.size() != n) {
    throw Error("SplitView::plan: " + std::to_string(tables.size()) + " colour tables for " + std::to_string(n) +
                " panes");
  }
  std::vector<MapPane> panes(n);
  std::vector<const Indicator*> indicators;
  for (std::size_t k = 0; k < n; ++k) {
    const ThematicState& t = pane(main, k);
    panes[k].title = pane_title(t.current()->meta);
    panes[k].colours = std::move(tables[k].colors);
    panes[k].patterns = std::move(tables[k].patterns);
    panes[k].legend = pane_is_main(k) ? main_legend : *t.legend();
    indicators.push_back(t.current());
  }
  return plan_multi_view(std::move(panes), indicators);
}

PaneGrid SplitView::grid(const MultiViewPlan& plan, int width, int height, double pixel_ratio) {
  return make_pane_grid(plan.panes.size(), width, height, pixel_ratio, plan.shared_legend.has_value());
}

Vec2 SplitView::legend_box(const MultiViewPlan& plan, const PaneGrid& grid, double pixel_ratio, std::uint64_t key) {
  const BoxKey now{key, grid.pane_w, grid.pane_h, pixel_ratio};
  if (box_key_ == now) return box_;
  box_key_ = now;
  box_ = {};
  if (plan.shared_legend) return box_; // drawn in its own column

  Camera pane;
  pane.width_px = grid.pane_w;
  pane.height_px = grid.pane_h;
  pane.pixel_ratio = pixel_ratio;
  for (const MapPane& p : plan.panes) {
    const Bounds box = pane_legend_box(p.legend, pane, *tools().legend);
    if (!box.valid()) continue;
    box_.x = std::max(box_.x, grid.pane_w - box.min_x);
    box_.y = std::max(box_.y, grid.pane_h - box.min_y);
  }
  return box_;
}

void SplitView::draw(MapRenderer& map, LabelLayer& labels, const LabelOptions& label_options,
                     const MultiViewPlan& plan, const PaneGrid& grid, const Camera& camera, int x,
                     int y_from_bottom, int width, int height) {
  const MultiViewOptions o = view_options(width, height, camera.pixel_ratio, label_options);
  const SyncedViews views(plan.panes.size(), camera);
  const MultiViewResult result = render_multi_view(map, plan, views, grid, o, &labels, &tools());
  image_.upload(result.image);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(x, y_from_bottom, width, height);
  image_.draw();
}

MultiViewTools& SplitView::tools() {
  if (!tools_) tools_ = std::make_unique<MultiViewTools>();
  return *tools_;
}

ExportResult SplitView::export_png(const ExportOptions& options, MapRenderer& map, LabelLayer& labels,
                                   LabelOptions label_options, const MultiViewPlan& plan,
                                   const Camera& screen_camera) {
  if (options.format() != ExportFormat::Png) {
    throw Error(options.out.string() + ": several maps export as one PNG (SVG and PDF hold a single map); "
                "name the file .png, or choose 单图 One map to export the main map as SVG/PDF");
  }
  const int w = options.resolved_width_px();
  const int h = options.resolved_height_px();
  label_options.language = options.language;
  const MultiViewOptions o = view_options(w, h, options.pixel_ratio(), label_options);
  const PaneGrid g = grid(plan, w, h, o.pixel_ratio);
  // The screen pane's visible extent, framed in the export's pane.
  const Camera camera = Camera::fit(screen_camera.visible_world(), g.pane_w, g.pane_h, o.pixel_ratio, 0.0);
  const MultiViewResult result =
      render_multi_view(map, plan, SyncedViews(plan.panes.size(), camera), g, o, &labels, &tools());
  write_png(result.image, options.out);
  ExportResult r;
  r.path = options.out;
  r.format = ExportFormat::Png;
  r.width_px = w;
  r.height_px = h;
  return r;
}

} // namespace steppe::ui
