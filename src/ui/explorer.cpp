#include "ui/explorer.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/error.hpp"
#include "core/map_visual.hpp"
#include "core/region_paint.hpp"
#include "export/export_layout.hpp"
#include "export/export_map.hpp"
#include "export/page_frame.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "geo/region_picker.hpp"
#include "render/choropleth_paint.hpp"
#include "render/label_layer.hpp"
#include "render/map_frame.hpp"
#include "render/map_renderer.hpp"
#include "render/map_style.hpp"
#include "render/point_renderer.hpp"
#include "ui/annotation_panel.hpp"
#include "ui/app_state.hpp"
#include "ui/comparison_window.hpp"
#include "ui/deck_panel.hpp"
#include "ui/view_from_window.hpp"
#include "ui/dock_layout.hpp"
#include "ui/document_paint.hpp"
#include "ui/explorer_document.hpp"
#include "ui/export_panel.hpp"
#include "ui/gl_window.hpp"
#include "ui/imgui_session.hpp"
#include "ui/indicator_panel.hpp"
#include "ui/map_canvas.hpp"
#include "ui/map_decorations_overlay.hpp"
#include "ui/map_view_controller.hpp"
#include "ui/region_directory.hpp"
#include "ui/region_highlight.hpp"
#include "ui/region_list_panel.hpp"
#include "ui/map_tooltip.hpp"
#include "ui/split_controls.hpp"
#include "ui/split_page_view.hpp"
#include "ui/thematic_state.hpp"
#include "ui/ui_fonts.hpp"
#include "ui/widget_probe.hpp"
#include "ui/window_snapshot.hpp"

namespace steppe::ui {
namespace {

constexpr float kDeckPanelLogicalPx = 330.0f;
constexpr const char* kWindowTitle = "steppe — 内蒙古自治区 Inner Mongolia";
// ImGui settles hover and layout over a frame or two after an input event.
constexpr int kFramesAfterChange = 2;
constexpr double kAnimationWait = 1.0 / 120.0;
// While the camera changed less than this long ago the view is moving: the map
// is the last full frame moved and scaled (ui/map_canvas draw_moving); once it
// rests this long, the frame is drawn in full again.
constexpr double kRestSeconds = 0.2;
constexpr int kSnapshotFrame = 3; // ImGui sizes new windows during their first frames

class Explorer {
public:
  // `geometry`: the atlas prepared for the default projection (io/prepared_atlas).
  Explorer(GlWindow& window, ImGuiSession& imgui, const Atlas& atlas, MapGeometry geometry, const ExplorerStartup& startup)
      : window_(window), imgui_(imgui), startup_(startup), geometry_(std::move(geometry)), directory_(atlas),
        doc_(directory_, geometry_, projection_, shipped_indicators(indicator_problem_)),
        paint_(directory_, geometry_, projection_, style_), map_(geometry_), labels_(atlas, geometry_),
        fonts_(directory_.all_names() + doc_.thematic.glyph_text() + thematic_panel_glyphs() + comparison_window_glyphs()),
        panel_(directory_), indicator_panel_(atlas), comparison_(directory_),
        decks_(atlas, projection_, geometry_, startup.deck, startup.present_from) {
    if (!indicator_problem_.empty()) std::cerr << "steppe: warning: " << indicator_problem_ << "\n";
    // A long export draws no frames: its progress goes into the title bar.
    export_panel_.on_progress = [this](double fraction, std::string_view stage) {
      if (fraction >= 1.0) {
        glfwSetWindowTitle(window_.handle(), kWindowTitle);
        return;
      }
      const std::string title = "steppe — 导出 exporting " + std::to_string(static_cast<int>(fraction * 100)) + "% " +
                                std::string(stage);
      glfwSetWindowTitle(window_.handle(), title.c_str());
      glfwPollEvents(); // the title reaches the window manager; input waits for the next frame
    };
    set_widget_probe(startup.widgets);
    // Start-up set-up (app/window_startup): an indicator shown, regions
    // selected, the split or periods view, panels hidden.
    for (const std::string& w : doc_.apply(startup)) std::cerr << "steppe: warning: " << w << "\n";
    if (startup.hide_panels) panel_visible_ = false; // as Tab: the map alone
  }

