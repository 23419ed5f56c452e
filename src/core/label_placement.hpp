#pragma once
// Greedy collision-free label placement in screen space. Pure (no GL, no fonts):
// the caller measures each label and says how important it is.
#include <cstddef>
#include <span>
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

struct LabelCandidate {
  std::size_t id = 0;   // caller's identifier, returned for placed labels
  Vec2 anchor_px;       // box centre, framebuffer pixels
  double width_px = 0;
  double height_px = 0;
  int priority = 0;     // higher is placed first
};

// The box a candidate occupies on screen (centred on its anchor, no padding).
Bounds label_box(const LabelCandidate& candidate);

// Places candidates greedily: by descending priority, then by larger box
// (longer names are harder to fit later), then by input order, which makes the
// result deterministic. A candidate is dropped when its box, grown by
// padding_px on every side, overlaps an already placed box (so placed boxes are
// at least padding_px apart), or when its box does not lie entirely inside
// viewport_px. Candidates with NaN or negative sizes are dropped. Returns the
// ids of the placed candidates in placement order.
// Boxes in `occupied` (labels or markers placed beforehand) are avoided like
// placed labels.
std::vector<std::size_t> place_labels(std::span<const LabelCandidate> candidates,
                                      Bounds viewport_px, double padding_px,
                                      std::span<const Bounds> occupied = {});

// Whether a box lies inside the viewport and, grown by padding_px, overlaps none
// of the occupied boxes (the test place_labels applies to each candidate).
bool box_is_free(const Bounds& box, Bounds viewport_px, std::span<const Bounds> occupied, double padding_px);

// Priority of a banner label (higher is placed first): banners that carry the
// shown indicator's data outrank every other banner; then bigger banners first
// (area_rank 0 = the largest). Leagues are placed before any banner.
int banner_label_priority(bool carries_data, int area_rank);

} // namespace steppe
