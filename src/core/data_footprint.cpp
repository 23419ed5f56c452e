#include "core/data_footprint.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace steppe {
namespace {

std::size_t cell_index(int row, int col, int cols) {
  return static_cast<std::size_t>(row) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(col);
}

// Even-odd scanline fill of one polygon's rings (screen coordinates) at the
// cell centres of every row the polygon spans.
void fill_polygon(const std::vector<std::vector<Vec2>>& rings, int cell, int cols, int rows,
                  std::vector<std::uint8_t>& hit) {
  double min_y = std::numeric_limits<double>::infinity(), max_y = -min_y;
  for (const auto& r : rings)
    for (const Vec2& p : r) {
      min_y = std::min(min_y, p.y);
      max_y = std::max(max_y, p.y);
    }
  const int r0 = std::max(0, static_cast<int>(std::floor(min_y / cell)));
  const int r1 = std::min(rows - 1, static_cast<int>(std::floor(max_y / cell)));
  std::vector<double> xs;
  for (int row = r0; row <= r1; ++row) {
    const double y = (row + 0.5) * cell;
    xs.clear();
    for (const auto& r : rings) {
      for (std::size_t i = 0, n = r.size(); i < n; ++i) {
        const Vec2 a = r[i], b = r[(i + 1) % n];
        if ((a.y <= y) != (b.y <= y)) xs.push_back(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
      }
    }
    std::sort(xs.begin(), xs.end());
    for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
      const int c0 = std::max(0, static_cast<int>(std::floor(xs[k] / cell)));
      const int c1 = std::min(cols - 1, static_cast<int>(std::floor(xs[k + 1] / cell)));
      for (int c = c0; c <= c1; ++c) hit[cell_index(row, c, cols)] = 1;
    }
  }
  // Slivers thinner than a cell: every vertex marks its cell.
  for (const auto& r : rings)
    for (const Vec2& p : r) {
      const int c = static_cast<int>(std::floor(p.x / cell)), w = static_cast<int>(std::floor(p.y / cell));
      if (c >= 0 && c < cols && w >= 0 && w < rows) hit[cell_index(w, c, cols)] = 1;
    }
}

} // namespace

DataFootprint::DataFootprint(const std::vector<const MultiPolygon*>& shapes, const Camera& camera, int cell_px)
    : cell_(std::max(1, cell_px)) {
  cols_ = (camera.width_px + cell_ - 1) / cell_;
  rows_ = (camera.height_px + cell_ - 1) / cell_;
  std::vector<std::uint8_t> hit(cell_index(rows_, 0, cols_), 0);
  const Bounds view = camera.visible_world();
  std::vector<std::vector<Vec2>> rings;
  for (const MultiPolygon* shape : shapes) {
    if (shape == nullptr) continue;
    for (const Polygon& poly : *shape) {
      Bounds b;
      for (const Vec2& p : poly.outer) b.expand(p);
      if (!b.valid() || b.max_x < view.min_x || b.min_x > view.max_x || b.max_y < view.min_y ||
          b.min_y > view.max_y)
        continue;
      rings.clear();
      auto add = [&](const Ring& ring) {
        std::vector<Vec2> r;
        r.reserve(ring.size());
        for (const Vec2& p : ring) r.push_back(camera.to_screen(p));
        rings.push_back(std::move(r));
      };
      add(poly.outer);
      for (const Ring& h : poly.holes) add(h);
      fill_polygon(rings, cell_, cols_, rows_, hit);
    }
  }
  // Grow by one cell: anti-aliased edges and strokes reach past the polygon.
  cells_.assign(hit.size(), 0);
  for (int r = 0; r < rows_; ++r)
    for (int c = 0; c < cols_; ++c) {
      if (!hit[cell_index(r, c, cols_)]) continue;
      for (int dr = -1; dr <= 1; ++dr)
        for (int dc = -1; dc <= 1; ++dc) {
          const int rr = r + dr, cc = c + dc;
          if (rr >= 0 && rr < rows_ && cc >= 0 && cc < cols_) cells_[cell_index(rr, cc, cols_)] = 1;
        }
    }
  covered_ = static_cast<std::size_t>(std::count(cells_.begin(), cells_.end(), 1));
}

std::size_t DataFootprint::covered_in(const Bounds& box) const {
  if (covered_ == 0 || !box.valid()) return 0;
  const int c0 = std::max(0, static_cast<int>(std::floor(box.min_x / cell_)));
  const int c1 = std::min(cols_ - 1, static_cast<int>(std::floor(box.max_x / cell_)));
  const int r0 = std::max(0, static_cast<int>(std::floor(box.min_y / cell_)));
  const int r1 = std::min(rows_ - 1, static_cast<int>(std::floor(box.max_y / cell_)));
  std::size_t n = 0;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) n += cells_[cell_index(r, c, cols_)];
  return n;
}

Bounds data_frame(const std::vector<std::size_t>& data_regions, const std::vector<Bounds>& shape_bounds,
                  const std::vector<std::size_t>& parent_of, const Bounds& all, std::size_t most_parents) {
  std::set<std::size_t> frames;
  for (std::size_t i : data_regions) {
    if (i >= shape_bounds.size()) continue;
    const std::size_t p = i < parent_of.size() ? parent_of[i] : SIZE_MAX;
    frames.insert(p < shape_bounds.size() ? p : i);
  }
  if (frames.empty() || frames.size() > most_parents) return all;
  Bounds b;
  for (std::size_t i : frames) b.expand(shape_bounds[i]);
  return b.valid() ? b : all;
}

} // namespace steppe
