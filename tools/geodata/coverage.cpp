#include "coverage.hpp"

#include <algorithm>
#include <cstdio>

#include "core/error.hpp"
#include "repair.hpp"

namespace steppe::geodata {
namespace {

std::string describe(const Geos& geos, const GEOSGeometry* piece) {
  Geom p = own(geos, GEOSPointOnSurface_r(geos.h(), piece), "point on surface");
  double x = 0, y = 0;
  GEOSGeomGetX_r(geos.h(), p.get(), &x);
  GEOSGeomGetY_r(geos.h(), p.get(), &y);
  char buf[120];
  std::snprintf(buf, sizeof buf, "%.4f km2 at %.4f,%.4f", area_km2(geos, piece), x, y);
  return buf;
}

// Length (degrees) of the border `piece` shares with `other`; 0 when they only touch at points.
double shared_border(const Geos& geos, const GEOSGeometry* piece, const GEOSGeometry* other) {
  if (GEOSIntersects_r(geos.h(), piece, other) != 1) return 0;
  Geom a = own(geos, GEOSBoundary_r(geos.h(), piece), "boundary");
  Geom b = own(geos, GEOSBoundary_r(geos.h(), other), "boundary");
  Geom common = own(geos, GEOSIntersection_r(geos.h(), a.get(), b.get()), "shared border");
  double len = 0;
  GEOSLength_r(geos.h(), common.get(), &len);
  return len;
}

// Index of the unit (other than `skip`) sharing the longest border with `piece`, or -1.
long best_neighbour(const Geos& geos, const GEOSGeometry* piece, const std::vector<CoverageUnit>& units,
                    std::size_t skip) {
  long best = -1;
  double best_len = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (i == skip) continue;
    const double len = shared_border(geos, piece, units[i].geom.get());
    if (len > best_len) {
      best_len = len;
      best = static_cast<long>(i);
    }
  }
  return best;
}

Geom add_piece(const Geos& geos, const GEOSGeometry* unit, const GEOSGeometry* piece) {
  return dissolve(geos, {unit, piece});
}

bool reassign_fragments(const Geos& geos, std::vector<CoverageUnit>& units, std::string& log) {
  bool changed = false;
  for (std::size_t i = 0; i < units.size(); ++i) {
    std::vector<Geom> keep;
    std::vector<Geom> fragments;
    const int n = GEOSGetNumGeometries_r(geos.h(), units[i].geom.get());
    for (int k = 0; k < n; ++k) {
      Geom part = clone(geos, GEOSGetGeometryN_r(geos.h(), units[i].geom.get(), k));
      (area_km2(geos, part.get()) < kArtefactKm2 ? fragments : keep).push_back(std::move(part));
    }
    if (fragments.empty()) continue;
    changed = true;
    if (keep.empty()) throw Error("geodata: " + units[i].label + " consists only of tiny fragments");
    units[i].geom = collect(geos, std::move(keep), GEOS_MULTIPOLYGON);
    for (const Geom& f : fragments) {
      const long to = best_neighbour(geos, f.get(), units, i);
      if (to < 0) {
        log += "dropped " + describe(geos, f.get()) + " from " + units[i].label +
               ": a detached fragment sharing no border with any banner\n";
        continue;
      }
      auto& target = units[static_cast<std::size_t>(to)];
      log += "moved " + describe(geos, f.get()) + " from " + units[i].label + " to " + target.label +
             ": a fragment pinched off by the grid, enclosed by its new banner\n";
      target.geom = add_piece(geos, target.geom.get(), f.get());
    }
  }
  return changed;
}

bool fill_gaps(const Geos& geos, std::vector<CoverageUnit>& units, std::string& log, bool& logged_real) {
  bool changed = false;
  std::vector<const GEOSGeometry*> shapes;
  for (const CoverageUnit& u : units) shapes.push_back(u.geom.get());
  Geom all = dissolve(geos, shapes);
  for (const InteriorRing& hole : interior_rings(geos, all.get())) {
    if (hole.km2 >= kArtefactKm2) {
      if (logged_real) continue;
      logged_real = true;
      char buf[160];
      std::snprintf(buf, sizeof buf, "kept real hole of %.1f km2 at %.4f,%.4f\n", hole.km2, hole.inside.x,
                    hole.inside.y);
      log += buf;
      continue;
    }
    Geom gap = from_ring(geos, hole.ring);
    const long to = best_neighbour(geos, gap.get(), units, units.size());
    if (to < 0) throw Error("geodata: a gap at " + describe(geos, gap.get()) + " borders no banner");
    auto& target = units[static_cast<std::size_t>(to)];
    log += "filled gap of " + describe(geos, gap.get()) + " (" + std::to_string(hole.ring.size()) +
           " vertices) into " + target.label + "\n";
    target.geom = add_piece(geos, target.geom.get(), gap.get());
    changed = true;
  }
  return changed;
}

// Gives `piece` to units[to], taking it away from every other unit that covers part of it.
void transfer(const Geos& geos, std::vector<CoverageUnit>& units, const GEOSGeometry* piece, std::size_t to) {
  for (std::size_t j = 0; j < units.size(); ++j) {
    if (j == to || GEOSIntersects_r(geos.h(), units[j].geom.get(), piece) != 1) continue;
    Geom rest = own(geos, GEOSDifference_r(geos.h(), units[j].geom.get(), piece), "difference");
    if (off_grid_count(geos, rest.get()) > 0) rest = own(geos, GEOSGeom_setPrecision_r(geos.h(), rest.get(), kGrid, 0), "snap");
    units[j].geom = polygonal_part(geos, rest.get());
  }
  units[to].geom = add_piece(geos, units[to].geom.get(), piece);
}

// Holes below kArtefactKm2 inside a group of units (one banner, or all banners of
// a league) that other units fill with one-cell spikes go to the group.
bool absorb_small_holes(const Geos& geos, std::vector<CoverageUnit>& units,
                        const std::vector<std::size_t>& group, const std::string& group_label,
                        std::string& log) {
  std::vector<const GEOSGeometry*> shapes;
  for (std::size_t i : group) shapes.push_back(units[i].geom.get());
  Geom all = group.size() == 1 ? clone(geos, shapes.front()) : dissolve(geos, shapes);
  bool changed = false;
  for (const InteriorRing& hole : interior_rings(geos, all.get())) {
    if (hole.km2 >= kArtefactKm2) continue;
    Geom h = from_ring(geos, hole.ring);
    std::size_t to = group.front();
    double best = -1;
    for (std::size_t i : group) {
      const double len = shared_border(geos, h.get(), units[i].geom.get());
      if (len > best) {
        best = len;
        to = i;
      }
    }
    log += "filled hole of " + describe(geos, h.get()) + " in " + group_label + " into " + units[to].label +
           " (taken from the banner reaching into it)\n";
    transfer(geos, units, h.get(), to);
    changed = true;
  }
  return changed;
}

// Rebuilds the units from one snap-rounded noding of all their borders: every
// face of the noded linework goes to exactly one unit, so neighbours share
// identical grid vertices. Faces claimed by two units are the sub-grid-wide
// overlap slivers where the source's borders do not coincide; faces claimed by
// none are the matching gaps (or the real hole).
void node_on_grid(const Geos& geos, std::vector<CoverageUnit>& units, std::string& log) {
  std::vector<Geom> borders;
  for (const CoverageUnit& u : units) borders.push_back(own(geos, GEOSBoundary_r(geos.h(), u.geom.get()), "boundary"));
  Geom all = collect(geos, std::move(borders));
  Geom noded = own(geos, GEOSUnaryUnionPrec_r(geos.h(), all.get(), kGrid), "snap-rounded noding");
  const GEOSGeometry* lines = noded.get();
  Geom faces = own(geos, GEOSPolygonize_r(geos.h(), &lines, 1), "polygonize");

  std::vector<const GEOSPreparedGeometry*> prepared;
  for (const CoverageUnit& u : units) prepared.push_back(GEOSPrepare_r(geos.h(), u.geom.get()));
  std::vector<std::vector<Geom>> owned(units.size());
  std::vector<Geom> unclaimed;
  int overlaps = 0;
  double overlap_km2 = 0, overlap_max = 0;
  const int n = GEOSGetNumGeometries_r(geos.h(), faces.get());
  for (int k = 0; k < n; ++k) {
    Geom face = clone(geos, GEOSGetGeometryN_r(geos.h(), faces.get(), k));
    Geom p = own(geos, GEOSPointOnSurface_r(geos.h(), face.get()), "point on surface");
    std::vector<std::size_t> owners;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (GEOSPreparedContains_r(geos.h(), prepared[i], p.get()) == 1) owners.push_back(i);
    }
    if (owners.empty()) {
      unclaimed.push_back(std::move(face));
      continue;
    }
    if (owners.size() > 1) {
      const double km2 = area_km2(geos, face.get());
      ++overlaps;
      overlap_km2 += km2;
      overlap_max = std::max(overlap_max, km2);
    }
    owned[owners.front()].push_back(std::move(face)); // overlap slivers: the lower code keeps them
  }
  for (const GEOSPreparedGeometry* pg : prepared) GEOSPreparedGeom_destroy_r(geos.h(), pg);

