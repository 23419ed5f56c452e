#include "ui/presentation_mode.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/map_view.hpp"
#include "export/deck_export.hpp"
#include "render/choropleth_paint.hpp"
#include "render/label_layer.hpp"
#include "render/legend_renderer.hpp"
#include "render/point_renderer.hpp"
#include "render/map_renderer.hpp"
#include "render/png_writer.hpp"
#include "render/text_renderer.hpp"
#include "ui/gl_window.hpp"
#include "ui/map_canvas.hpp"

namespace steppe::ui {

SlideCommand slide_command_for_key(int key) {
  switch (key) {
  case GLFW_KEY_RIGHT:
  case GLFW_KEY_PAGE_DOWN:
  case GLFW_KEY_SPACE:
  case GLFW_KEY_DOWN: return SlideCommand::Next;
  case GLFW_KEY_LEFT:
  case GLFW_KEY_PAGE_UP:
  case GLFW_KEY_BACKSPACE:
  case GLFW_KEY_UP: return SlideCommand::Previous;
  case GLFW_KEY_HOME: return SlideCommand::First;
  case GLFW_KEY_END: return SlideCommand::Last;
  case GLFW_KEY_ESCAPE: return SlideCommand::Exit;
  default: return SlideCommand::None;
  }
}

PresentationController::PresentationController(std::vector<Bounds> frames, std::size_t start)
    : frames_(std::move(frames)), index_(std::min(start, frames_.empty() ? 0 : frames_.size() - 1)) {
  if (frames_.empty()) frames_.push_back(Bounds{0, 0, 1, 1});
  from_ = target_camera();
}

void PresentationController::resize(int width_px, int height_px, double pixel_ratio, double top_inset_px) {
  width_ = std::max(1, width_px);
  height_ = std::max(1, height_px);
  pixel_ratio_ = pixel_ratio;
  top_inset_ = std::clamp(top_inset_px, 0.0, height_ / 2.0);
  moving_ = false;
  from_ = target_camera();
}

Camera PresentationController::target_camera() const {
  // A small margin: a slide is about its region, edge to edge. Fitted into the
  // area under the title band, then centred there (world y points north).
  const int map_h = std::max(1, height_ - static_cast<int>(std::lround(top_inset_)));
  Camera c = Camera::fit(frames_[index_], width_, map_h, pixel_ratio_, 0.06);
  c.height_px = height_;
  c.centre.y += top_inset_ / 2 * c.units_per_px;
  return c;
}

bool PresentationController::transitioning(double now) const {
  // Compared with the stored end time, so start + duration is exactly done.
  return moving_ && now < start_ + kTransitionSeconds;
}

Camera PresentationController::camera(double now) const {
  if (!transitioning(now)) return target_camera();
  const double t = std::clamp((now - start_) / kTransitionSeconds, 0.0, 1.0);
  const double eased = t * t * (3 - 2 * t); // smoothstep: no jolt at either end
  return interpolate(from_, target_camera(), eased);
}

bool PresentationController::command(SlideCommand c, double now) {
  std::size_t next = index_;
  switch (c) {
  case SlideCommand::None: return false;
  case SlideCommand::Exit: exit_ = true; return false;
  case SlideCommand::Next: next = std::min(index_ + 1, frames_.size() - 1); break;
  case SlideCommand::Previous: next = index_ == 0 ? 0 : index_ - 1; break;
  case SlideCommand::First: next = 0; break;
  case SlideCommand::Last: next = frames_.size() - 1; break;
  }
  if (next == index_) return false;
  from_ = camera(now); // from wherever an unfinished transition had got to
  index_ = next;
  start_ = now;
  moving_ = true;
  return true;
}

namespace {

// Sizes for a projected room: logical px, × pixel_ratio.
constexpr double kTitlePx = 40;
constexpr double kSubtitlePx = 24;
constexpr double kCounterPx = 18;
constexpr double kMarginPx = 28;
constexpr double kTitleBandPx = 130; // margin + title + subtitle lines

// Point labels as large as the banner labels: read from the back of the room.
PointDrawOptions room_point_options() {
  PointDrawOptions o;
  o.label_size_px = 16;
  return o;
}

LegendStyle room_legend_style() {
  LegendStyle s;
  s.corner = LegendCorner::BottomRight;
  s.margin_px = kMarginPx;
  s.padding_px = 18;
  s.text_width_px = 440;
  s.title_size_px = 26;
  s.text_size_px = 22;
  s.note_size_px = 16;
  s.swatch_w_px = 44;
  s.swatch_h_px = 26;
  s.row_gap_px = 8;
  s.show_notes = false; // the audience reads classes; notes stay in the export
  return s;
}

Image read_back_buffer(int width, int height) {
  Image img(width, height);
  std::vector<std::uint8_t> bottom_up(img.rgba.size());
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  for (std::size_t y = 0; y < static_cast<std::size_t>(height); ++y) {
    std::copy_n(bottom_up.begin() + static_cast<std::ptrdiff_t>((static_cast<std::size_t>(height) - 1 - y) * row), row,
                img.rgba.begin() + static_cast<std::ptrdiff_t>(y * row));
  }
  return img;
}

// Full screen on the monitor holding the window's centre; restores on destruction.
class FullScreen {
public:
  explicit FullScreen(GLFWwindow* w) : window_(w) {
    glfwGetWindowPos(w, &x_, &y_);
    glfwGetWindowSize(w, &width_, &height_);
    GLFWmonitor* monitor = monitor_of(w);
    if (monitor == nullptr) return;
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    if (mode == nullptr) return;
    glfwSetWindowMonitor(w, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    active_ = true;
  }
  ~FullScreen() {
    if (active_) glfwSetWindowMonitor(window_, nullptr, x_, y_, width_, height_, GLFW_DONT_CARE);
  }
  FullScreen(const FullScreen&) = delete;
  FullScreen& operator=(const FullScreen&) = delete;

private:
  static GLFWmonitor* monitor_of(GLFWwindow* w) {
    int x = 0, y = 0, width = 0, height = 0, count = 0;
    glfwGetWindowPos(w, &x, &y);
    glfwGetWindowSize(w, &width, &height);
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    const int cx = x + width / 2, cy = y + height / 2;
    for (int i = 0; i < count; ++i) {
      int mx = 0, my = 0;
      glfwGetMonitorPos(monitors[i], &mx, &my);
      const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
      if (mode != nullptr && cx >= mx && cx < mx + mode->width && cy >= my && cy < my + mode->height) return monitors[i];
    }
    return glfwGetPrimaryMonitor();
  }

  GLFWwindow* window_;
  int x_ = 0, y_ = 0, width_ = 1, height_ = 1;
  bool active_ = false;
};

class Presentation {
public:
  Presentation(GlWindow& window, const Deck& deck, const std::vector<ResolvedView>& views, MapRenderer& map,
               LabelLayer& labels, std::size_t start)
      : window_(window), deck_(deck), views_(views), map_(map), labels_(labels), controller_(frames(views), start),
        original_style_(map.style()) {}
  ~Presentation() { map_.set_style(original_style_); }
  Presentation(const Presentation&) = delete;
  Presentation& operator=(const Presentation&) = delete;