  void run() {
    int frames_left = kFramesAfterChange;
    const char* snapshot = startup_.snapshot.empty() ? nullptr : startup_.snapshot.c_str();
    int frames_drawn = 0;
    while (!window_.should_close()) {
      // Testing hook: once the layout has settled, save what the window shows and close.
      if (snapshot != nullptr && *snapshot != '\0') frames_left = std::max(frames_left, 1);
      // Idle costs nothing: block until an event unless something is still moving.
      // Keys still queued for ImGui (ui/imgui_key_queue) need frames too.
      if (imgui_.input_pending()) frames_left = std::max(frames_left, 1);
      if (doc_.view.animating()) {
        glfwWaitEventsTimeout(kAnimationWait);
      } else if (frames_left > 0) {
        glfwPollEvents();
      } else if (map_stale_) {
        glfwWaitEventsTimeout(kRestSeconds); // then the view rests: the full frame
        frames_left = kFramesAfterChange;
      } else {
        mark_widget_probe_idle(); // (tests: the probe's file is what the screen shows)
        glfwWaitEvents();
        frames_left = kFramesAfterChange;
      }
      const bool snap = snapshot != nullptr && *snapshot != '\0' && ++frames_drawn == kSnapshotFrame;
      if (window_.take_event_count() > 0) frames_left = kFramesAfterChange;
      if (frame(snap ? snapshot : nullptr)) frames_left = kFramesAfterChange;
      // Presentations and deck exports run between frames (ui/deck_panel).
      bool close = false;
      if (decks_.run_pending(window_, map_, labels_, snapshot, &close)) {
        // What the audience's presenter did on the slides (wheel, clicks, keys) is
        // not meant for the explorer's map or fields.
        (void)window_.take_left_presses();
        (void)window_.take_key_presses();
        (void)window_.take_ctrl_key_presses();
        imgui_.discard_input();
        frames_left = kFramesAfterChange;
      }
      if (close) glfwSetWindowShouldClose(window_.handle(), GLFW_TRUE);
      // Exports from the export panel (E) run between frames too; start-up
      // set-up: export the snapshot's view.
      if (snap && !startup_.export_path.empty()) export_panel_.request(startup_.export_path);
      if (run_export()) frames_left = kFramesAfterChange;
      --frames_left;
      if (snap) glfwSetWindowShouldClose(window_.handle(), GLFW_TRUE);
    }
  }

private:
  // One frame; true when the view or selection changed (more frames follow).
  bool frame(const char* snapshot_path) {
    const GlWindow::Metrics m = window_.metrics();
    update_scale(m);
    imgui_.begin_frame();
    const ImGuiIO& io = ImGui::GetIO();
    docks_ = layout_docks({io.DisplaySize.x, io.DisplaySize.y, ui_scale_, panel_visible_, !comparison_.collapsed(),
                           ImGui::GetFrameHeight()});
    bool changed = place_map(m);
    const double now = glfwGetTime();
    changed = handle_map_input(now) || changed;
    changed = doc_.view.tick(now) || changed;

    panel_.set_all_selected(doc_.selected_indices());
    const PanelActions actions = panel_visible_ ? panel_.draw(doc_.options, doc_.selected_index(), docks_.left.w,
                                                              docks_.left.h, fonts_.heading())
                                                : PanelActions{};
    // Ctrl/Shift-click in the list adds to the comparison instead of flying.
    if (actions.fly_to && (io.KeyCtrl || io.KeyShift || last_press_extends_)) {
      changed = doc_.view.toggle_region(directory_.region(*actions.fly_to).code) || changed;
    } else if (actions.fly_to) {
      changed = doc_.view.fly_to_region(directory_.region(*actions.fly_to).code, now) || changed;
    }
    if (actions.home) changed = doc_.view.key(MapKey::Home, InputCapture{}, now) || changed;
    changed = changed || actions.options_changed;
    if (panel_visible_) {
      bool split_changed = false;
      const std::string glyphs =
          indicator_panel_.draw(doc_.thematic, docks_.right, [&] { split_changed = draw_split_controls(doc_.panes, doc_.thematic); });
      if (!glyphs.empty()) add_glyphs(glyphs);
      if (split_changed) add_glyphs(doc_.panes.glyph_text());
      changed = split_changed || changed;
    }
    if (const std::string glyphs = decks_.take_new_glyphs(); !glyphs.empty()) add_glyphs(glyphs);
    const DockRect& map = docks_.map;
    MapView current = annotations_.with_annotations( // ui/annotation_panel
        view_from_window(doc_.view.camera(), projection_, doc_.thematic, doc_.view.selection().selected(),
                         doc_.options.labels.language));
    current.locator = export_panel_.decorations().show_locator; // "Add view" keeps the 位置图 checkbox
    decks_.draw(map.x + map.w, map.h, kDeckPanelLogicalPx * ui_scale_, fonts_.heading(), current);
    // The annotation panel (A) at the map's top-left (ui/annotation_panel): edits doc_.annotations.
    changed = annotations_.draw(map.x + 8 * ui_scale_, map.y + 8 * ui_scale_, 320 * ui_scale_, fonts_.heading()) || changed;
    if (const std::string glyphs = annotations_.take_new_glyphs(); !glyphs.empty()) add_glyphs(glyphs);
    const auto hovered = directory_.index_of(doc_.view.selection().hovered());
    std::optional<std::size_t> chart_hovered;
    if (panel_visible_) changed = draw_comparison(hovered, now, chart_hovered) || changed;
    changed = paint_.update(doc_) || changed;

    if (!io.WantCaptureMouse && !ImGui::IsMouseDown(0)) {
      // In the split view, the tooltip of the pane under the pointer.
      const ThematicState& shown = split_page_ ? doc_.panes.pane(doc_.thematic, pointer_pane_) : doc_.thematic;
      draw_map_tooltip(shown, directory_, doc_.view.camera(),
                       ImGui::IsMousePosValid() ? std::optional<Vec2>(pointer_) : std::nullopt, hovered,
                       fonts_.heading());
    }
    const auto shown_hover = linked_hover(hovered, chart_hovered);
    changed = paint_.highlight(doc_, shown_hover) || changed;

    if (const std::string glyphs = export_panel_.draw(export_view(), doc_.options.labels.language, fonts_.heading(),
                                                      ImVec2(map.x + map.w, map.y + map.h));
        !glyphs.empty()) {
      add_glyphs(glyphs);
    }
    changed = export_panel_.settling() || changed;
    draw_map(m, shown_hover, now, snapshot_path != nullptr);
    note_rect("map", map.x, map.y, map.w, map.h);
    if (split_page_) { // for input tests: where each pane's map lies
      const double r = m.framebuffer_ratio;
      const Vec2 size = split_view_.pane_map_size();
      for (std::size_t k = 0; k < doc_.panes.pane_count(); ++k) {
        const Vec2 o = split_view_.pane_origin(k);
        note_rect(("pane_map_" + std::to_string(k)).c_str(), map.x + static_cast<float>(o.x / r),
                  map.y + static_cast<float>(o.y / r), static_cast<float>(size.x / r), static_cast<float>(size.y / r));
      }
    }
    // For input tests: the part of the world the map shows (projected metres).
    const Bounds world = doc_.view.camera().visible_world();
    note_rect("map_world", static_cast<float>(world.min_x), static_cast<float>(world.min_y),
              static_cast<float>(world.width()), static_cast<float>(world.height()));
    imgui_.end_frame();
    // A window that just appeared (E, D) sizes and places itself over its first
    // few frames (ImGui's auto-fit): keep drawing a few frames after the set of
    // windows changes, or the panel stays where its first frame put it.
    if (io.MetricsRenderWindows != shown_windows_) {
      shown_windows_ = io.MetricsRenderWindows;
      settle_frames_ = 3;
    }
    if (settle_frames_ > 0) {
      --settle_frames_;
      changed = true;
    }
    flush_widget_probe();
    // Testing hook: slow frames (STEPPE_EXPLORER_FRAME_DELAY_MS), as on a weak GPU,
    // so input tests can check nothing typed in the meantime is lost.
    if (frame_delay_ms_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(frame_delay_ms_));
    if (snapshot_path != nullptr) write_window_snapshot(m.framebuffer_w, m.framebuffer_h, map_px_, snapshot_path);
    glfwSwapBuffers(window_.handle());
    return changed;
  }

