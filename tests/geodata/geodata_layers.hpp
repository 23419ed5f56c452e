#pragma once
// Test helpers: the committed geodata/*.geojson read directly through OGR.
#include <ogrsf_frmts.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace steppe::geodata_test {

struct Feature {
  std::map<std::string, std::string> props;
  std::vector<std::string> field_names; // in file order
  std::unique_ptr<OGRGeometry> geom;
};

// Reads STEPPE_SOURCE_ROOT/geodata/<name>.geojson (cached per process).
const std::vector<Feature>& layer(const std::string& name);

const Feature* find(const std::vector<Feature>& features, const std::string& code);

MultiPolygon to_multipolygon(const OGRGeometry& g);
// Ellipsoidal area in km² via steppe::geodesic_area_km2.
double area_km2(const OGRGeometry& g);

// Number of polygons and holes of a Polygon/MultiPolygon.
int polygon_count(const OGRGeometry& g);
int hole_count(const OGRGeometry& g);

} // namespace steppe::geodata_test
