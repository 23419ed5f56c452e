#pragma once
// The 南海诸岛 (South China Sea Islands) sub-box as ECharts draws it on its China
// map: ECharts 4.9.0's src/coord/geo/fix/nanhai.js holds the shape's points
// (a coast piece, ten dashes and an open frame) as a JavaScript literal, moved
// to lon/lat by the file's own arithmetic. Parsed from the pinned package at
// build time, never retyped.
#include <string>

#include "core/geometry.hpp"

namespace steppe::geodata {

// The 12 polygons in lon/lat, as ECharts places them (the box's top-left at
// its geoCoord 126°E 25°N): x / 10.5 + lon, y / (-10.5 / 0.75) + lat, exactly
// the script's operations. Rings open (no repeated closing point), in file
// order, not yet oriented. Throws steppe::Error naming the file when the
// `geoCoord` or `points` literal is missing or malformed.
MultiPolygon read_nanhai(const std::string& path);

} // namespace steppe::geodata