  // The map area between the docks in framebuffer pixels; sizes the camera to
  // it (in the split view: to one pane). True when the camera changed.
  bool place_map(const GlWindow::Metrics& m) {
    const double r = m.framebuffer_ratio;
    map_px_ = {static_cast<int>(std::lround(docks_.map.x * r)), static_cast<int>(std::lround(docks_.map.y * r)),
               std::max(1, static_cast<int>(std::lround(docks_.map.w * r))),
               std::max(1, static_cast<int>(std::lround(docks_.map.h * r)))};
    split_page_.reset();
    if (doc_.panes.sync(doc_.thematic)) add_glyphs(doc_.panes.glyph_text());
    if (doc_.panes.active()) {
      try {
        split_page_ = split_page(std::nullopt, m);
        (void)split_view_.layout(split_page_->spec, split_key());
      } catch (const Error& e) { // the map area is too small for the panes
        split_page_.reset();
        if (split_problem_ != e.what()) std::cerr << "steppe: split view: " << e.what() << "\n";
        split_problem_ = e.what();
      }
    }
    // Fits keep the map clear of the legend (the decorations' of the last frame).
    if (!split_page_) {
      const bool resized = doc_.view.resize(map_px_.w, map_px_.h, m.pixel_ratio);
      const Bounds& legend = decorations_.legend_px();
      // Fits keep the data beside or above a bottom-right legend of its size; the
      // page layout then finds that corner clear (or moves the legend to one that is).
      const double margin = kMarginPx * m.pixel_ratio;
      const bool refit = legend.valid()
                             ? doc_.view.set_corner_obstacle(legend.width() + margin, legend.height() + margin)
                             : doc_.view.set_corner_obstacle(0, 0);
      return resized || refit;
    }
    // The panes' legends lie beside the maps (a column) or in a corner the page
    // layout finds clear: the camera is one pane's map box.
    const Vec2 pane = split_view_.pane_map_size();
    const bool resized = doc_.view.resize(std::max(1, static_cast<int>(pane.x)), std::max(1, static_cast<int>(pane.y)),
                                      m.pixel_ratio);
    return doc_.view.set_corner_obstacle(0, 0) || resized;
  }

