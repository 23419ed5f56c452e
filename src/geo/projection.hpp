#pragma once
// A non-copyable, movable PROJ transformation from geographic WGS84/CGCS2000
// longitude/latitude to a display CRS. Owns its PJ_CONTEXT; throws steppe::Error.
#include <memory>
#include <string>

#include "core/geometry.hpp"

namespace steppe {

class Projection {
public:
  // The default display CRS for Inner Mongolia: Albers equal-area conic,
  // standard parallels 40°N and 50.5°N (1/6 and 5/6 of the region's 37.4–53.3°N
  // span), central meridian 111.5°E, on the CGCS2000/GRS80 ellipsoid.
  // Equal-area because choropleths compare regions by the colour of their area.
  static constexpr const char* kDefaultDefinition =
      "+proj=aea +lat_0=44 +lat_1=40 +lat_2=50.5 +lon_0=111.5 +x_0=0 +y_0=0 "
      "+ellps=GRS80 +units=m +no_defs +type=crs";

  // Any CRS PROJ understands: "EPSG:32649", a PROJ string, WKT.
  explicit Projection(const std::string& target_crs = kDefaultDefinition);
  ~Projection();
  Projection(Projection&&) noexcept;
  Projection& operator=(Projection&&) noexcept;
  Projection(const Projection&) = delete;
  Projection& operator=(const Projection&) = delete;

  Vec2 forward(Vec2 lonlat) const; // degrees -> CRS units (metres)
  Vec2 inverse(Vec2 xy) const;     // CRS units -> degrees
  MultiPolygon forward(const MultiPolygon& lonlat) const;

  const std::string& definition() const { return definition_; }
  // Human-readable CRS name from PROJ, e.g. "unknown" or "WGS 84 / UTM zone 49N".
  std::string name() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string definition_;
};

// True ellipsoidal area on WGS84 of a lon/lat shape, in km² (geodesic, via PROJ's geod).
double geodesic_area_km2(const MultiPolygon& lonlat);

} // namespace steppe
