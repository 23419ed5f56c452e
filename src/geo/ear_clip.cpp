#include "geo/ear_clip.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace steppe {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Rings with more vertices than this get the z-order index; below it a plain
// walk around the loop is faster than building the index.
constexpr std::size_t kIndexThreshold = 80;

// The last fallback (splitting along a diagonal) costs O(n) per candidate
// diagonal and may try O(n²) of them on a loop that has none (a ring that
// crosses itself). Past this many edge visits, plus a share per vertex, it
// gives up and leaves the rest uncovered: the caller sees the area missing
// and repairs the polygon instead. A valid polygon stays far below it.
constexpr std::size_t kFallbackWork = 20'000'000;
constexpr std::size_t kFallbackWorkPerVertex = 2'000;

// One vertex of the loop being clipped. Nodes live in one vector and refer to
// each other by index; clipped nodes stay in the vector, unlinked.
struct Node {
  Vec2 p;
  std::uint32_t id = 0; // the input vertex: a bridge's two copies share it
  std::uint32_t prev = kNone, next = kNone;
  std::uint32_t prev_z = kNone, next_z = kNone; // neighbours in z-order
  std::uint32_t z = 0;
  bool steiner = false; // a one-point hole: never filtered away
  bool in_loop = true;  // false once clipped or filtered away
};

