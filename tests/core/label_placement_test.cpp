#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>

#include "core/label_placement.hpp"
#include "core/league_seat.hpp"

using steppe::Bounds;
using steppe::LabelCandidate;

namespace {

const Bounds kViewport{0, 0, 800, 600};

bool boxes_overlap(const Bounds& a, const Bounds& b) {
  return a.min_x < b.max_x && b.min_x < a.max_x && a.min_y < b.max_y && b.min_y < a.max_y;
}

// A deterministic pseudo-random field of candidates (no <random>: its
// distributions differ between standard libraries).
std::vector<LabelCandidate> crowded(std::size_t n) {
  std::vector<LabelCandidate> out;
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
  };
  for (std::size_t i = 0; i < n; ++i) {
    LabelCandidate c;
    c.id = 1000 + i;
    c.anchor_px = {next() * 800, next() * 600};
    c.width_px = 20 + next() * 100;
    c.height_px = 12 + next() * 10;
    c.priority = static_cast<int>(next() * 3);
    out.push_back(c);
  }
  return out;
}

} // namespace

TEST_CASE("placed label boxes never intersect and keep the padding", "[label_placement]") {
  const auto candidates = crowded(300);
  const double padding = 4;
  const auto placed = steppe::place_labels(candidates, kViewport, padding);
  REQUIRE(placed.size() > 10);       // a crowded map still shows something
  REQUIRE(placed.size() < 300);      // and really had collisions to resolve
  std::vector<Bounds> boxes;
  for (std::size_t id : placed) {
    const auto& c = *std::find_if(candidates.begin(), candidates.end(),
                                  [id](const LabelCandidate& x) { return x.id == id; });
    Bounds b = steppe::label_box(c);
    CHECK(b.min_x >= 0);
    CHECK(b.max_x <= 800);
    CHECK(b.min_y >= 0);
    CHECK(b.max_y <= 600);
    boxes.push_back(b);
  }
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const Bounds& a = boxes[i];
    // Grown by a hair less than the padding, no box may reach another.
    const double g = padding - 1e-9;
    const Bounds grown{a.min_x - g, a.min_y - g, a.max_x + g, a.max_y + g};
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      INFO("boxes " << i << " and " << j);
      CHECK_FALSE(boxes_overlap(grown, boxes[j]));
    }
  }
}

TEST_CASE("higher priority wins a collision regardless of input order", "[label_placement]") {
  LabelCandidate low{1, {100, 100}, 80, 20, 0};
  LabelCandidate high{2, {120, 105}, 80, 20, 5};
  const std::vector<LabelCandidate> a{low, high};
  const std::vector<LabelCandidate> b{high, low};
  CHECK(steppe::place_labels(a, kViewport, 2) == std::vector<std::size_t>{2});
  CHECK(steppe::place_labels(b, kViewport, 2) == std::vector<std::size_t>{2});
}

TEST_CASE("equal priority: the larger label, then the earlier one wins", "[label_placement]") {
  LabelCandidate small{1, {100, 100}, 40, 20, 1};
  LabelCandidate large{2, {110, 100}, 90, 20, 1};
  CHECK(steppe::place_labels(std::vector{small, large}, kViewport, 0) == std::vector<std::size_t>{2});
  LabelCandidate twin{3, {105, 100}, 40, 20, 1};
  CHECK(steppe::place_labels(std::vector{small, twin}, kViewport, 0) == std::vector<std::size_t>{1});
  CHECK(steppe::place_labels(std::vector{twin, small}, kViewport, 0) == std::vector<std::size_t>{3});
}

TEST_CASE("padding separates labels that would otherwise just fit", "[label_placement]") {
  // Boxes 0..100 and 103..203 horizontally: 3 px apart.
  const std::vector<LabelCandidate> c{{1, {50, 50}, 100, 20, 1}, {2, {153, 50}, 100, 20, 0}};
  CHECK(steppe::place_labels(c, kViewport, 2).size() == 2);
  CHECK(steppe::place_labels(c, kViewport, 4) == std::vector<std::size_t>{1});
}

