#pragma once
// What the page composition's box placers share — the callouts' value boxes
// (export/callout_layout) and the presenter's annotations
// (export/annotation_layout): the box tests, the leader-line test, what a box
// on the map must keep clear of (the panels), must not cover while it can
// (league names and seat markers) and covers last (banner names), and the
// banner names left out under the boxes placed. Canvas pixels throughout.
#include <functional>
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

struct Composition;
struct ExportScene;

bool overlaps(const Bounds& a, const Bounds& b, double pad = 0);
double overlap_area(const Bounds& a, const Bounds& b);
// Within `outer` (half a pixel of slack).
bool inside(const Bounds& inner, const Bounds& outer);
Vec2 nearest_on(const Bounds& b, Vec2 p);

// Whether the segment a→c runs through b's inside (more than touching it).
bool segment_crosses(const Bounds& b, Vec2 a, Vec2 c);
// How many of `boxes` the leader from `start` to `anchor` crosses, leaving out
// a box at the anchor (the place's own name: the leader stops at it).
std::size_t leader_crossings(const std::vector<Bounds>& boxes, Vec2 start, Vec2 anchor);

// What lies on a composition's map that boxes are placed around.
struct MapObstacles {
  Bounds map_px;              // the map box
  std::vector<Bounds> panels; // legend, scale bar, north arrow, locator inset, header and footer bands: never covered
  std::vector<Bounds> marks;  // league names and seat markers: covered only when nothing else is possible
  std::vector<Bounds> labels; // banner and neighbour names: covered (and then left out) before a worse position
};
MapObstacles map_obstacles(const Composition& c, const ExportScene& scene);

// Leaves out the banner and neighbour names (never league names) for which `covered(box)`
// holds, with their text items.
void drop_banner_labels(Composition& c, const ExportScene& scene, const std::function<bool(const Bounds&)>& covered);

} // namespace steppe
