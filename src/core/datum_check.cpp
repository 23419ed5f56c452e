#include "core/datum_check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>
#include <vector>

#include "core/gcj02.hpp"

namespace steppe {

namespace {

// Area-weighted centroid in lon/lat degrees (holes subtracted).
std::optional<Vec2> centroid(const MultiPolygon& shape) {
  double area = 0.0, cx = 0.0, cy = 0.0;
  const auto add_ring = [&](const Ring& ring, double sign) {
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
      const Vec2& a = ring[i];
      const Vec2& b = ring[(i + 1) % n];
      const double cross = a.x * b.y - b.x * a.y;
      area += sign * cross / 2.0;
      cx += sign * (a.x + b.x) * cross / 6.0;
      cy += sign * (a.y + b.y) * cross / 6.0;
    }
  };
  for (const Polygon& polygon : shape) {
    const double outer_sign = signed_area(polygon.outer) >= 0.0 ? 1.0 : -1.0;
    add_ring(polygon.outer, outer_sign);
    for (const Ring& hole : polygon.holes) add_ring(hole, signed_area(hole) >= 0.0 ? -1.0 : 1.0);
  }
  if (!(std::abs(area) > 0.0)) return std::nullopt;
  return Vec2{cx / area, cy / area};
}

// Metres east and north of `from` to `to` (local flat approximation).
Vec2 metres(Vec2 from, Vec2 to) {
  const double lat = (from.y + to.y) / 2.0 * std::numbers::pi / 180.0;
  return {(to.x - from.x) * 111320.0 * std::cos(lat), (to.y - from.y) * 110574.0};
}

double length(Vec2 v) { return std::hypot(v.x, v.y); }

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::string metres_text(double m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f m", m);
  return buf;
}

} // namespace

DatumComparison compare_datum(const Atlas& file, const Atlas& reference) {
  DatumComparison out;
  std::vector<double> offsets, shifts, after_unshift, after_shift;
  for (const Region& r : file.regions) {
    if (r.level == Level::Region) continue;
    const Region* ref = reference.find(r.code);
    if (ref == nullptr || ref->level != r.level) continue;
    const std::optional<Vec2> c_file = centroid(r.lonlat);
    const std::optional<Vec2> c_ref = centroid(ref->lonlat);
    if (!c_file || !c_ref || !in_gcj02_area(*c_ref)) continue;
    const Vec2 offset = metres(*c_ref, *c_file);
    const Vec2 shift = metres(*c_ref, gcj02_from_wgs84(*c_ref));
    offsets.push_back(length(offset));
    shifts.push_back(length(shift));
    after_unshift.push_back(length({offset.x - shift.x, offset.y - shift.y}));
    after_shift.push_back(length({offset.x + shift.x, offset.y + shift.y}));
  }
  out.regions = offsets.size();
  if (out.regions < DatumComparison::kMinRegions) return out;
  out.offset_m = median(offsets);
  out.shift_m = median(shifts);
  out.after_unshift_m = median(after_unshift);
  out.after_shift_m = median(after_shift);
  // One hypothesis must leave less than 30% of the shift, and the others more than 70%.
  const double small = 0.3 * out.shift_m;
  const double large = 0.7 * out.shift_m;
  const auto only = [&](double fits, double a, double b) { return fits < small && a > large && b > large; };
  if (only(out.offset_m, out.after_unshift_m, out.after_shift_m)) out.verdict = DatumComparison::Verdict::SameAsReference;
  else if (only(out.after_unshift_m, out.offset_m, out.after_shift_m)) out.verdict = DatumComparison::Verdict::Gcj02OfReference;
  else if (only(out.after_shift_m, out.offset_m, out.after_unshift_m)) out.verdict = DatumComparison::Verdict::ReferenceIsGcj02;
  else out.verdict = DatumComparison::Verdict::Inconclusive;
  return out;
}

std::string describe(const DatumComparison& c, const std::string& file, const std::string& reference) {
  using V = DatumComparison::Verdict;
  if (c.verdict == V::TooFewRegions) {
    return file + ": datum not checked: it shares " + std::to_string(c.regions) + " region codes with " + reference +
           " (at least " + std::to_string(DatumComparison::kMinRegions) + " are needed to compare)";
  }
  const std::string measured = "over its " + std::to_string(c.regions) + " regions shared with " + reference +
                               ", the median centroid offset is " + metres_text(c.offset_m) +
                               "; the GCJ-02 shift there is " + metres_text(c.shift_m) + ", and undoing it leaves " +
                               metres_text(c.after_unshift_m);
  switch (c.verdict) {
  case V::SameAsReference:
    return file + ": same datum as " + reference + " (" + measured + ")";
  case V::Gcj02OfReference:
    return file + ": looks like GCJ-02 (Chinese web-map coordinates) relative to " + reference + " (" + measured +
           "); if the boundaries should line up with WGS84 data, read it with --datum gcj02";
  case V::ReferenceIsGcj02:
    return file + ": its offsets from " + reference + " are the GCJ-02 shift backwards (" + measured +
           ", applying it leaves " + metres_text(c.after_shift_m) + "): " + reference +
           " would be GCJ-02 if this file is WGS84";
  case V::Inconclusive:
  case V::TooFewRegions:
    break;
  }
  return file + ": datum undetermined (" + measured + "; the offsets are too uneven to tell)";
}

} // namespace steppe
