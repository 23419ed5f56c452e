#pragma once
// Makes the repaired banners a clean coverage: no gaps and no slivers between
// neighbours, so that leagues and the region dissolve into single polygons with
// only their real holes. Everything changed is logged with its area and place.
#include <string>
#include <vector>

#include "geos_util.hpp"

namespace steppe::geodata {

// Pieces below this area (km²) are artefacts of the 1/1024-degree grid (one
// grid cell is ~0.008 km² at 45°N); holes at or above it are real (the
// Heilongjiang-administered enclave inside 鄂伦春自治旗 is ~1,470 km²).
inline constexpr double kArtefactKm2 = 1.0;

struct CoverageUnit {
  std::string label;  // "150723 鄂伦春自治旗", for the log
  std::string parent; // league code; units of one league are contiguous
  Geom geom;
};

// 1. A banner's detached parts below kArtefactKm2 (pinched off by the grid at a
//    one-vertex neck) move to the neighbouring banner that shares the longest
//    border with them, or are dropped when they share no border with any banner.
// 2. Holes below kArtefactKm2 in the union of all banners (gaps where neighbours'
//    borders do not coincide) are filled and given to the banner sharing the
//    longest border with them.
// 3. Holes below kArtefactKm2 in a banner, or in the union of a league's banners,
//    that a neighbour fills with a one-cell spike are taken from that neighbour.
// The passes repeat until nothing changes.
void clean_coverage(const Geos& geos, std::vector<CoverageUnit>& units, std::string& log);

} // namespace steppe::geodata