// Twice the signed area of triangle abc: > 0 when a, b, c turn left
// (counter-clockwise), 0 when collinear.
double orient(Vec2 a, Vec2 b, Vec2 c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

int sign(double v) { return (v > 0) - (v < 0); }

// q lies within the bounding box of p and r (used once p, q, r are collinear).
bool within_box(Vec2 p, Vec2 q, Vec2 r) {
  return q.x <= std::max(p.x, r.x) && q.x >= std::min(p.x, r.x) && q.y <= std::max(p.y, r.y) &&
         q.y >= std::min(p.y, r.y);
}

// p inside or on the counter-clockwise triangle abc.
bool in_triangle(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {
  return orient(a, b, p) >= 0 && orient(b, c, p) >= 0 && orient(c, a, p) >= 0;
}

// Segments p1q1 and p2q2 cross or touch.
bool segments_meet(Vec2 p1, Vec2 q1, Vec2 p2, Vec2 q2) {
  const int o1 = sign(orient(p1, q1, p2));
  const int o2 = sign(orient(p1, q1, q2));
  const int o3 = sign(orient(p2, q2, p1));
  const int o4 = sign(orient(p2, q2, q1));
  if (o1 != o2 && o3 != o4) return true;
  return (o1 == 0 && within_box(p1, p2, q1)) || (o2 == 0 && within_box(p1, q2, q1)) ||
         (o3 == 0 && within_box(p2, p1, q2)) || (o4 == 0 && within_box(p2, q1, q2));
}

// Interleaves the low 16 bits of x and y (a Morton code).
std::uint32_t interleave(std::uint32_t x, std::uint32_t y) {
  auto spread = [](std::uint32_t v) {
    v &= 0xFFFF;
    v = (v | (v << 8)) & 0x00FF00FF;
    v = (v | (v << 4)) & 0x0F0F0F0F;
    v = (v | (v << 2)) & 0x33333333;
    v = (v | (v << 1)) & 0x55555555;
    return v;
  };
  return spread(x) | (spread(y) << 1);
}

class EarClipper {
public:
  explicit EarClipper(std::vector<Vec2>& out) : out_(out) {}

  void run(const Polygon& polygon) {
    std::size_t total = polygon.outer.size();
    for (const Ring& hole : polygon.holes) total += hole.size() + 2;
    nodes_.reserve(total + 16);
    std::uint32_t outer = link_ring(polygon.outer, true);
    if (outer == kNone || nodes_[outer].next == nodes_[outer].prev) return;
    if (!polygon.holes.empty()) outer = eliminate_holes(polygon.holes, outer);
    work_left_ = kFallbackWork + kFallbackWorkPerVertex * nodes_.size();
    if (nodes_.size() > kIndexThreshold) set_up_index();
    clip(outer, 0);
  }

private:
  std::vector<Node> nodes_;
  std::vector<Vec2>& out_;
  std::uint32_t next_id_ = 0;
  // While holes are joined: the loop's nodes by position, to find where a
  // hole touches the loop (see join_at_touch).
  struct PointKey {
    std::size_t operator()(const Vec2& p) const {
      return std::hash<double>{}(p.x) * 0x9E3779B97F4A7C15ull ^ std::hash<double>{}(p.y);
    }
  };
  std::unordered_multimap<Vec2, std::uint32_t, PointKey> loop_at_;
  bool tracking_ = false;
  double min_x_ = 0, min_y_ = 0, inv_size_ = 0; // z-order scale; 0: no index
  std::size_t work_left_ = 0; // edge visits the split fallback may still make

  // Spends `n` units of the fallback's budget; false once it is exhausted.
  bool spend(std::size_t n) {
    if (work_left_ < n) {
      work_left_ = 0;
      return false;
    }
    work_left_ -= n;
    return true;
  }

  Vec2 pt(std::uint32_t i) const { return nodes_[i].p; }
  std::uint32_t nx(std::uint32_t i) const { return nodes_[i].next; }
  std::uint32_t pv(std::uint32_t i) const { return nodes_[i].prev; }
  bool same_point(std::uint32_t a, std::uint32_t b) const { return nodes_[a].p == nodes_[b].p; }
  double turn(std::uint32_t i) const { return orient(pt(pv(i)), pt(i), pt(nx(i))); }

  // A new node after `last` (or a loop of one when last is kNone).
  std::uint32_t insert_after(Vec2 p, std::uint32_t id, std::uint32_t last) {
    const auto i = static_cast<std::uint32_t>(nodes_.size());
    Node n;
    n.p = p;
    n.id = id;
    if (last == kNone) {
      n.prev = n.next = i;
    } else {
      n.prev = last;
      n.next = nodes_[last].next;
    }
    nodes_.push_back(n);
    if (last != kNone) {
      nodes_[nodes_[i].next].prev = i;
      nodes_[last].next = i;
    }
    return i;
  }

  void unlink(std::uint32_t i) {
    Node& n = nodes_[i];
    n.in_loop = false;
    nodes_[n.next].prev = n.prev;
    nodes_[n.prev].next = n.next;
    if (n.prev_z != kNone) nodes_[n.prev_z].next_z = n.next_z;
    if (n.next_z != kNone) nodes_[n.next_z].prev_z = n.prev_z;
  }

  // The ring as a loop turning counter-clockwise (`ccw`) or clockwise, with
  // repeated consecutive points (and a repeated closing point) dropped.
  // Returns the last node, or kNone for an empty ring.
  std::uint32_t link_ring(const Ring& ring, bool ccw) {
    if (ring.empty()) return kNone;
    const bool forward = (signed_area(ring) > 0) == ccw;
    std::uint32_t last = kNone;
    const std::size_t n = ring.size();
    for (std::size_t k = 0; k < n; ++k) {
      const Vec2 p = forward ? ring[k] : ring[n - 1 - k];
      const std::uint32_t id = next_id_++;
      if (last != kNone && nodes_[last].p == p) continue;
      last = insert_after(p, id, last);
    }
    if (last != nodes_[last].next && same_point(last, nx(last))) {
      const std::uint32_t keep = nx(last);
      unlink(last);
      last = keep;
    }
    return last;
  }

  // Removes repeated and collinear points between start and end (the whole
  // loop when end is kNone). Returns a node still in the loop.
  std::uint32_t filter_points(std::uint32_t start, std::uint32_t end = kNone) {
    if (start == kNone) return start;
    if (end == kNone) end = start;
    std::uint32_t p = start;
    bool again = false;
    do {
      again = false;
      if (!nodes_[p].steiner && (same_point(p, nx(p)) || turn(p) == 0)) {
        const std::uint32_t before = pv(p);
        unlink(p);
        p = end = before;
        if (p == nx(p)) break;
        again = true;
      } else {
        p = nx(p);
      }
    } while (again || p != end);
    return end;
  }

  // --- holes ---------------------------------------------------------------

  std::uint32_t leftmost(std::uint32_t start) const {
    std::uint32_t best = start;
    std::uint32_t p = start;
    do {
      if (pt(p).x < pt(best).x || (pt(p).x == pt(best).x && pt(p).y < pt(best).y)) best = p;
      p = nx(p);
    } while (p != start);
    return best;
  }

  // Joins every hole into the outer loop, leftmost holes first, so later
  // bridges can land on earlier holes' edges.
  std::uint32_t eliminate_holes(const std::vector<Ring>& holes, std::uint32_t outer) {
    std::vector<std::uint32_t> queue;
    queue.reserve(holes.size());
    for (const Ring& hole : holes) {
      const std::uint32_t list = link_ring(hole, false);
      if (list == kNone) continue;
      if (nx(list) == list) nodes_[list].steiner = true;
      queue.push_back(leftmost(list));
    }
    // Left to right; holes whose leftmost points coincide in the order of
    // their first edge's slope, so each bridges through the shared point.
    auto slope = [&](std::uint32_t i) {
      const Vec2 a = pt(i), b = pt(nx(i));
      return (b.y - a.y) / (b.x - a.x);
    };
    std::sort(queue.begin(), queue.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (pt(a).x != pt(b).x) return pt(a).x < pt(b).x;
      if (pt(a).y != pt(b).y) return pt(a).y < pt(b).y;
      return slope(a) < slope(b);
    });
    track(outer);
    for (std::uint32_t hole : queue) {
      std::uint32_t bridge = touching(hole);
      if (bridge == kNone) {
        bridge = find_bridge(hole, outer);
        if (bridge == kNone) continue; // a hole outside its shell: left out
      } else {
        hole = bridge_hole_;
      }
      track(hole);
      const std::uint32_t back = split(bridge, hole);
      filter_points(back, nx(back));
      outer = filter_points(bridge, nx(bridge));
    }
    tracking_ = false;
    loop_at_.clear();
    return filter_points(outer);
  }

  void track(std::uint32_t start) {
    tracking_ = true;
    std::uint32_t p = start;
    do {
      loop_at_.emplace(pt(p), p);
      p = nx(p);
    } while (p != start);
  }

  // A hole that touches the loop at a vertex (a hole touching the shell or an
  // earlier hole, valid in a polygon) must be joined at that vertex: bridged
  // elsewhere, the touching point would be visited twice with overlapping
  // wedges and no ear order could cover the polygon. Returns the loop node
  // whose wedge holds the hole's corner there (and sets bridge_hole_ to the
  // hole's node), or kNone when the hole touches nothing.
  std::uint32_t bridge_hole_ = kNone;
  std::uint32_t touching(std::uint32_t hole) {
    std::uint32_t h = hole;
    do {
      const auto [first, last] = loop_at_.equal_range(pt(h));
      for (auto it = first; it != last; ++it) {
        const std::uint32_t a = it->second;
        if (!nodes_[a].in_loop || nodes_[a].id == nodes_[h].id) continue;
        if (locally_inside(a, nx(h)) && locally_inside(a, pv(h))) {
          bridge_hole_ = h;
          return a;
        }
      }
      h = nx(h);
    } while (h != hole);
    return kNone;
  }

  // A vertex of the outer loop that `hole` (its leftmost point) can be joined
  // to without crossing an edge: cast a ray to the left, take the nearest
  // edge it hits, then prefer any reflex vertex inside the triangle between
  // the hole, the hit point and that edge's left end, at the smallest angle.
  std::uint32_t find_bridge(std::uint32_t hole, std::uint32_t outer) const {
    const Vec2 h = pt(hole);
    double qx = -std::numeric_limits<double>::infinity();
    std::uint32_t m = kNone;
    std::uint32_t p = outer;
    // A hole touching the loop at a vertex bridges there, with no new edge.
    do {
      if (pt(p) == h) return p;
      p = nx(p);
    } while (p != outer);
    do {
      const Vec2 a = pt(p), b = pt(nx(p));
      if (h.y <= a.y && h.y >= b.y && b.y != a.y) {
        const double x = a.x + (h.y - a.y) * (b.x - a.x) / (b.y - a.y);
        if (x <= h.x && x > qx) {
          qx = x;
          m = a.x < b.x ? p : nx(p);
          if (x == h.x) return m; // the hole touches this edge
        }
      }
      p = nx(p);
    } while (p != outer);
    if (m == kNone) return kNone;

    const std::uint32_t stop = m;
    const Vec2 mp = pt(m);
    const Vec2 t0{h.y < mp.y ? h.x : qx, h.y}, t2{h.y < mp.y ? qx : h.x, h.y};
    double best_tan = std::numeric_limits<double>::infinity();
    p = m;
    do {
      const Vec2 c = pt(p);
      if (h.x >= c.x && c.x >= mp.x && h.x != c.x && in_triangle(t0, mp, t2, c)) {
        const double tan = std::abs(h.y - c.y) / (h.x - c.x);
        if (locally_inside(p, hole) &&
            (tan < best_tan ||
             (tan == best_tan && (c.x > pt(m).x || (c.x == pt(m).x && sector_inside(m, p)))))) {
          m = p;
          best_tan = tan;
        }
      }
      p = nx(p);
    } while (p != stop);
    return m;
  }

  // The wedge at p (between its neighbours) lies inside the wedge at m.
  bool sector_inside(std::uint32_t m, std::uint32_t p) const {
    return orient(pt(pv(m)), pt(m), pt(pv(p))) > 0 && orient(pt(nx(p)), pt(m), pt(nx(m))) > 0;
  }

  // Joins a and b by two coincident edges: the loop splits into two, a..b
  // staying with a, and the copies b'..a' forming the other. Returns b'.
  std::uint32_t split(std::uint32_t a, std::uint32_t b) {
    const std::uint32_t a2 = insert_after(pt(a), nodes_[a].id, kNone);
    const std::uint32_t b2 = insert_after(pt(b), nodes_[b].id, kNone);
    if (tracking_) {
      loop_at_.emplace(pt(a2), a2);
      loop_at_.emplace(pt(b2), b2);
    }
    const std::uint32_t an = nx(a), bp = pv(b);
    nodes_[a].next = b;
    nodes_[b].prev = a;
    nodes_[a2].next = an;
    nodes_[an].prev = a2;
    nodes_[b2].next = a2;
    nodes_[a2].prev = b2;
    nodes_[bp].next = b2;
    nodes_[b2].prev = bp;
    return b2;
  }

  // --- z-order index ---------------------------------------------------------

  void set_up_index() {
    Bounds box;
    for (const Node& n : nodes_) box.expand(n.p);
    min_x_ = box.min_x;
    min_y_ = box.min_y;
    const double size = std::max(box.width(), box.height());
    inv_size_ = size > 0 ? 32767.0 / size : 0;
  }

  std::uint32_t z_of(Vec2 p) const {
    return interleave(static_cast<std::uint32_t>((p.x - min_x_) * inv_size_),
                      static_cast<std::uint32_t>((p.y - min_y_) * inv_size_));
  }

  // Links the loop through `start` in z-order.
  void index_loop(std::uint32_t start) {
    std::vector<std::uint32_t> loop;
    std::uint32_t p = start;
    do {
      nodes_[p].z = z_of(pt(p));
      loop.push_back(p);
      p = nx(p);
    } while (p != start);
    spend(loop.size() * 16); // re-indexing after every split counts against the fallback
    std::sort(loop.begin(), loop.end(),
              [&](std::uint32_t a, std::uint32_t b) { return nodes_[a].z < nodes_[b].z; });
    for (std::size_t k = 0; k < loop.size(); ++k) {
      nodes_[loop[k]].prev_z = k == 0 ? kNone : loop[k - 1];
      nodes_[loop[k]].next_z = k + 1 == loop.size() ? kNone : loop[k + 1];
    }
  }

  // --- ears --------------------------------------------------------------------

  // p blocks the ear abc: it lies in it and is reflex (or flat), so the loop's
  // boundary passes through the triangle.
  bool blocks(std::uint32_t p, Vec2 a, Vec2 b, Vec2 c, const Bounds& box) const {
    const Vec2 q = pt(p);
    return box.contains(q) && in_triangle(a, b, c, q) && turn(p) <= 0;
  }

  bool is_ear(std::uint32_t ear) const {
    const std::uint32_t ia = pv(ear), ic = nx(ear);
    const Vec2 a = pt(ia), b = pt(ear), c = pt(ic);
    if (orient(a, b, c) <= 0) return false; // reflex or flat
    Bounds box;
    box.expand(a);
    box.expand(b);
    box.expand(c);
    if (inv_size_ <= 0) {
      for (std::uint32_t p = nx(ic); p != ia; p = nx(p)) {
        if (blocks(p, a, b, c, box)) return false;
      }
      return true;
    }
    // Only vertices whose z-code lies between the box corners' can be inside.
    const std::uint32_t min_z = z_of({box.min_x, box.min_y});
    const std::uint32_t max_z = z_of({box.max_x, box.max_y});
    auto blocking = [&](std::uint32_t p) { return p != ia && p != ic && blocks(p, a, b, c, box); };
    std::uint32_t down = nodes_[ear].prev_z, up = nodes_[ear].next_z;
    while (down != kNone && nodes_[down].z >= min_z) {
      if (blocking(down)) return false;
      down = nodes_[down].prev_z;
    }
    while (up != kNone && nodes_[up].z <= max_z) {
      if (blocking(up)) return false;
      up = nodes_[up].next_z;
    }
    return true;
  }

  void emit(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    out_.push_back(pt(a));
    out_.push_back(pt(b));
    out_.push_back(pt(c));
  }

  // Clips ears off the loop through `ear`; when a full turn finds none, runs
  // the next fallback pass (1: filter points, 2: cure local intersections,
  // 3: split along a diagonal).
  void clip(std::uint32_t ear, int pass) {
    if (ear == kNone) return;
    if (pass == 0 && inv_size_ > 0) index_loop(ear);
    std::uint32_t stop = ear;
    while (pv(ear) != nx(ear)) {
      const std::uint32_t prev = pv(ear), next = nx(ear);
      if (is_ear(ear)) {
        emit(prev, ear, next);
        unlink(ear);
        // Skipping the next vertex gives fewer slivers.
        ear = nx(next);
        stop = ear;
        continue;
      }
      ear = next;
      if (ear == stop) {
        if (pass == 0) {
          clip(filter_points(ear), 1);
        } else if (pass == 1) {
          clip(cure_local_intersections(filter_points(ear)), 2);
        } else {
          split_clip(ear);
        }
        return;
      }
    }
  }

  // a-p-p.next-b where a-p and p.next-b cross: emits triangle a p b and drops
  // p and p.next, which removes the small twist.
  std::uint32_t cure_local_intersections(std::uint32_t start) {
    std::uint32_t p = start;
    do {
      const std::uint32_t a = pv(p), pn = nx(p), b = nx(pn);
      if (!same_point(a, b) && segments_meet(pt(a), pt(p), pt(pn), pt(b)) && locally_inside(a, b) &&
          locally_inside(b, a)) {
        emit(a, p, b);
        unlink(p);
        unlink(pn);
        p = start = b;
      }
      p = nx(p);
    } while (p != start);
    return filter_points(p);
  }

  // Splits the loop along the first valid diagonal found and clips each half.
  void split_clip(std::uint32_t start) {
    std::size_t loop_size = 0;
    std::uint32_t p = start;
    do {
      ++loop_size;
      p = nx(p);
    } while (p != start);
    std::uint32_t a = start;
    do {
      for (std::uint32_t b = nx(nx(a)); b != pv(a); b = nx(b)) {
        if (nodes_[a].id == nodes_[b].id) continue;
        if (!spend(loop_size)) return; // give up: the caller repairs the polygon
        if (!valid_diagonal(a, b)) continue;
        std::uint32_t c = split(a, b);
        a = filter_points(a, nx(a));
        c = filter_points(c, nx(c));
        clip(a, 0);
        clip(c, 0);
        return;
      }
      a = nx(a);
    } while (a != start);
  }

  // --- diagonals -----------------------------------------------------------------

  // The diagonal a-b leaves a into the polygon's interior near a.
  bool locally_inside(std::uint32_t a, std::uint32_t b) const {
    const Vec2 pa = pt(a), pb = pt(b), prev = pt(pv(a)), next = pt(nx(a));
    if (orient(prev, pa, next) > 0) return orient(pa, pb, next) <= 0 && orient(pa, prev, pb) <= 0;
    return orient(pa, pb, prev) > 0 || orient(pa, next, pb) > 0;
  }

  // The midpoint of a-b lies inside the loop (even-odd ray cast).
  bool middle_inside(std::uint32_t a, std::uint32_t b) const {
    const Vec2 m{(pt(a).x + pt(b).x) / 2, (pt(a).y + pt(b).y) / 2};
    bool inside = false;
    std::uint32_t p = a;
    do {
      const Vec2 u = pt(p), v = pt(nx(p));
      if ((u.y > m.y) != (v.y > m.y) && v.y != u.y && m.x < (v.x - u.x) * (m.y - u.y) / (v.y - u.y) + u.x) {
        inside = !inside;
      }
      p = nx(p);
    } while (p != a);
    return inside;
  }

  // Some loop edge not ending at a or b meets the segment a-b.
  bool crosses_loop(std::uint32_t a, std::uint32_t b) const {
    const std::uint32_t ida = nodes_[a].id, idb = nodes_[b].id;
    std::uint32_t p = a;
    do {
      const std::uint32_t q = nx(p);
      const std::uint32_t ip = nodes_[p].id, iq = nodes_[q].id;
      if (ip != ida && iq != ida && ip != idb && iq != idb && segments_meet(pt(p), pt(q), pt(a), pt(b))) {
        return true;
      }
      p = q;
    } while (p != a);
    return false;
  }

  bool valid_diagonal(std::uint32_t a, std::uint32_t b) const {
    if (nodes_[nx(a)].id == nodes_[b].id || nodes_[pv(a)].id == nodes_[b].id) return false;
    if (crosses_loop(a, b)) return false;
    if (locally_inside(a, b) && locally_inside(b, a) && middle_inside(a, b) &&
        (orient(pt(pv(a)), pt(a), pt(pv(b))) != 0 || orient(pt(a), pt(pv(b)), pt(b)) != 0)) {
      return true;
    }
    // Two copies of one point, both reflex: a zero-length cut that separates
    // two parts touching at that point.
    return same_point(a, b) && turn(a) < 0 && turn(b) < 0;
  }
};

} // namespace

void ear_clip(const Polygon& polygon, std::vector<Vec2>& out) {
  EarClipper(out).run(polygon);
}

} // namespace steppe
