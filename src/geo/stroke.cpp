#include "geo/stroke.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.hpp"

namespace steppe {

namespace {

Vec2 sub(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
Vec2 add(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
Vec2 scale(Vec2 a, double s) { return {a.x * s, a.y * s}; }
double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
Vec2 unit(Vec2 a) {
  const double len = std::hypot(a.x, a.y);
  return {a.x / len, a.y / len};
}
Vec2 left_normal(Vec2 dir) { return {-dir.y, dir.x}; }

class Builder {
public:
  Builder(StrokeMesh& mesh, Vec2 origin) : mesh_(mesh), origin_(origin) {}

  std::uint32_t vertex(Vec2 p, Vec2 e, float side) {
    if (mesh_.vertices.size() >= std::numeric_limits<std::uint32_t>::max()) {
      throw Error("stroke mesh too large for 32-bit indices");
    }
    const Vec2 rel = sub(p, origin_);
    mesh_.vertices.push_back({static_cast<float>(rel.x), static_cast<float>(rel.y),
                              static_cast<float>(e.x), static_cast<float>(e.y), side});
    return static_cast<std::uint32_t>(mesh_.vertices.size() - 1);
  }
  void triangle(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    mesh_.indices.insert(mesh_.indices.end(), {a, b, c});
  }

private:
  StrokeMesh& mesh_;
  Vec2 origin_;
};

// The left/right vertex pair where a point's incoming segment ends and the
// pair where its outgoing segment starts (the same pair for a mitre).
struct Pairs {
  std::uint32_t in_left, in_right, out_left, out_right;
};

Pairs join(Builder& b, Vec2 p, Vec2 dir_in, Vec2 dir_out) {
  const Vec2 n_in = left_normal(dir_in);
  const Vec2 n_out = left_normal(dir_out);
  const Vec2 sum = add(n_in, n_out);
  const double sum_len = std::hypot(sum.x, sum.y);
  if (sum_len > 1e-9) {
    const Vec2 m = scale(sum, 1.0 / sum_len);
    const double len = 1.0 / dot(m, n_in); // mitre length in half-widths
    if (len <= kMiterLimit) {
      const std::uint32_t l = b.vertex(p, scale(m, len), 1.0f);
      const std::uint32_t r = b.vertex(p, scale(m, -len), -1.0f);
      return {l, r, l, r};
    }
  }
  // Bevel: end the incoming run, start the outgoing one, and fill the wedge
  // on the outer side of the turn with one triangle.
  Pairs pr{b.vertex(p, n_in, 1.0f), b.vertex(p, scale(n_in, -1), -1.0f),
           b.vertex(p, n_out, 1.0f), b.vertex(p, scale(n_out, -1), -1.0f)};
  const std::uint32_t centre = b.vertex(p, {0, 0}, 0.0f);
  if (cross(dir_in, dir_out) > 0) {
    b.triangle(centre, pr.in_right, pr.out_right); // left turn: outer side is right
  } else {
    b.triangle(centre, pr.in_left, pr.out_left);
  }
  return pr;
}

Pairs cap(Builder& b, Vec2 p, Vec2 dir, bool start) {
  // Square cap: push the end half a width beyond the point.
  const Vec2 n = left_normal(dir);
  const Vec2 along = scale(dir, start ? -1.0 : 1.0);
  const std::uint32_t l = b.vertex(p, add(n, along), 1.0f);
  const std::uint32_t r = b.vertex(p, sub(along, n), -1.0f);
  return {l, r, l, r};
}

double segment_distance(Vec2 p, Vec2 a, Vec2 b) {
  const Vec2 ab = sub(b, a);
  const double len2 = dot(ab, ab);
  const double t = len2 > 0 ? std::clamp(dot(sub(p, a), ab) / len2, 0.0, 1.0) : 0.0;
  const Vec2 d = sub(p, add(a, scale(ab, t)));
  return std::hypot(d.x, d.y);
}

// Marks the points of line[first..last] that Douglas–Peucker keeps.
void mark_kept(std::span<const Vec2> line, std::size_t first, std::size_t last, double tolerance,
               std::vector<bool>& keep) {
  std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
  while (!stack.empty()) {
    const auto [a, b] = stack.back();
    stack.pop_back();
    double worst = -1;
    std::size_t at = a;
    for (std::size_t i = a + 1; i < b; ++i) {
      const double d = segment_distance(line[i], line[a], line[b]);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > tolerance) {
      keep[at] = true;
      stack.push_back({a, at});
      stack.push_back({at, b});
    }
  }
}

} // namespace

std::vector<Vec2> simplify_polyline(std::span<const Vec2> line, double tolerance, bool closed) {
  const std::size_t n = line.size();
  if (n < 3 || tolerance <= 0) return {line.begin(), line.end()};
  std::vector<bool> keep(n, false);
  keep[0] = true;
  if (closed) {
    std::size_t far = 1;
    double best = -1;
    for (std::size_t i = 1; i < n; ++i) {
      const Vec2 d = sub(line[i], line[0]);
      if (dot(d, d) > best) {
        best = dot(d, d);
        far = i;
      }
    }
    keep[far] = true;
    mark_kept(line, 0, far, tolerance, keep);
    // The closing half: far .. n-1 .. back to 0, with the start appended.
    std::vector<Vec2> tail(line.begin() + static_cast<std::ptrdiff_t>(far), line.end());
    tail.push_back(line[0]);
    std::vector<bool> tail_keep(tail.size(), false);
    mark_kept(tail, 0, tail.size() - 1, tolerance, tail_keep);
    for (std::size_t i = 1; i + 1 < tail.size(); ++i) keep[far + i] = tail_keep[i];
  } else {
    keep[n - 1] = true;
    mark_kept(line, 0, n - 1, tolerance, keep);
  }
  std::vector<Vec2> out;
  for (std::size_t i = 0; i < n; ++i) {
    if (keep[i]) out.push_back(line[i]);
  }
  return out;
}

void append_stroke(StrokeMesh& mesh, std::span<const Vec2> points, bool closed, Vec2 origin) {
  std::vector<Vec2> pts;
  pts.reserve(points.size());
  for (const Vec2& p : points) {
    if (pts.empty() || !(pts.back() == p)) pts.push_back(p);
  }
  if (closed) {
    while (pts.size() > 1 && pts.front() == pts.back()) pts.pop_back();
    if (pts.size() < 3) closed = false;
  }
  if (pts.size() < 2) return;

  const std::size_t n = pts.size();
  const std::size_t segments = closed ? n : n - 1;
  std::vector<Vec2> dirs(segments);
  for (std::size_t i = 0; i < segments; ++i) dirs[i] = unit(sub(pts[(i + 1) % n], pts[i]));

  Builder b(mesh, origin);
  std::vector<Pairs> at(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (closed) {
      at[i] = join(b, pts[i], dirs[(i + segments - 1) % segments], dirs[i]);
    } else if (i == 0) {
      at[i] = cap(b, pts[i], dirs[0], true);
    } else if (i == n - 1) {
      at[i] = cap(b, pts[i], dirs[segments - 1], false);
    } else {
      at[i] = join(b, pts[i], dirs[i - 1], dirs[i]);
    }
  }
  for (std::size_t i = 0; i < segments; ++i) {
    const Pairs& s = at[i];
    const Pairs& e = at[(i + 1) % n];
    b.triangle(s.out_left, s.out_right, e.in_left);
    b.triangle(s.out_right, e.in_right, e.in_left);
  }
}

} // namespace steppe
