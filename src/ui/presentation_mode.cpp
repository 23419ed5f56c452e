#include "ui/presentation_mode.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <string>

#include "core/map_view.hpp"
#include "export/deck_export.hpp"
#include "export/presenter_screen.hpp"
#include "render/label_layer.hpp"
#include "render/overlay_image.hpp"
#include "render/point_renderer.hpp"
#include "render/map_renderer.hpp"
#include "render/png_writer.hpp"
#include "render/text_renderer.hpp"
#include "ui/gl_window.hpp"
#include "ui/slide_picture.hpp"
#include "ui/widget_probe.hpp"

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
  targets_.clear();
  from_ = target_camera();
}

void PresentationController::set_target(std::size_t index, const Camera& camera) {
  if (index >= frames_.size()) return;
  targets_.resize(frames_.size());
  targets_[index] = camera;
  if (!moving_ && index == index_) from_ = camera;
}

Camera PresentationController::target_camera() const {
  if (index_ < targets_.size() && targets_[index_]) return *targets_[index_];
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
  Presentation(GlWindow& window, const Deck& deck, const std::vector<ResolvedView>& views, const SlideSource& source,
               MapRenderer& map, LabelLayer& labels, std::size_t start)
      : window_(window), deck_(deck), views_(views), source_(source), map_(map), labels_(labels),
        controller_(frames(views), start), theme_(deck.theme) {}
  Presentation(const Presentation&) = delete;
  Presentation& operator=(const Presentation&) = delete;

  void run(const char* snapshot_path) {
    const FullScreen full_screen(window_.handle());
    (void)window_.take_key_presses(); // the key that started the presentation
    started_ = glfwGetTime();
    int frames_left = 2; // the window manager settles the new size over a frame or two
    int drawn = 0;
    while (!glfwWindowShouldClose(window_.handle()) && !controller_.exit_requested()) {
      if (snapshot_path != nullptr) frames_left = std::max(frames_left, 1); // testing hook: never block
      if (controller_.transitioning(glfwGetTime())) {
        glfwWaitEventsTimeout(1.0 / 120.0);
      } else if (frames_left > 0) {
        glfwPollEvents();
      } else if (presenter_) {
        mark_widget_probe_idle(); // only the clock moves
        // The clock moves: wake at the next whole second.
        const double elapsed = glfwGetTime() - started_;
        glfwWaitEventsTimeout(std::max(0.02, std::ceil(elapsed + 1e-3) - elapsed));
      } else {
        mark_widget_probe_idle();
        glfwWaitEvents();
      }
      --frames_left;
      if (window_.take_event_count() > 0) frames_left = std::max(frames_left, 1);
      const double now = glfwGetTime();
      bool relayout = false;
      for (int key : window_.take_key_presses()) {
        if (key == GLFW_KEY_P) {
          presenter_ = !presenter_; // the presenter's split, or the audience's slide
          relayout = true;
        } else if (key == GLFW_KEY_T) {
          theme_ = theme_ == PageTheme::Projector ? PageTheme::Standard : PageTheme::Projector;
          relayout = true;
        } else if (controller_.command(slide_command_for_key(key), now)) {
          show_slide(controller_.index());
        }
      }
      if (controller_.exit_requested()) break;
      const GlWindow::Metrics m = window_.metrics();
      if (relayout || m.framebuffer_w != size_w_ || m.framebuffer_h != size_h_ || m.pixel_ratio != ratio_) {
        size_w_ = m.framebuffer_w;
        size_h_ = m.framebuffer_h;
        ratio_ = m.pixel_ratio;
        window_ratio_ = m.framebuffer_ratio > 0 ? m.framebuffer_ratio : 1.0f;
        layout_ = presenter_layout(size_w_, size_h_);
        if (presenter_) {
          controller_.resize(static_cast<int>(layout_.current.w), static_cast<int>(layout_.current.h), ratio_);
        } else {
          controller_.resize(size_w_, size_h_, ratio_);
        }
        show_slide(controller_.index()); // the page at the new size
        frames_left = std::max(frames_left, 1);
      }
      draw(controller_.camera(now), !controller_.transitioning(now), now);
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

  // The slide is the deck page at the size it is shown (export/deck_export):
  // the same composition, legend, labels and title as the handout. Built when
  // the slide is shown; its camera is where the transition ends. The
  // presenter view also composes the next slide and its still parts.
  void show_slide(std::size_t i) {
    const int w = presenter_ ? static_cast<int>(layout_.current.w) : size_w_;
    const int h = presenter_ ? static_cast<int>(layout_.current.h) : size_h_;
    current_.compose(deck_, i, views_.at(i), source_, labels_, w, h, theme_);
    controller_.set_target(i, current_.camera());
    next_.clear();
    if (!presenter_) return;
    if (i + 1 < views_.size()) {
      next_.compose(deck_, i + 1, views_[i + 1], source_, labels_, static_cast<int>(layout_.next.w),
                    static_cast<int>(layout_.next.h), theme_);
    }
    PresenterText text;
    text.counter = "幻灯片 " + std::to_string(i + 1) + " / " + std::to_string(views_.size()) + " · Slide " +
                   std::to_string(i + 1) + " of " + std::to_string(views_.size());
    const MapView& view = deck_.views.at(i);
    text.title = view.title.empty() ? deck_.title : view.title;
    text.notes = view.notes;
    text.last = i + 1 >= views_.size();
    screen_.upload(render_presenter_screen(layout_, size_w_, size_h_, text, ratio_));
  }

  void draw(const Camera& camera, bool at_rest, double now) {
    if (!presenter_) {
      current_.draw(map_, points_, text_, camera, at_rest, 0, 0);
      note_rect("presentation_slide", 0, 0, static_cast<float>(size_w_) / window_ratio_,
                static_cast<float>(size_h_) / window_ratio_);
      note_probe_text("presentation_index", std::to_string(controller_.index() + 1) + "/" + std::to_string(views_.size()));
      note_probe_text("presentation_theme", std::string(to_string(theme_)));
      flush_widget_probe();
      return;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, size_w_, size_h_);
    screen_.draw(); // opaque: the ground, headings, notes
    auto from_bottom = [this](const Box& b) { return size_h_ - static_cast<int>(b.bottom()); };
    current_.draw(map_, points_, text_, camera, at_rest, static_cast<int>(layout_.current.x), from_bottom(layout_.current));
    if (!next_.empty()) {
      next_.draw(map_, points_, text_, next_.camera(), true, static_cast<int>(layout_.next.x), from_bottom(layout_.next));
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, size_w_, size_h_);
    const std::string clock = format_elapsed(now - started_);
    TextItem item;
    item.utf8 = "用时 " + clock;
    item.size_px = layout_.clock.h * 0.62;
    item.colour = {236, 236, 232, 255};
    item.halo_colour = {0, 0, 0, 0};
    const Vec2 extent = text_.measure(item.utf8, item.size_px, FontWeight::Regular);
    item.position_px = {layout_.clock.x + extent.x / 2, layout_.clock.y + layout_.clock.h / 2};
    text_.draw(std::span<const TextItem>(&item, 1), size_w_, size_h_);
    // Where everything is, for the window tests (window coordinates).
    const auto note = [this](const char* name, const Box& b) {
      note_rect(name, static_cast<float>(b.x / window_ratio_), static_cast<float>(b.y / window_ratio_),
                static_cast<float>(b.w / window_ratio_), static_cast<float>(b.h / window_ratio_));
    };
    note("presenter_slide", layout_.current);
    if (!next_.empty()) note("presenter_next", layout_.next);
    note("presenter_notes", layout_.notes);
    note("presenter_clock", layout_.clock);
    note_probe_text("presentation_index", std::to_string(controller_.index() + 1) + "/" + std::to_string(views_.size()));
    note_probe_text("presentation_theme", std::string(to_string(theme_)));
    note_probe_text("presenter_notes_text", deck_.views.at(controller_.index()).notes);
    note_probe_text("presenter_clock_text", clock);
    flush_widget_probe();
  }

  static void note_probe_text(const char* name, const std::string& text) { note_text(name, text.c_str()); }

  GlWindow& window_;
  const Deck& deck_;
  const std::vector<ResolvedView>& views_;
  SlideSource source_;
  MapRenderer& map_;
  LabelLayer& labels_;
  PresentationController controller_;
  PageTheme theme_;
  bool presenter_ = false;
  PresenterLayout layout_;
  SlidePicture current_, next_;
  OverlayImage screen_; // the presenter view's still parts (export/presenter_screen)
  PointRenderer points_;
  TextRenderer text_;
  double started_ = 0;
  int size_w_ = 0, size_h_ = 0;
  float ratio_ = 0;
  float window_ratio_ = 1;
};

} // namespace

void run_presentation(GlWindow& window, const Deck& deck, const std::vector<ResolvedView>& views,
                      const SlideSource& source, MapRenderer& map, LabelLayer& labels, std::size_t start,
                      const char* snapshot_path) {
  if (views.empty() || views.size() != deck.views.size()) return;
  Presentation(window, deck, views, source, map, labels, start).run(snapshot_path);
}

} // namespace steppe::ui