TEST_CASE("labels leaving the viewport are dropped", "[label_placement]") {
  const std::vector<LabelCandidate> c{{1, {10, 300}, 40, 20, 9},   // sticks out on the left
                                      {2, {400, 595}, 40, 20, 9},  // sticks out at the bottom
                                      {3, {400, 300}, 40, 20, 0},
                                      {4, {400, 300}, std::numeric_limits<double>::quiet_NaN(), 20, 9}};
  CHECK(steppe::place_labels(c, kViewport, 0) == std::vector<std::size_t>{3});
}

TEST_CASE("placement is deterministic", "[label_placement]") {
  const auto candidates = crowded(200);
  const auto first = steppe::place_labels(candidates, kViewport, 3);
  REQUIRE_FALSE(first.empty());
  for (int i = 0; i < 3; ++i) CHECK(steppe::place_labels(candidates, kViewport, 3) == first);
  // Reversing the input only changes ties broken by input order, never who wins
  // among distinct priorities/sizes: the highest-priority largest label is always first.
  auto reversed = candidates;
  std::reverse(reversed.begin(), reversed.end());
  CHECK(steppe::place_labels(reversed, kViewport, 3).front() == first.front());
}

TEST_CASE("banner label priority: data-carrying banners outrank bigger ones", "[label]") {
  using steppe::banner_label_priority;
  // Data first, whatever the area rank; then bigger (lower rank) first.
  CHECK(banner_label_priority(true, 102) > banner_label_priority(false, 0));
  CHECK(banner_label_priority(true, 3) > banner_label_priority(true, 40));
  CHECK(banner_label_priority(false, 3) > banner_label_priority(false, 40));

  // Two colliding banner labels: the small one with data wins the spot.
  LabelCandidate big;
  big.id = 1;
  big.anchor_px = {400, 300};
  big.width_px = 120;
  big.height_px = 20;
  big.priority = banner_label_priority(false, 0);
  LabelCandidate small = big;
  small.id = 2;
  small.anchor_px = {430, 305};
  small.width_px = 60;
  small.priority = banner_label_priority(true, 90);
  const std::vector<LabelCandidate> both{big, small};
  CHECK(steppe::place_labels(both, kViewport, 4) == std::vector<std::size_t>{2});
  small.priority = banner_label_priority(false, 90);
  const std::vector<LabelCandidate> neither{big, small};
  CHECK(steppe::place_labels(neither, kViewport, 4) == std::vector<std::size_t>{1});
}

TEST_CASE("place_labels keeps clear of occupied boxes", "[label]") {
  LabelCandidate c;
  c.id = 7;
  c.anchor_px = {100, 100};
  c.width_px = 40;
  c.height_px = 10;
  const std::vector<LabelCandidate> one{c};
  const std::vector<Bounds> legend{{90, 90, 200, 200}};
  CHECK(steppe::place_labels(one, kViewport, 2, legend).empty());
  const std::vector<Bounds> far{{300, 300, 400, 400}};
  CHECK(steppe::place_labels(one, kViewport, 2, far) == std::vector<std::size_t>{7});
  CHECK(steppe::box_is_free({0, 0, 10, 10}, kViewport, far, 2));
  CHECK_FALSE(steppe::box_is_free({-1, 0, 10, 10}, kViewport, far, 2)); // outside the viewport
  CHECK_FALSE(steppe::box_is_free({295, 295, 299, 299}, kViewport, far, 2)); // within the padding
}

TEST_CASE("urban district codes (市辖区) of prefecture-level cities", "[label]") {
  using steppe::is_urban_district_code;
  CHECK(is_urban_district_code("150102", "150100"));  // 新城区
  CHECK(is_urban_district_code("150206", "150200"));  // 白云鄂博矿区 (a district; seats group it out)
  CHECK_FALSE(is_urban_district_code("150121", "150100")); // 土默特左旗
  CHECK_FALSE(is_urban_district_code("150581", "150500")); // 霍林郭勒市, a county-level city
  CHECK_FALSE(is_urban_district_code("152201", "152200")); // 盟: no districts
  CHECK_FALSE(is_urban_district_code("150302", "150200")); // another city's district
  CHECK_FALSE(is_urban_district_code("15010x", "150100"));
}
