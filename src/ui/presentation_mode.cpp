#include "ui/presentation_mode.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>

#include "core/map_view.hpp"
#include "export/deck_export.hpp"
#include "render/choropleth_paint.hpp"
#include "render/label_layer.hpp"
#include "export/decoration_overlay.hpp"
#include "render/overlay_image.hpp"
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
        controller_(frames(views), start) {}
  Presentation(const Presentation&) = delete;
  Presentation& operator=(const Presentation&) = delete;

  void run(const char* snapshot_path) {
    const FullScreen full_screen(window_.handle());
    (void)window_.take_key_presses(); // the key that started the presentation
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
        controller_.resize(size_w_, size_h_, ratio_);
        show_slide(controller_.index()); // the page at the new size
        frames_left = std::max(frames_left, 1);
      }
      draw(controller_.camera(now), !controller_.transitioning(now));
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

  // The slide is the deck page at the screen's size (export/deck_export):
  // the same composition, legend, labels and title as the handout. Built when
  // the slide is shown; its camera is where the transition ends.
  void show_slide(std::size_t i) {
    const ResolvedView& v = views_.at(i);
    paint_.style = v.choropleth ? choropleth_map_style() : MapStyle{};
    paint_.regions = {v.region_colours, v.region_patterns};
    DeckExportOptions size;
    size.width_px = std::max(16, size_w_);
    size.height_px = std::max(16, size_h_);
    const ExportOptions page = view_export_options(deck_, i, v, size, "slide.png");
    scene_ = slide_scene(v, source_.atlas, source_.projection, source_.geometry);
    try {
      DecorationOverlay overlay = render_decoration_overlay(page, scene_, labels_);
      decorations_.upload(overlay.image);
      slide_labels_ = std::move(overlay.labels);
      controller_.set_target(i, overlay.camera);
      paint_.style = overlay.style; // as the page paints it (the hatch in phase with the handout)
      point_options_ = scene_.point_options;
    } catch (const Error& e) {
      std::cerr << "steppe: slide " << i + 1 << ": " << e.what() << "\n";
      decorations_.upload(Image(1, 1));
      slide_labels_.clear();
    }
  }

  void draw(const Camera& camera, bool at_rest) {
    const ResolvedView& v = views_.at(controller_.index());
    canvas_.draw(map_, camera, paint_, [&](const Camera& c) {
      // Labels belong to the slide's camera: shown once the move has ended.
      if (at_rest && !slide_labels_.empty()) text_.draw(slide_labels_, c.width_px, c.height_px);
      if (v.points) points_.draw(*v.points, c, point_options_);
      decorations_.draw();
    });
  }

  GlWindow& window_;
  const Deck& deck_;
  const std::vector<ResolvedView>& views_;
  SlideSource source_;
  MapRenderer& map_;
  LabelLayer& labels_;
  PresentationController controller_;
  MapPaint paint_; // the slide's: a value, the caller's map keeps no colours
  ExportScene scene_;
  MapCanvas canvas_;
  OverlayImage decorations_;             // title, legend, scale bar: the page's Cairo drawing
  std::vector<TextItem> slide_labels_;   // the page's labels, canvas px
  PointRenderer points_;
  PointDrawOptions point_options_;
  TextRenderer text_;
  int size_w_ = 0, size_h_ = 0;
  float ratio_ = 0;
};

} // namespace

void run_presentation(GlWindow& window, const Deck& deck, const std::vector<ResolvedView>& views,
                      const SlideSource& source, MapRenderer& map, LabelLayer& labels, std::size_t start,
                      const char* snapshot_path) {
  if (views.empty() || views.size() != deck.views.size()) return;
  Presentation(window, deck, views, source, map, labels, start).run(snapshot_path);
}

} // namespace steppe::ui