  // What the split page's boxes depend on: the panes' indicators and legends,
  // the drill-down, and the decorations' text and switches.
  std::uint64_t split_key() const {
    const ExportOptions d = export_panel_.decorations();
    const std::string text = d.title + '\x1f' + d.subtitle + '\x1f' + d.credits + '\x1f' + d.source +
                             static_cast<char>('0' + d.show_legend) + static_cast<char>('0' + d.show_scale_bar) +
                             static_cast<char>('0' + d.show_north_arrow) + static_cast<char>('0' + d.show_locator) +
                             static_cast<char>('0' + static_cast<int>(doc_.options.labels.language));
    return doc_.revision() ^ (std::hash<std::string>{}(text) * 0x9e3779b97f4a7c15ull);
  }

  // The panes as a page for the map area; their colours carry the hover/selection highlights.
  std::unique_ptr<SplitPage> split_page(std::optional<std::size_t> hovered, const GlWindow::Metrics& m) const {
    std::vector<ExportScene> scenes = paint_.pane_scenes(doc_, hovered);
    ExportOptions options = export_panel_.decorations();
    options.width_px = map_px_.w;
    options.height_px = map_px_.h;
    options.physical.reset();
    options.dpi = 96.0 * m.pixel_ratio;
    options.type_scale = 1.0;
    options.language = doc_.options.labels.language;
    const Legend& legend = paint_.legend(doc_);
    return doc_.panes.page(doc_.thematic, legend, std::move(scenes), options);
  }

