#include "core/label_placement.hpp"

#include <algorithm>
#include <numeric>

namespace steppe {
namespace {

Bounds grown(const Bounds& b, double by) {
  return Bounds{b.min_x - by, b.min_y - by, b.max_x + by, b.max_y + by};
}

// Open-interval overlap: boxes that merely touch do not collide.
bool overlaps(const Bounds& a, const Bounds& b) {
  return a.min_x < b.max_x && b.min_x < a.max_x && a.min_y < b.max_y && b.min_y < a.max_y;
}

bool inside(const Bounds& inner, const Bounds& outer) {
  return inner.min_x >= outer.min_x && inner.max_x <= outer.max_x &&
         inner.min_y >= outer.min_y && inner.max_y <= outer.max_y;
}

} // namespace

Bounds label_box(const LabelCandidate& c) {
  const double hw = c.width_px / 2.0;
  const double hh = c.height_px / 2.0;
  return Bounds{c.anchor_px.x - hw, c.anchor_px.y - hh, c.anchor_px.x + hw, c.anchor_px.y + hh};
}

bool box_is_free(const Bounds& box, Bounds viewport_px, std::span<const Bounds> occupied, double padding_px) {
  if (!(box.width() >= 0) || !(box.height() >= 0)) return false;
  if (!inside(box, viewport_px)) return false;
  const Bounds padded = grown(box, std::max(0.0, padding_px));
  return std::none_of(occupied.begin(), occupied.end(), [&](const Bounds& other) { return overlaps(padded, other); });
}

int banner_label_priority(bool carries_data, int area_rank) {
  constexpr int kDataBonus = 1'000'000; // more than any area rank
  return (carries_data ? kDataBonus : 0) + (kDataBonus - 1 - std::clamp(area_rank, 0, kDataBonus - 1));
}

std::vector<std::size_t> place_labels(std::span<const LabelCandidate> candidates,
                                      Bounds viewport_px, double padding_px, std::span<const Bounds> occupied) {
  std::vector<std::size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const LabelCandidate& ca = candidates[a];
    const LabelCandidate& cb = candidates[b];
    if (ca.priority != cb.priority) return ca.priority > cb.priority;
    return ca.width_px * ca.height_px > cb.width_px * cb.height_px;
  });

  const double pad = std::max(0.0, padding_px);
  std::vector<Bounds> placed_boxes(occupied.begin(), occupied.end());
  std::vector<std::size_t> placed;
  for (std::size_t index : order) {
    const LabelCandidate& c = candidates[index];
    if (!(c.width_px >= 0) || !(c.height_px >= 0)) continue; // NaN sizes never place
    const Bounds box = label_box(c);
    if (!inside(box, viewport_px)) continue;
    const Bounds padded = grown(box, pad);
    const bool collides = std::any_of(placed_boxes.begin(), placed_boxes.end(),
                                      [&](const Bounds& other) { return overlaps(padded, other); });
    if (collides) continue;
    placed_boxes.push_back(box);
    placed.push_back(c.id);
  }
  return placed;
}

} // namespace steppe
