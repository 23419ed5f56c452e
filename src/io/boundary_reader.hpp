#pragma once
// Reads administrative boundaries from any vector format GDAL/OGR reads
// (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, TopoJSON, ...) into Regions:
// fields auto-detected or named by the user, text decoded to UTF-8 (GBK
// detected), any CRS reprojected to WGS84 lon/lat, invalid rings repaired.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/region.hpp"

namespace steppe {

struct BoundaryReadOptions {
  std::filesystem::path path;
  std::string layer;                 // empty = first layer
  std::string code_field, name_field, name_en_field, parent_field; // empty = auto-detect
  std::string geometry_field;        // a CSV's WKT column (empty: WKT, else detected), or a geometry field
  std::optional<Level> level;        // empty = from a `level` field, else guessed from codes
                                     // (xx0000 region, xxxx00 league, else banner)
  std::string encoding;              // empty = auto (UTF-8, or .cpg, or detect GBK); e.g. "GBK"
  bool gcj02 = false;                // the file's lon/lat are GCJ-02: convert them to WGS84 (core/gcj02)
  bool geodesic_areas = true;        // false: area_km2 stays 0 (a render never shows it,
                                     // and it costs ~0.13 s for the built-in atlas)
};

struct BoundaryReadResult {
  std::vector<Region> regions; // in file order, area_km2 filled (if asked for)
  std::vector<std::string> warnings;
  std::string format_note;     // BoundarySource::format_note(): "" for formats GDAL reads as they are
};

// Throws steppe::Error naming the file (and layer/field/row) and what to do.
BoundaryReadResult read_boundaries(const BoundaryReadOptions& options);

} // namespace steppe
