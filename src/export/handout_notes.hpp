#pragma once
// A deck view's presenter notes as text on a page: under each slide of a
// handout (`steppe render --deck F --out x.pdf --notes`) and in the
// presenter view's notes pane (ui/presenter_view). Multi-line text wrapped
// to the box in Noto Sans CJK (Pango), under a small heading; shrunk (down to
// 60%) when it does not fit, and cut with "…" only if it still does not.
#include <cairo.h>

#include <string_view>

#include "export/export_layout.hpp"
#include "render/color.hpp"

namespace steppe {

// A handout page is the slide with a notes band under it, this share of the
// slide's height (a 1920 × 1080 slide makes a 1920 × 1620 page).
inline constexpr double kNotesBandShare = 0.5;

struct NotesStyle {
  double size = 16;                 // em size of the notes, in the cr's units
  Rgba8 text{30, 30, 30, 255};
  Rgba8 heading{110, 110, 105, 255};
  Rgba8 rule{190, 190, 185, 255};   // line across the top of the box; alpha 0: none
  const char* heading_text = "讲者备注 Notes";
};

struct NotesDrawn {
  double size = 0;     // the em size the notes were set in
  bool cut = false;    // did not fit even at 60%: ended with "…"
};

// Draws the heading and `notes` inside `box` (in the cr's units). Empty
// notes draw the heading and "—". Throws steppe::Error on a Cairo error.
NotesDrawn draw_notes_box(cairo_t* cr, std::string_view notes, const Box& box, const NotesStyle& style);

} // namespace steppe