  for (std::size_t i = 0; i < units.size(); ++i) {
    if (owned[i].empty()) throw Error("geodata: " + units[i].label + " lost all its area in noding");
    std::vector<const GEOSGeometry*> parts;
    for (const Geom& f : owned[i]) parts.push_back(f.get());
    units[i].geom = dissolve(geos, parts);
  }
  int gaps = 0;
  double gap_km2 = 0, gap_max = 0;
  for (const Geom& face : unclaimed) {
    const double km2 = area_km2(geos, face.get());
    if (km2 >= kArtefactKm2) continue; // the real hole stays open
    const long to = best_neighbour(geos, face.get(), units, units.size());
    if (to < 0) throw Error("geodata: a gap at " + describe(geos, face.get()) + " borders no banner");
    auto& target = units[static_cast<std::size_t>(to)];
    target.geom = add_piece(geos, target.geom.get(), face.get());
    ++gaps;
    gap_km2 += km2;
    gap_max = std::max(gap_max, km2);
  }
  char buf[400];
  std::snprintf(buf, sizeof buf,
                "noded all borders on the grid: %d faces; %d overlap slivers (total %.4f km2, largest %.4f km2) "
                "kept by the lower code; %d gap slivers (total %.4f km2, largest %.4f km2) given to the "
                "neighbour with the longest shared border\n",
                n, overlaps, overlap_km2, overlap_max, gaps, gap_km2, gap_max);
  log += buf;
}

} // namespace

