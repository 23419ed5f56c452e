#pragma once
// Where a page puts its callouts (core/callout): a label box per place with a
// leader line to a point inside the place. Decided once, in canvas pixels, by
// the page composition, and drawn by every output through the same Cairo code
// (callout_draw): PNG tiles, SVG, PDF and the window's decoration overlay.
// Rules: the box never covers the place's screen box, the legend, the scale
// bar, the north arrow or another callout, and stays inside the map box; of
// the positions that keep those rules it prefers the one that covers fewest
// map labels and lies closest to the place.
#include <functional>
#include <string>
#include <vector>

#include "core/callout.hpp"
#include "core/geometry.hpp"
#include "export/export_layout.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

struct Composition;
struct ExportScene;

struct CalloutLine {
  std::string utf8;
  TextSpec spec;     // size in canvas px (already × pixel ratio)
  Bounds box_px;     // the line's logical box
};

struct CalloutPlacement {
  CalloutText text;
  Bounds place_px;       // the place's screen box (its shape's bounds), canvas px
  Vec2 anchor_px;        // the leader's end: inside the place (at the edge of a map label there)
  Bounds box_px;         // the label box
  Vec2 leader_start_px;  // where the leader leaves the box
  std::vector<CalloutLine> lines;
  double pixel_ratio = 1;
  bool clear = true;     // false: no position kept every rule (the least-bad one is used)
  bool shown = true;     // false: every position would hide a place (its own or another's): not drawn
};

struct CalloutSite {
  Bounds place_px; // the place's screen box
  Vec2 anchor_px;  // a point well inside the place
};

// Pure layout. `keep_clear_px`: boxes the callouts must not cover (legend,
// scale bar, north arrow); `marks_px` (league names, seat markers): not
// covered while any position avoids them; `data_hidden(box)`: how much data
// (other regions carrying the shown values) a box would hide, avoided before
// `labels_px`, the map labels, which are covered only when no position avoids
// them. A box never hides a place: when every position would (the place's
// anchor or most of a small place under it), the callout is not shown.
std::vector<CalloutPlacement> layout_callouts(const std::vector<CalloutText>& texts,
                                              const std::vector<CalloutSite>& sites, const Bounds& map_px,
                                              const std::vector<Bounds>& keep_clear_px,
                                              const std::vector<Bounds>& labels_px, const TextMeasure& measure,
                                              double pixel_ratio,
                                              const std::function<std::size_t(const Bounds&)>& data_hidden = {},
                                              const std::vector<Bounds>& marks_px = {});

// The scene's callouts on the composed page: sites from the scene's geometry
// through the page camera, the map box, the legend / scale bar / north arrow
// boxes and the placed labels of `c`.
std::vector<CalloutPlacement> compose_callouts(const Composition& c, const ExportScene& scene,
                                               const TextMeasure& measure);

// The composition's hook: sets c.callouts (compose_callouts), leaves out the
// map labels a callout box covers (their place is named in the box or the box
// is the better read), and warns when a callout could not keep every rule.
void place_callouts(Composition& c, const ExportScene& scene, const TextMeasure& measure);
// The same, measuring with Pango (cairo::PangoMeasure), as callout_draw draws.
void place_callouts(Composition& c, const ExportScene& scene);

// The callout lines as text items (centre positions), for the SVG text layer.
std::vector<TextItem> callout_text_items(const std::vector<CalloutPlacement>& callouts);
// The non-empty lines of a box (a callout's or an annotation's) as SVG/PDF text items.
void append_line_text_items(const std::vector<CalloutLine>& lines, std::vector<TextItem>& out);

} // namespace steppe