  void run(const char* snapshot_path) {
    const FullScreen full_screen(window_.handle());
    (void)window_.take_key_presses(); // the key that started the presentation
    show_slide(controller_.index());
    int frames_left = 2; // the window manager settles the new size over a frame or two
    int drawn = 0;
    while (!glfwWindowShouldClose(window_.handle()) && !controller_.exit_requested()) {
      if (snapshot_path != nullptr) frames_left = std::max(frames_left, 1); // testing hook: never block
      if (controller_.transitioning(glfwGetTime())) {
        glfwWaitEventsTimeout(1.0 / 120.0);
      } else if (frames_left > 0) {
        glfwPollEvents();
      } else {
        glfwWaitEvents();
      }
      --frames_left;
      if (window_.take_event_count() > 0) frames_left = std::max(frames_left, 1);
      const double now = glfwGetTime();
      for (int key : window_.take_key_presses()) {
        if (controller_.command(slide_command_for_key(key), now)) show_slide(controller_.index());
      }
      if (controller_.exit_requested()) break;
      const GlWindow::Metrics m = window_.metrics();
      if (m.framebuffer_w != size_w_ || m.framebuffer_h != size_h_ || m.pixel_ratio != ratio_) {
        size_w_ = m.framebuffer_w;
        size_h_ = m.framebuffer_h;
        ratio_ = m.pixel_ratio;
        controller_.resize(size_w_, size_h_, ratio_, kTitleBandPx * ratio_);
        frames_left = std::max(frames_left, 1);
      }
      draw(controller_.camera(now));
      // Snapshot once the full-screen size has settled and nothing moves.
      const bool snap = snapshot_path != nullptr && ++drawn >= 4 && !controller_.transitioning(now);
      if (snap) write_png(read_back_buffer(size_w_, size_h_), snapshot_path);
      glfwSwapBuffers(window_.handle());
      if (snap) break;
    }
  }

private:
  static std::vector<Bounds> frames(const std::vector<ResolvedView>& views) {
    std::vector<Bounds> out;
    for (const ResolvedView& v : views) out.push_back(v.frame);
    return out;
  }

