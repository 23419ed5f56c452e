#include "export/presenter_screen.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "export/cairo_text.hpp"
#include "export/handout_notes.hpp"

namespace steppe {

namespace {

constexpr Rgba8 kGround{28, 29, 31, 255};
constexpr Rgba8 kFrame{70, 72, 76, 255};
constexpr Rgba8 kHeading{160, 163, 168, 255};
constexpr Rgba8 kText{236, 236, 232, 255};

double whole(double v) { return std::round(v); }

} // namespace

PresenterLayout presenter_layout(int width, int height) {
  const double w = std::max(64, width);
  const double h = std::max(64, height);
  const double aspect = w / h;
  const double m = whole(std::max(8.0, 0.015 * w));
  PresenterLayout l;
  l.header = {m, m * 0.5, w - 2 * m, whole(0.05 * h)};
  const double top = l.header.bottom() + m * 0.5;
  // The current slide: 62% of the width, less if the height runs out (room left for the clock).
  double cw = whole(0.62 * w);
  const double clock_h = whole(0.09 * h);
  cw = std::min(cw, whole((h - top - clock_h - 2 * m) * aspect));
  l.current = {m, top, cw, whole(cw / aspect)};
  l.clock = {m, l.current.bottom() + m * 0.5, cw, clock_h};
  const double right = l.current.right() + m;
  const double nw = w - m - right;
  l.next_label = {right, top, nw, whole(0.035 * h)};
  l.next = {right, l.next_label.bottom(), nw, whole(nw / aspect)};
  l.notes = {right, l.next.bottom() + m, nw, std::max(1.0, h - m - (l.next.bottom() + m))};
  return l;
}

std::string format_elapsed(double seconds) {
  const long s = std::max(0L, static_cast<long>(std::floor(seconds)));
  char out[32];
  if (s >= 3600) std::snprintf(out, sizeof out, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(out, sizeof out, "%ld:%02ld", s / 60, s % 60);
  return out;
}

Image render_presenter_screen(const PresenterLayout& l, int width, int height, const PresenterText& text,
                              double pixel_ratio) {
  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width);
  const auto words = static_cast<std::size_t>(stride / 4);
  std::vector<std::uint32_t> argb(words * static_cast<std::size_t>(height), 0u);
  {
    const cairo::Surface surface(cairo_image_surface_create_for_data(reinterpret_cast<unsigned char*>(argb.data()),
                                                                     CAIRO_FORMAT_ARGB32, width, height, stride));
    const cairo::Context cr(cairo_create(surface.get()));
    cairo_t* c = cr.get();
    cairo::set_source(c, kGround);
    cairo_paint(c);
    const double r = pixel_ratio;
    // Header: the counter and title left, the keys right.
    const cairo::Layout counter =
        cairo::make_layout(c, text.counter + "   " + text.title, TextSpec{18 * r, true, false}, l.header.w * 0.68, true);
    cairo::draw_layout(c, counter.get(), l.header.x, l.header.y, kText);
    const cairo::Layout keys = cairo::make_layout(c, "P 观众视图 audience · T 投影主题 theme · Esc 退出 exit",
                                                  TextSpec{13 * r, false, false}, l.header.w * 0.3, true);
    const Vec2 keys_size = cairo::layout_size(keys.get());
    cairo::draw_layout(c, keys.get(), l.header.right() - keys_size.x, l.header.y + 4 * r, kHeading);
    // Frames around the slide boxes (the slides are drawn over them).
    cairo::set_source(c, kFrame);
    cairo_set_line_width(c, 2 * r);
    for (const Box& b : {l.current, l.next}) {
      cairo_rectangle(c, b.x - r, b.y - r, b.w + 2 * r, b.h + 2 * r);
      cairo_stroke(c);
    }
    const cairo::Layout next_label =
        cairo::make_layout(c, "下一张 Next", TextSpec{14 * r, true, false}, l.next_label.w, true);
    cairo::draw_layout(c, next_label.get(), l.next_label.x, l.next_label.y, kHeading);
    if (text.last) {
      cairo::set_source(c, kGround);
      cairo_rectangle(c, l.next.x, l.next.y, l.next.w, l.next.h);
      cairo_fill(c);
      const cairo::Layout end = cairo::make_layout(c, "演示结束 End of the deck", TextSpec{18 * r, false, false}, l.next.w);
      const Vec2 s = cairo::layout_size(end.get());
      cairo::draw_layout(c, end.get(), l.next.centre().x - s.x / 2, l.next.centre().y - s.y / 2, kHeading);
    }
    NotesStyle style;
    style.size = 20 * r;
    style.text = kText;
    style.heading = kHeading;
    style.rule = kFrame;
    (void)draw_notes_box(c, text.notes, l.notes, style);
    cairo::check(c, "drawing the presenter view");
    cairo_surface_flush(surface.get());
  }
  // Cairo's premultiplied native-endian ARGB words to premultiplied RGBA bytes.
  Image out(width, height);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const std::uint32_t v = argb[static_cast<std::size_t>(y) * words + static_cast<std::size_t>(x)];
      out.set(x, y, {static_cast<std::uint8_t>(v >> 16), static_cast<std::uint8_t>(v >> 8), static_cast<std::uint8_t>(v),
                     static_cast<std::uint8_t>(v >> 24)});
    }
  }
  return out;
}

} // namespace steppe
