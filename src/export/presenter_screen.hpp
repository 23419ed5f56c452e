#pragma once
// The presenter view of a presentation (F5, then P): one screen split into
// the current slide (large, the audience's aspect), the next slide (small),
// the notes and an elapsed-time clock, on a dark ground. This file holds the
// split (pure arithmetic) and the still parts drawn by Cairo — ground,
// headings, slide counter, key hints, notes — as one image the window lays
// under the two slides; the clock is drawn by the window each second.
#include <string>

#include "export/export_layout.hpp"
#include "render/image.hpp"

namespace steppe {

struct PresenterLayout {
  Box header;  // counter and key hints
  Box current; // the slide as the room sees it, scaled
  Box next;    // the next slide
  Box next_label;
  Box notes;
  Box clock;   // elapsed time, under the current slide
};

// For a screen of width × height framebuffer px. The slides keep the
// screen's aspect (they are the audience's slide at a smaller size); boxes
// are whole pixels, top-left origin.
PresenterLayout presenter_layout(int width, int height);

struct PresenterText {
  std::string counter;  // "幻灯片 2 / 5 · Slide 2 of 5"
  std::string title;    // the current view's title
  std::string notes;    // the current view's notes (may be empty)
  bool last = false;    // no next slide: the next box says the deck ends
};

// The still parts at width × height, premultiplied RGBA (opaque ground).
// `pixel_ratio` scales the type (framebuffer px per logical px).
Image render_presenter_screen(const PresenterLayout& layout, int width, int height, const PresenterText& text,
                              double pixel_ratio);

// "4:05", "1:02:09": elapsed seconds as a clock (negative counts as 0).
std::string format_elapsed(double seconds);

} // namespace steppe