  // Colours change at the start of the move: the camera carries the new map in.
  void show_slide(std::size_t i) {
    const ResolvedView& v = views_.at(i);
    map_.set_style(v.choropleth ? choropleth_map_style(original_style_) : original_style_);
    map_.reset_regions();
    if (!v.region_colours.empty()) map_.set_region_colors(v.region_colours);
    if (!v.region_patterns.empty()) map_.set_region_patterns(v.region_patterns);
    label_options_.language = v.language;
    label_options_.league_size_px = 22;
    label_options_.banner_size_px = 16;
  }

  void draw(const Camera& camera) {
    const std::size_t i = controller_.index();
    const ResolvedView& v = views_.at(i);
    const MapView& view = deck_.views.at(i);
    canvas_.draw(map_, camera, [&](const Camera& c) {
      labels_.draw(c, label_options_);
      if (v.points) points_.draw(*v.points, c, room_point_options());
      if (const Legend* legend = v.legend())
        legend_.draw(*legend, c, room_legend_style(), hatch_style(map_.style(), c.pixel_ratio));
      draw_titles(c, view, i);
    });
  }

  void draw_titles(const Camera& c, const MapView& view, std::size_t i) {
    const double r = c.pixel_ratio;
    std::vector<TextItem> items;
    const std::string title = view.title.empty() ? deck_.title : view.title;
    double y = kMarginPx * r;
    const auto add = [&](const std::string& text, double size, FontWeight weight, Rgba8 colour) {
      if (text.empty()) return;
      const Vec2 box = text_.measure(text, size * r, weight);
      items.push_back({text, {kMarginPx * r + box.x / 2, y + box.y / 2}, size * r, colour, {255, 255, 255, 235}, weight});
      y += box.y;
    };
    add(title, kTitlePx, FontWeight::Bold, {15, 15, 15, 255});
    add(view.subtitle, kSubtitlePx, FontWeight::Regular, {60, 60, 60, 255});
    const std::string counter = std::to_string(i + 1) + " / " + std::to_string(controller_.count());
    const Vec2 box = text_.measure(counter, kCounterPx * r, FontWeight::Regular);
    items.push_back({counter, {kMarginPx * r + box.x / 2, c.height_px - kMarginPx * r - box.y / 2}, kCounterPx * r,
                     {90, 90, 90, 255}, {255, 255, 255, 200}, FontWeight::Regular});
    text_.draw(items, c.width_px, c.height_px);
  }

  GlWindow& window_;
  const Deck& deck_;
  const std::vector<ResolvedView>& views_;
  MapRenderer& map_;
  LabelLayer& labels_;
  PresentationController controller_;
  const MapStyle original_style_;
  MapCanvas canvas_;
  LegendRenderer legend_;
  PointRenderer points_;
  TextRenderer text_;
  LabelOptions label_options_;
  int size_w_ = 0, size_h_ = 0;
  float ratio_ = 0;
};

} // namespace

void run_presentation(GlWindow& window, const Deck& deck, const std::vector<ResolvedView>& views, MapRenderer& map,
                      LabelLayer& labels, std::size_t start, const char* snapshot_path) {
  if (views.empty() || views.size() != deck.views.size()) return;
  Presentation(window, deck, views, map, labels, start).run(snapshot_path);
}

} // namespace steppe::ui
