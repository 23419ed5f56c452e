#pragma once
// Several map panes that move together: a split view (two maps side by side)
// or small multiples (a grid). There is ONE Camera model; every pane shows it
// at its own size, so a pan or zoom in any pane moves all of them and their
// visible extents stay identical. Also decides whether panes can share one
// legend: only when unit, class breaks and colours agree.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/camera.hpp"
#include "core/legend.hpp"

namespace steppe {

struct Choropleth;

// A grid of equal panes inside a canvas, with a title strip above each map.
struct PaneGrid {
  int columns = 1, rows = 1;
  int pane_w = 1, pane_h = 1; // the map part of a pane, framebuffer pixels
  int title_h = 0;            // strip above each map
  int gap = 0;                // between panes and around the grid
  int legend_w = 0;           // a column at the right for a shared legend (0: none)

  // Top-left corner of pane k's map (row-major), framebuffer pixels.
  Vec2 map_origin(std::size_t k) const;
  Vec2 title_centre(std::size_t k) const;
  Bounds legend_box(int canvas_h) const;
};

// Which of `panes` panes' maps holds `canvas_px` (a point in the grid's
// canvas), and where in that pane; nullopt over titles, gaps or the legend.
struct PaneHit {
  std::size_t pane = 0;
  Vec2 local; // pane-local framebuffer pixels, as the pane's Camera takes them
};
std::optional<PaneHit> pane_at(const PaneGrid& grid, std::size_t panes, Vec2 canvas_px);

// Columns x rows for n panes: 1 -> 1x1, 2 -> 2x1, 3..4 -> 2x2, 5..6 -> 3x2, 7..9 -> 3x3 ...
// (never taller than wide). Fills pane sizes so everything fits in width x height.
PaneGrid make_pane_grid(std::size_t panes, int width, int height, double pixel_ratio, bool shared_legend);

class SyncedViews {
public:
  // `panes` panes of pane_w x pane_h framebuffer pixels, all framing `world`.
  SyncedViews(std::size_t panes, const Bounds& world, int pane_w, int pane_h, double pixel_ratio = 1.0);
  // `panes` panes all showing `camera` (e.g. one framed around a legend).
  SyncedViews(std::size_t panes, const Camera& camera);

  std::size_t pane_count() const { return panes_; }
  // The camera of pane k (the shared model at the pane's size).
  Camera camera(std::size_t pane) const;
  const Camera& shared() const { return shared_; }

  // Input in pane-local framebuffer pixels of `pane`; moves every pane.
  void pan_by_pixels(std::size_t pane, Vec2 delta);
  void zoom_at(std::size_t pane, Vec2 at, double factor);
  // Frames `world` again in every pane.
  void fit(const Bounds& world);
  // Adopts a camera that pane k moved on its own (e.g. a MapViewController's), scale and centre.
  void adopt(std::size_t pane, const Camera& moved);

private:
  void check(std::size_t pane) const;
  std::size_t panes_;
  Camera shared_;
};

// Whether two legends may be drawn as one: same unit and the same class
// entries (labels, colours, hatching). Counts may differ (they are per pane).
bool legends_comparable(const Legend& a, const Legend& b);
bool legends_comparable(const std::vector<const Legend*>& legends);

// One legend for all panes: the first one's classes and unit, each distinct
// period listed (pane titles name theirs), counts summed over the panes;
// warnings of every pane kept.
Legend shared_legend(const std::vector<const Legend*>& legends);

} // namespace steppe
