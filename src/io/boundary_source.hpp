#pragma once
// One layer of a vector file opened through GDAL/OGR for reading boundaries:
// lists its fields, then reads chosen fields as raw text and every polygon in
// WGS84 lon/lat. Knows nothing about codes or levels (boundary_reader does).
#include <filesystem>
#include <memory>
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
  // Web-map JSON GDAL cannot read (DataV arrays, ECharts UTF8Encoding) is
  // converted first (io/web_map_json). `geometry_field` names the geometry:
  // in a CSV, the column of WKT polygons (empty: the column named WKT, else
  // the first whose values are WKT polygons); in other formats, one of the
  // layer's geometry fields (empty: the first).
  BoundarySource(const std::filesystem::path& path, const std::string& layer, bool raw_text,
                 const std::string& geometry_field = "");
  ~BoundarySource();
  BoundarySource(const BoundarySource&) = delete;
  BoundarySource& operator=(const BoundarySource&) = delete;

  const std::vector<std::string>& field_names() const { return field_names_; }
  // Index of a field by exact name, else case-insensitive; -1 when absent.
  int field_index(const std::string& name) const;
  // True when the format promises UTF-8 text (GeoJSON, GeoPackage, a Shapefile with .cpg).
  bool declares_utf8() const;
  // "file.shp" or "file.gpkg (layer "banners")" for messages.
  const std::string& label() const { return label_; }
  // How the file was read when it is not a format GDAL reads directly:
  // "ECharts map JSON (UTF8Encoding decoded)", "CSV, geometry from column \"geom\""; else "".
  const std::string& format_note() const { return format_note_; }

  // Reads every feature with a polygon. Fields with index -1 read as "".
  // Throws steppe::Error for an empty layer or one without polygons; adds
  // warnings for a missing CRS and for skipped non-polygon features.
  std::vector<SourceFeature> read(const std::vector<int>& fields, std::vector<std::string>& warnings);

private:
  gdal::TransformPtr make_transform(std::vector<std::string>& warnings) const;
  void open(const std::string& open_path, const char* const* drivers, const char* const* open_options,
            const std::string& converted_from);
  void use_geometry_field(const std::string& open_path, const std::string& geometry_field);

  struct MemoryFile; // a converted file under /vsimem, removed after the dataset closes
  std::filesystem::path path_;
  std::unique_ptr<MemoryFile> memory_file_; // declared before dataset_: outlives it
  gdal::DatasetPtr dataset_;
  OGRLayer* layer_ = nullptr; // owned by dataset_
  int geometry_index_ = 0; // which geometry field read() takes
  std::vector<std::string> field_names_;
  std::string label_;
  std::string format_note_;
};

} // namespace steppe
