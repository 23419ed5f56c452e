#pragma once
// Where a page puts the presenter's annotations (core/annotation): text boxes,
// arrows and callouts anchored to lon/lat points, projected through the page
// camera. Decided once, in canvas pixels, by the page composition (after the
// automatic callouts), and drawn by every output through one Cairo routine
// (export/annotation_draw): PNG tiles, SVG, PDF, deck pages, F5 slides and the
// window's decoration overlay.
// Rules: a box stays inside the map box and never covers the legend, the
// scale bar, the north arrow, a callout, another annotation's box or any
// annotation's point; a callout's box never covers its own point, an arrow's
// text never its head. Of the positions that keep the rules, the one nearest
// where the kind puts its box (a text box centred on its point, a callout's
// beside it, an arrow's text behind its tail) that hides least of the data,
// then covers fewest league names and map labels; when none keeps them the box is nudged across the map box
// to the nearest place that does, and when even that fails the page warns.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/annotation.hpp"
#include "core/geometry.hpp"
#include "export/callout_layout.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

struct Composition;
struct ExportScene;

struct AnnotationPlacement {
  Annotation annotation;
  std::size_t index = 0;        // in the view's list (0-based)
  Vec2 anchor_px;               // `at` on the page
  std::optional<Vec2> head_px;  // arrows: `to` on the page
  Bounds box_px;                // the text box; invalid: none (an arrow without text)
  std::vector<CalloutLine> lines;
  Vec2 leader_start_px;         // callouts: where the leader leaves the box
  double pixel_ratio = 1;
  bool clear = true;  // false: no position kept every rule (the least-bad one is used)
  bool shown = true;  // false: its point lies outside the map box, or the box cannot fit in it
};

// Pure layout in canvas pixels: `anchors_px` (and `heads_px` for arrows) are
// the annotations' points through the page camera. `keep_clear_px`: legend,
// scale bar, north arrow and callout boxes; `marks_px`: league names and seat
// markers; `labels_px`: other map labels (both covered only when nothing else
// is possible); `data_hidden(box)`: how much of the regions carrying the
// shown values a box would hide (avoided before league names).
std::vector<AnnotationPlacement> layout_annotations(const std::vector<Annotation>& annotations,
                                                    const std::vector<Vec2>& anchors_px,
                                                    const std::vector<std::optional<Vec2>>& heads_px,
                                                    const Bounds& map_px, const std::vector<Bounds>& keep_clear_px,
                                                    const std::vector<Bounds>& marks_px,
                                                    const std::vector<Bounds>& labels_px, const TextMeasure& measure,
                                                    double pixel_ratio,
                                                    const std::function<std::size_t(const Bounds&)>& data_hidden = {});

// The composition's hook (after place_callouts): sets c.annotations, leaves out
// the banner labels a box covers, and warns for each annotation not shown or
// not clear of every panel.
void place_annotations(Composition& c, const ExportScene& scene, const TextMeasure& measure);
// The same, measuring with Pango (cairo::PangoMeasure), as annotation_draw draws.
void place_annotations(Composition& c, const ExportScene& scene);

// The boxes' lines as text items (centre positions), for the SVG text layer.
std::vector<TextItem> annotation_text_items(const std::vector<AnnotationPlacement>& annotations);

} // namespace steppe
