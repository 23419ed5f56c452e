#pragma once
// One layer of a vector file opened through GDAL/OGR for reading boundaries:
// lists its fields, then reads chosen fields as raw text and every polygon in
// WGS84 lon/lat. Knows nothing about codes or levels (boundary_reader does).
#include <filesystem>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "io/gdal_handles.hpp"

namespace steppe {

struct SourceFeature {
  long long row = 0;              // 1-based position in the layer
  std::vector<std::string> texts; // raw bytes of the requested fields ("" when null)
  MultiPolygon lonlat;
  bool repaired = false;          // invalid rings fixed by MakeValid()
};

class BoundarySource {
public:
  // Opens `path` (throws steppe::Error naming it when missing or not vector
  // data) and picks `layer` (empty = the first). With `raw_text`, formats that
  // would recode text themselves (Shapefile with .cpg) hand over raw bytes.
  BoundarySource(const std::filesystem::path& path, const std::string& layer, bool raw_text);

  const std::vector<std::string>& field_names() const { return field_names_; }
  // Index of a field by exact name, else case-insensitive; -1 when absent.
  int field_index(const std::string& name) const;
  // True when the format promises UTF-8 text (GeoJSON, GeoPackage, a Shapefile with .cpg).
  bool declares_utf8() const;
  // "file.shp" or "file.gpkg (layer "banners")" for messages.
  const std::string& label() const { return label_; }

  // Reads every feature with a polygon. Fields with index -1 read as "".
  // Throws steppe::Error for an empty layer or one without polygons; adds
  // warnings for a missing CRS and for skipped non-polygon features.
  std::vector<SourceFeature> read(const std::vector<int>& fields, std::vector<std::string>& warnings);

private:
  gdal::TransformPtr make_transform(std::vector<std::string>& warnings) const;

  std::filesystem::path path_;
  gdal::DatasetPtr dataset_;
  OGRLayer* layer_ = nullptr; // owned by dataset_
  std::vector<std::string> field_names_;
  std::string label_;
};

} // namespace steppe
