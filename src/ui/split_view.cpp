#include "ui/split_view.hpp"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>

#include "core/error.hpp"
#include "core/indicator_series.hpp"
#include "core/indicator_summary.hpp"
#include "core/pane_scale.hpp"
#include "export/cairo_text.hpp"
#include "export/decoration_overlay.hpp"
#include "render/map_frame.hpp"
#include "ui/map_canvas.hpp"

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

std::unique_ptr<SplitPage> SplitView::page(const ThematicState& main, const Legend& main_legend,
                                           std::vector<ExportScene> scenes, const ExportOptions& options) const {
  const std::size_t n = pane_count();
  if (scenes.size() != n) {
    throw Error("SplitView::page: " + std::to_string(scenes.size()) + " scenes for " + std::to_string(n) + " panes");
  }
  auto page = std::make_unique<SplitPage>();
  std::vector<const Legend*> legends;
  std::vector<const Indicator*> indicators;
  std::vector<std::string> titles;
  for (std::size_t k = 0; k < n; ++k) {
    const ThematicState& t = pane(main, k);
    PagePane p;
    p.title = pane_title(t.current()->meta);
    p.indicator = t.current()->meta.id;
    p.scene = std::move(scenes[k]);
    legends.push_back(pane_is_main(k) ? &main_legend : t.legend());
    indicators.push_back(t.current());
    titles.push_back(p.title);
    page->spec.panes.push_back(std::move(p));
  }
  page->legends = pane_legends(legends, indicators, titles);
  if (page->legends.shared) page->spec.shared_legend = &*page->legends.shared;
  for (std::size_t k = 0; k < page->legends.own.size(); ++k) page->spec.panes[k].scene.legend = &page->legends.own[k];
  page->spec.options = options;
  return page;
}

const PageComposition& SplitView::layout(const PageSpec& spec, std::uint64_t key) {
  const LayoutKey now{key, spec.options.width_px, spec.options.height_px, spec.options.dpi};
  if (!layout_ || layout_key_ != now) {
    const cairo::PangoMeasure measure;
    layout_ = compose_page_layout(spec, measure);
    layout_key_ = now;
    composed_.reset();
  }
  return *layout_;
}

std::optional<PanePoint> SplitView::pane_at(Vec2 map_area_px) const {
  if (!layout_) return std::nullopt;
  return steppe::pane_at(*layout_, map_area_px);
}

Vec2 SplitView::pane_origin(std::size_t k) const {
  if (!layout_ || k >= layout_->panes.size()) return {};
  const PixelBox b = pane_map_box(*layout_, k);
  return {static_cast<double>(b.x), static_cast<double>(b.y)};
}

Vec2 SplitView::pane_map_size() const {
  if (!layout_ || layout_->panes.empty()) return {};
  const PixelBox b = pane_map_box(*layout_, 0);
  return {static_cast<double>(b.w), static_cast<double>(b.h)};
}

void SplitView::draw(MapRenderer& map, const LabelLayer& labels, const PageSpec& spec, const Camera& camera, int x,
                     int y_from_bottom, std::uint64_t key) {
  const PageComposition& laid = layout(spec, key);
  const ComposeKey now{camera, key};
  if (!composed_ || composed_key_ != now) {
    composed_ = laid;
    compose_page_maps(*composed_, spec, labels, camera.visible_world());
    overlay_.upload(page_decorations_image(*composed_));
    composed_key_ = now;
  }
  if (!text_) text_ = std::make_unique<TextRenderer>();
  const int page_h = composed_->page.height_px;
  // Each pane drawn as the PNG export draws a tile (draw_map_frame into a 4x
  // multisampled target the pane's size, labels over it) and resolved into
  // the window where the page puts the pane.
  pane_targets_.resize(composed_->panes.size());
  for (std::size_t k = 0; k < composed_->panes.size(); ++k) {
    const PlacedPane& p = composed_->panes[k];
    const Composition& c = p.composition;
    std::optional<OffscreenTarget>& target = pane_targets_[k];
    if (!target || target->width() != p.box.w || target->height() != p.box.h) {
      target.reset();
      target.emplace(p.box.w, p.box.h, MapCanvas::kSamples);
    }
    target->bind();
    const ExportScene& scene = spec.panes[k].scene;
    draw_map_frame(map, c.camera, MapPaint{c.style, {scene.region_colours, scene.region_patterns}},
                   [&](const Camera&) {
                     if (!c.label_items.empty()) text_->draw(c.label_items, p.box.w, p.box.h);
                   });
    target->resolve_to_window(x + p.box.x, y_from_bottom + page_h - p.box.y - p.box.h);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(x, y_from_bottom, composed_->page.width_px, page_h);
  overlay_.draw(); // titles, legends, scale bar, north arrow
}

ExportResult SplitView::export_page(const ExportOptions& options, PageSpec spec, const Camera& screen_camera,
                                    const ProgressCallback& progress) {
  const ExportOptions shown = spec.options;
  spec.options = options;
  // The decorations as on screen; size, DPI, format and language as asked.
  spec.options.title = shown.title;
  spec.options.subtitle = shown.subtitle;
  spec.options.credits = shown.credits;
  spec.options.source = shown.source;
  spec.options.show_legend = shown.show_legend;
  spec.options.show_scale_bar = shown.show_scale_bar;
  spec.options.show_north_arrow = shown.show_north_arrow;
  // The screen panes' extent (the map box of a pane), framed in the export's panes.
  spec.options.view = screen_camera;
  spec.options.view_fills_canvas = false;
  // PNG with the window's GL context (as the single map's export does).
  for (PagePane& p : spec.panes) p.scene.render_in_current_context = options.format() == ExportFormat::Png;
  return steppe::export_page(spec, progress);
}

} // namespace steppe::ui