void clean_coverage(const Geos& geos, std::vector<CoverageUnit>& units, std::string& log) {
  node_on_grid(geos, units, log);
  // Each fix can pinch a new neck or open a new one-cell hole next to it, so the
  // passes repeat until nothing changes.
  bool logged_real = false;
  for (int round = 1;; ++round) {
    if (round > 10) throw Error("geodata: coverage cleaning did not settle after 10 rounds");
    log += "round " + std::to_string(round) + ":\n";
    bool changed = reassign_fragments(geos, units, log);
    changed = fill_gaps(geos, units, log, logged_real) || changed;
    for (std::size_t i = 0; i < units.size(); ++i) {
      changed = absorb_small_holes(geos, units, {i}, units[i].label, log) || changed;
    }
    std::vector<std::string> parents;
    for (const CoverageUnit& u : units) {
      if (parents.empty() || parents.back() != u.parent) parents.push_back(u.parent);
    }
    for (const std::string& parent : parents) {
      std::vector<std::size_t> group;
      for (std::size_t i = 0; i < units.size(); ++i) {
        if (units[i].parent == parent) group.push_back(i);
      }
      changed = absorb_small_holes(geos, units, group, "league " + parent, log) || changed;
    }
    if (!changed) break;
  }
  for (const CoverageUnit& u : units) {
    std::string reason;
    if (!is_valid(geos, u.geom.get(), &reason)) {
      throw Error("geodata: " + u.label + " is invalid after coverage cleaning: " + reason);
    }
  }
}

} // namespace steppe::geodata
