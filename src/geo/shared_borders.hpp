#pragma once
// The borders of a set of neighbouring shapes (the banners, the leagues, the
// context layer), each border once, split at junctions (points where three or
// more borders meet, and run ends). Simplification works chain by chain,
// junction to junction, and gives the same points whichever neighbour's ring
// a chain is read from: so the simplified border strokes and the simplified
// fills of two neighbours follow one line and never gap or overlap, at any
// level of detail.
#include <cstdint>
#include <map>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/geometry.hpp"
#include "geo/stroke.hpp"

namespace steppe {

struct Vec2Hash {
  std::size_t operator()(const Vec2& p) const;
};

using PointSet = std::unordered_set<Vec2, Vec2Hash>;

// A segment independent of its direction, by the exact bits of its ends.
struct SegmentKey {
  std::uint64_t a, b, c, d;
  friend bool operator==(const SegmentKey&, const SegmentKey&) = default;
};
struct SegmentHash {
  std::size_t operator()(const SegmentKey& k) const;
};
using SegmentSet = std::unordered_set<SegmentKey, SegmentHash>;

// A border stroked once: a whole ring, or a run of a ring's segments that
// no earlier ring had (the rest of a shared border).
struct BorderRun {
  std::vector<Vec2> points;
  bool closed = false;
};

// Douglas–Peucker of a chain between two junctions, independent of the
// direction it is read in (the result is returned in the input's direction).
std::vector<Vec2> simplify_chain(std::span<const Vec2> chain, double tolerance);
// A closed ring without junctions, independent of its start point and
// orientation (the result keeps the input's orientation).
std::vector<Vec2> simplify_free_ring(std::span<const Vec2> ring, double tolerance);

class SharedBorders {
public:
  explicit SharedBorders(const std::vector<const MultiPolygon*>& shapes);

  // Every border once, simplified to `tolerance` (0: full detail), as
  // polylines (for vector outputs) or as strokes relative to `origin`.
  std::vector<BorderRun> lines(double tolerance) const;
  StrokeMesh stroke(double tolerance, Vec2 origin) const;

  // One of the shapes (or any shape whose rings run along these borders)
  // simplified to `tolerance` with the same chains as stroke(): rings that
  // collapse below three points are dropped, a polygon whose outer ring
  // collapses is dropped with its holes.
  MultiPolygon simplify(const MultiPolygon& shape, double tolerance) const;

  // Keeps every border of `shape` at full detail at `tolerance` (in lines(),
  // stroke() and simplify() alike, so its neighbours follow): for a shape
  // whose simplified rings cross (topology the simplification broke).
  void pin(const MultiPolygon& shape, double tolerance);

  const std::vector<BorderRun>& runs() const { return runs_; }
  const PointSet& junctions() const { return locked_; }

private:
  Ring simplify_ring(const Ring& ring, double tolerance) const;
  std::vector<Vec2> simplify_between(const std::vector<Vec2>& pts, double tolerance) const;
  const SegmentSet* pinned_at(double tolerance) const;

  std::vector<BorderRun> runs_;
  PointSet locked_;
  std::map<double, SegmentSet> pinned_; // per tolerance: segments of chains kept at full detail
};

} // namespace steppe