  // The map (or the split view's panes) into the map area of framebuffer 0.
  // `now`: glfwGetTime() of this frame; `full`: draw in full even while moving (a snapshot).
  void draw_map(const GlWindow::Metrics& m, std::optional<std::size_t> hovered, double now, bool full) {
    const Rgba8 bg = style_.background;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, m.framebuffer_w, m.framebuffer_h);
    glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    const int y_from_bottom = m.framebuffer_h - map_px_.y - map_px_.h;
    if (split_page_) {
      split_view_.draw(map_, labels_, split_page(hovered, m)->spec, doc_.view.camera(), map_px_.x,
                  y_from_bottom, split_key());
    } else {
      const Camera& camera = doc_.view.camera();
      if (!(camera == last_camera_)) {
        last_camera_ = camera;
        last_motion_ = now;
      }
      const auto screen_overlay = [this](const Camera&) { decorations_.draw_decorations(); };
      const bool moving = !full && now - last_motion_ < kRestSeconds;
      map_stale_ = moving && canvas_.draw_moving(camera, style_.context_fill, screen_overlay, map_px_.x, y_from_bottom);
      if (!map_stale_) {
        canvas_.draw(map_, camera, paint_.map_paint(), [this](const Camera& c) { draw_thematic(c); }, screen_overlay,
                     map_px_.x, y_from_bottom);
      }
      ++(map_stale_ ? moving_frames_ : full_frames_);
      // For input tests: how the map frames were drawn.
      note_text("map_frames", ("full " + std::to_string(full_frames_) + " moving " + std::to_string(moving_frames_) +
                               (map_stale_ ? " stale" : " rested")).c_str());
    }
    glViewport(0, 0, m.framebuffer_w, m.framebuffer_h);
  }

  // A framebuffer position as the camera's: map-area-local (in the split view,
  // pane-local to the pane under it, or to the last one while dragging out).
  Vec2 map_point(Vec2 framebuffer) {
    const Vec2 local{framebuffer.x - map_px_.x, framebuffer.y - map_px_.y};
    if (!split_page_) return local;
    if (const auto hit = split_view_.pane_at(local)) {
      pointer_pane_ = hit->pane;
      return hit->local;
    }
    const Vec2 o = split_view_.pane_origin(pointer_pane_);
    return {local.x - o.x, local.y - o.y};
  }

  // The view an export of "the window's size" frames: the map area.
  Camera export_view() const {
    Camera view = doc_.view.camera();
    view.width_px = map_px_.w;
    view.height_px = map_px_.h;
    return view;
  }

  bool handle_map_input(double now) {
    const float framebuffer_ratio = window_.metrics().framebuffer_ratio;
    const ImGuiIO& io = ImGui::GetIO();
    const InputCapture capture{io.WantCaptureMouse, io.WantCaptureKeyboard};
    bool changed = false;
    // Focus changes (a first click without a window manager, a grab) can leave
    // ImGui without a pointer position for a frame: fall back to the last one.
    const bool valid = ImGui::IsMousePosValid();
    if (valid) pointer_ = map_point(Vec2{io.MousePos.x * framebuffer_ratio, io.MousePos.y * framebuffer_ratio});
    if (valid) {
      changed = doc_.view.move(pointer_, capture) || changed;
    } else {
      changed = doc_.view.leave() || changed;
    }
    for (const GlWindow::Press& p : window_.take_left_presses()) {
      const Vec2 at = map_point(Vec2{p.at.x * framebuffer_ratio, p.at.y * framebuffer_ratio});
      if (annotations_.placing() && !capture.mouse) { // a click places an annotation (ui/annotation_panel)
        (void)annotations_.place(projection_.inverse(doc_.view.camera().to_world(at)));
        changed = true;
        continue;
      }
      changed = doc_.view.press(at, p.clicks, capture, now, p.extend) || changed;
      last_press_extends_ = p.extend; // a list click's modifiers, even when released before ImGui saw the click
    }
    // A button that is up ends any drag, even if its release event was missed.
    if (!ImGui::IsMouseDown(0)) changed = doc_.view.release(pointer_) || changed;
    if (valid && io.MouseWheel != 0) changed = doc_.view.wheel(pointer_, io.MouseWheel, capture) || changed;
    const std::vector<int> presses = window_.take_key_presses();
    auto pressed = [&presses](std::initializer_list<int> keys) {
      return std::find_first_of(presses.begin(), presses.end(), keys.begin(), keys.end()) !=
             presses.end();
    };
    if (pressed({GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD})) changed = doc_.view.key(MapKey::ZoomIn, capture, now) || changed;
    if (pressed({GLFW_KEY_MINUS, GLFW_KEY_KP_SUBTRACT})) changed = doc_.view.key(MapKey::ZoomOut, capture, now) || changed;
    if (pressed({GLFW_KEY_HOME, GLFW_KEY_0})) changed = doc_.view.key(MapKey::Home, capture, now) || changed;
    // F5 presents the deck full screen; D shows the deck panel.
    if (!capture.keyboard && pressed({GLFW_KEY_F5})) decks_.request_present();
    if (!capture.keyboard && pressed({GLFW_KEY_E})) {
      export_panel_.visible = !export_panel_.visible;
      changed = true;
    }
    if (!capture.keyboard && pressed({GLFW_KEY_A})) annotations_.visible = !annotations_.visible; // ui/annotation_panel
    if (!capture.keyboard && pressed({GLFW_KEY_D})) {
      decks_.visible = !decks_.visible;
      changed = true;
    }
    // Ctrl+Q closes the window (as the window manager's close button).
    // (Judged by the press's own modifiers: ImGui's io.KeyCtrl may lag behind
    // keys still queued for it, ui/imgui_key_queue.)
    const std::vector<int> ctrl_presses = window_.take_ctrl_key_presses();
    if (std::find(ctrl_presses.begin(), ctrl_presses.end(), GLFW_KEY_Q) != ctrl_presses.end())
      glfwSetWindowShouldClose(window_.handle(), GLFW_TRUE);
    // Tab hides the panel for a clean map in front of an audience.
    if (!capture.keyboard && pressed({GLFW_KEY_TAB})) {
      panel_visible_ = !panel_visible_;
      changed = true;
    }
    return changed;
  }

