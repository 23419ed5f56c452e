#pragma once
// GCJ-02, the obfuscated datum Chinese web maps (Amap/高德, Tencent, DataV,
// most npm map packages) publish coordinates in: WGS84 shifted by a smooth,
// deliberately non-linear offset of about 100–700 m. The forward formula is
// the one published in many open-source converters (Krasovsky ellipsoid
// constants); the inverse is found by iteration (to well under a millimetre).
// Outside mainland China the web maps do not shift, and neither does this.
#include "core/geometry.hpp"

namespace steppe {

// Whether (lon, lat) lies in the rough box the shift is applied in.
bool in_gcj02_area(Vec2 lonlat);

// WGS84 lon/lat -> GCJ-02 lon/lat (unchanged outside the area).
Vec2 gcj02_from_wgs84(Vec2 lonlat);

// GCJ-02 lon/lat -> WGS84 lon/lat (unchanged outside the area).
Vec2 wgs84_from_gcj02(Vec2 lonlat);

// Every vertex converted from GCJ-02 to WGS84.
MultiPolygon wgs84_from_gcj02(const MultiPolygon& shape);
MultiPolygon gcj02_from_wgs84(const MultiPolygon& shape);

} // namespace steppe
