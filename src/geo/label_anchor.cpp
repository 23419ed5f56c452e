#include "geo/label_anchor.hpp"

#include <cmath>
#include <queue>
#include <vector>

namespace steppe {
namespace {

double squared_distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
  double x = a.x;
  double y = a.y;
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  if (dx != 0.0 || dy != 0.0) {
    const double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
    if (t > 1.0) {
      x = b.x;
      y = b.y;
    } else if (t > 0.0) {
      x += dx * t;
      y += dy * t;
    }
  }
  const double ex = p.x - x;
  const double ey = p.y - y;
  return ex * ex + ey * ey;
}

// Returns the squared distance to the ring's nearest edge and flips `inside`
// once per edge crossed by a ray to +x (even-odd rule across all rings).
double scan_ring(const Ring& ring, Vec2 p, bool& inside) {
  double best = std::numeric_limits<double>::infinity();
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2& a = ring[i];
    const Vec2& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
    best = std::min(best, squared_distance_to_segment(p, a, b));
  }
  return best;
}

// A square search cell: its centre's signed distance and the best distance any
// point inside it could have (centre distance + half the diagonal).
struct Cell {
  Vec2 centre;
  double half = 0;
  double distance = 0;
  double potential = 0;
};

Cell make_cell(const Polygon& polygon, Vec2 centre, double half) {
  const double d = signed_distance_to_boundary(polygon, centre);
  return Cell{centre, half, d, d + half * std::sqrt(2.0)};
}

struct ByPotential {
  bool operator()(const Cell& a, const Cell& b) const { return a.potential < b.potential; }
};

} // namespace

double signed_distance_to_boundary(const Polygon& polygon, Vec2 p) {
  if (polygon.outer.size() < 3) return -std::numeric_limits<double>::infinity();
  bool inside = false;
  double best = scan_ring(polygon.outer, p, inside);
  for (const Ring& hole : polygon.holes) {
    if (hole.size() >= 3) best = std::min(best, scan_ring(hole, p, inside));
  }
  const double d = std::sqrt(best);
  return inside ? d : -d;
}

Vec2 pole_of_inaccessibility(const Polygon& projected, double precision) {
  const Bounds b = bounds_of(projected.outer);
  if (!b.valid() || projected.outer.size() < 3 || signed_area(projected.outer) == 0.0) {
    return b.valid() ? b.centre() : Vec2{};
  }
  const double cell_size = std::min(b.width(), b.height());
  if (!(cell_size > 0)) return b.centre();
  if (!(precision > 0)) precision = cell_size / 1000.0;

  std::priority_queue<Cell, std::vector<Cell>, ByPotential> queue;
  const double half = cell_size / 2.0;
  for (double x = b.min_x; x < b.max_x; x += cell_size) {
    for (double y = b.min_y; y < b.max_y; y += cell_size) {
      queue.push(make_cell(projected, {x + half, y + half}, half));
    }
  }

  // Start from the bounds centre, but a vertex-average is often better for thin
  // shapes; either only seeds the search, the refinement finds the true pole.
  Cell best = make_cell(projected, b.centre(), 0);
  Vec2 mean{};
  for (const Vec2& p : projected.outer) {
    mean.x += p.x;
    mean.y += p.y;
  }
  const auto count = static_cast<double>(projected.outer.size());
  const Cell mean_cell = make_cell(projected, {mean.x / count, mean.y / count}, 0);
  if (mean_cell.distance > best.distance) best = mean_cell;

  while (!queue.empty()) {
    const Cell cell = queue.top();
    queue.pop();
    if (cell.distance > best.distance) best = cell;
    // Nothing inside this cell can beat the best by more than the precision.
    if (cell.potential - best.distance <= precision) continue;
    const double h = cell.half / 2.0;
    queue.push(make_cell(projected, {cell.centre.x - h, cell.centre.y - h}, h));
    queue.push(make_cell(projected, {cell.centre.x + h, cell.centre.y - h}, h));
    queue.push(make_cell(projected, {cell.centre.x - h, cell.centre.y + h}, h));
    queue.push(make_cell(projected, {cell.centre.x + h, cell.centre.y + h}, h));
  }
  return best.centre;
}

Vec2 label_anchor(const MultiPolygon& projected) {
  const Polygon* largest = nullptr;
  double largest_area = -1.0;
  for (const Polygon& part : projected) {
    double area = std::abs(signed_area(part.outer));
    for (const Ring& hole : part.holes) area -= std::abs(signed_area(hole));
    if (area > largest_area) {
      largest_area = area;
      largest = &part;
    }
  }
  if (largest == nullptr) return {};
  const Bounds b = bounds_of(largest->outer);
  return pole_of_inaccessibility(*largest, std::min(b.width(), b.height()) / 1000.0);
}

double clearance(const MultiPolygon& projected, Vec2 p) {
  double best = -std::numeric_limits<double>::infinity();
  for (const Polygon& part : projected) best = std::max(best, signed_distance_to_boundary(part, p));
  return best;
}

} // namespace steppe