  // The comparison window (ui/comparison_window); true when something changed.
  bool draw_comparison(std::optional<std::size_t> map_hovered, double now, std::optional<std::size_t>& chart_hovered) {
    const ComparisonWindowActions a =
        comparison_.draw(doc_.thematic, doc_.drill, doc_.selected_indices(), map_hovered, docks_.bottom);
    chart_hovered = a.hovered;
    bool changed = a.changed || chart_hovered != chart_hovered_;
    chart_hovered_ = chart_hovered;
    if (a.fly_to) changed = doc_.view.fly_to_region(directory_.region(*a.fly_to).code, now) || changed;
    if (a.indicator) changed = doc_.thematic.select(*a.indicator) || changed;
    if (a.drilled && doc_.drill.focus()) doc_.view.fly_to(geometry_.shape_bounds.at(*doc_.drill.focus()), now);
    if (a.drilled && !doc_.drill.focus()) doc_.view.key(MapKey::Home, InputCapture{}, now);
    return changed;
  }

  // Labels and points, with the export's decorations (legend, scale bar, north
  // arrow, title) for the map area brought up to date, placed by the export's
  // own code (ui/map_decorations_overlay): the screen is the export. The
  // decorations are drawn after (the canvas's screen overlay).
  void draw_thematic(const Camera& camera) {
    ExportOptions decorations = export_panel_.decorations();
    decorations.language = doc_.options.labels.language;
    decorations_.update(camera, 0, decorations, paint_.scene(),
                        paint_.revision(), labels_);
    decorations_.draw_labels();
    if (const PointLayer* points = doc_.thematic.points()) point_renderer_.draw(*points, camera);
  }

  // A requested export (ui/export_panel) with the window's context; true if one ran.
  bool run_export() {
    if (!export_panel_.pending()) return false;
    const GlWindow::Metrics m = window_.metrics();
    if (split_page_) {
      // The split view exports its page of panes as on screen (PNG, SVG or PDF).
      const std::unique_ptr<SplitPage> page = split_page(std::nullopt, m);
      export_panel_.run_pending_with(
          [&](const ExportOptions& options, const ProgressCallback& progress) {
            return split_view_.export_page(options, page->spec, doc_.view.camera(), progress);
          },
          export_view(), m.framebuffer_w, m.framebuffer_h);
    } else {
      export_panel_.run_pending(paint_.scene(), doc_.view.camera(), m.framebuffer_w, m.framebuffer_h);
    }
    if (export_panel_.failed()) std::cerr << "steppe: " << export_panel_.status() << "\n";
    return true;
  }

