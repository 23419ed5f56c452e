#pragma once
// Where the data lies on a page: the canvas pixels covered by the regions that
// carry the shown indicator's values (or the selection), on a coarse grid of
// square cells, slightly grown so anti-aliased edges count too. The page
// layout asks it whether a legend (or any panel) would hide data, and the
// camera frames the data rather than the whole region. Pure maths: projected
// shapes through a Camera, no GL.
#include <cstdint>
#include <vector>

#include "core/camera.hpp"
#include "core/geometry.hpp"

namespace steppe {

class DataFootprint {
public:
  DataFootprint() = default;
  // Rasterises `shapes` (projected CRS units) as `camera` shows them on its
  // width_px × height_px canvas, in cells of `cell_px` canvas pixels, then
  // grows the covered cells by one cell on every side.
  DataFootprint(const std::vector<const MultiPolygon*>& shapes, const Camera& camera, int cell_px = 4);

  bool empty() const { return covered_ == 0; }
  // Number of covered cells inside the canvas box (canvas pixels, y down); 0: the box hides no data.
  std::size_t covered_in(const Bounds& box_px) const;
  std::size_t covered_cells() const { return covered_; }

private:
  int cell_ = 4, cols_ = 0, rows_ = 0;
  std::vector<std::uint8_t> cells_;
  std::size_t covered_ = 0;
};

// What a page frames for data on `data_regions` (indices into shapes/levels):
// the union of the leagues (`parent_of`, SIZE_MAX for none) holding them, so a
// banner fact is seen among its neighbours; `all` when the data spans most of
// the region (more than `most_parents` parents) or there is none.
Bounds data_frame(const std::vector<std::size_t>& data_regions, const std::vector<Bounds>& shape_bounds,
                  const std::vector<std::size_t>& parent_of, const Bounds& all, std::size_t most_parents = 6);

} // namespace steppe