  // A user's table brought text the UI font lacks: rebuilt before the next frame.
  void add_glyphs(const std::string& text) {
    extra_glyphs_ += text;
    fonts_ = UiFonts(directory_.all_names() + doc_.thematic.glyph_text() + thematic_panel_glyphs() +
                     comparison_window_glyphs() + extra_glyphs_);
    built_pixel_ratio_ = 0;
  }

  // Fonts and spacing follow the monitor's content scale (HiDPI, moving between screens).
  void update_scale(const GlWindow::Metrics& m) {
    if (m.pixel_ratio == built_pixel_ratio_ && m.framebuffer_ratio == built_framebuffer_ratio_) return;
    fonts_.build(m.pixel_ratio, m.framebuffer_ratio);
    imgui_.reload_fonts();
    ui_scale_ = m.pixel_ratio / m.framebuffer_ratio;
    imgui_.apply_style(ui_scale_);
    built_pixel_ratio_ = m.pixel_ratio;
    built_framebuffer_ratio_ = m.framebuffer_ratio;
  }

  // Declaration order is construction order; GL users go before the window (run_explorer).
  GlWindow& window_;
  ImGuiSession& imgui_;
  const ExplorerStartup startup_;
  int shown_windows_ = 0; // ImGui windows drawn last frame
  int settle_frames_ = 0; // frames still to draw while a new window settles
  int frame_delay_ms_ = std::clamp(startup_.frame_delay_ms, 0, 2000); // slow frames, for tests
  const Projection projection_;
  const MapGeometry geometry_;
  const RegionDirectory directory_;
  std::string indicator_problem_; // why no shipped indicators could be read (before doc_)
  const MapStyle style_ = choropleth_map_style();
  ExplorerDocument doc_; // what the window shows and edits, with its one revision
  DocumentPaint paint_;  // colours, scene and legend derived from doc_, rebuilt when its revision moves
  MapRenderer map_;
  LabelLayer labels_;
  MapCanvas canvas_;
  Camera last_camera_;              // the map's camera at the last frame
  double last_motion_ = -1e9;       // glfwGetTime() when it last changed
  bool map_stale_ = false;          // the last frame showed the moved copy (a full one is due)
  std::uint64_t full_frames_ = 0, moving_frames_ = 0;
  UiFonts fonts_;
  RegionListPanel panel_;
  IndicatorPanel indicator_panel_;
  ComparisonWindow comparison_;
  MapDecorationsOverlay decorations_;
  ExportPanel export_panel_{startup_.export_title};
  PointRenderer point_renderer_;
  std::string extra_glyphs_;                // text of users' tables, for the UI font
  std::optional<std::size_t> chart_hovered_; // the comparison chart's row under the pointer
  bool last_press_extends_ = false;          // the last left press had Ctrl/Shift
  float built_pixel_ratio_ = 0;
  float built_framebuffer_ratio_ = 0;
  float ui_scale_ = 1;
  Vec2 pointer_{}; // last pointer position, framebuffer pixels
  bool panel_visible_ = true;
  DeckWorkspace decks_;
  SplitPageView split_view_;             // the split page on screen (GL); its panes are doc_.panes
  AnnotationPanel annotations_{doc_.annotations}; // edits the presenter's marks on the current view
  DockLayout docks_;                     // where the panels and the map are this frame
  MapArea map_px_;                       // the map area, framebuffer pixels (top-left origin)
  std::unique_ptr<SplitPage> split_page_; // the split view's page this frame (nullptr: one map)
  std::size_t pointer_pane_ = 0;         // the split pane under the pointer (or last under it)
  std::string split_problem_;            // last reported split-view failure
};

} // namespace

void run_explorer(const ExplorerStartup& startup, const std::function<PreparedAtlas()>& load_atlas) {
  GlWindow window(kWindowTitle, 1440, 900);
  // Paper-white at once, instead of an undefined window while the atlas loads.
  const Rgba8 paper = MapStyle{}.background;
  glClearColor(paper.r / 255.0f, paper.g / 255.0f, paper.b / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glfwSwapBuffers(window.handle());
  glfwPollEvents();

  ImGuiSession imgui(window.handle());
  PreparedAtlas prepared = load_atlas();
  Explorer(window, imgui, prepared.atlas, std::move(prepared.geometry), startup).run();
}

} // namespace steppe::ui
