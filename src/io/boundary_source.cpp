#include "io/boundary_source.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <cctype>
#include <map>
#include <system_error>

#include "core/error.hpp"
#include "io/boundary_geometry.hpp"
#include "io/input_file.hpp"
#include "io/text_encoding.hpp"
#include "io/web_map_json.hpp"

namespace steppe {

namespace {

constexpr const char* kFormats = "GeoJSON, GeoPackage, Shapefile, FlatGeobuf or TopoJSON";

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Field names as UTF-8 for matching and messages (a raw GBK .dbf has GBK names).
std::string readable_name(const char* raw) {
  std::string name(raw);
  if (is_valid_utf8(name)) return name;
  if (auto gbk = to_utf8(name, "CP936")) return *gbk;
  return name;
}

std::string join_rows(const std::vector<long long>& rows) {
  std::string out;
  const std::size_t shown = std::min<std::size_t>(rows.size(), 10);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += ", ";
    out += std::to_string(rows[i]);
  }
  if (rows.size() > shown) out += ", … (" + std::to_string(rows.size()) + " in all)";
  return out;
}

bool is_lonlat(const MultiPolygon& shape) {
  const Bounds b = bounds_of(shape);
  return !b.valid() || (b.min_x >= -180.0 && b.max_x <= 360.0 && b.min_y >= -90.0 && b.max_y <= 90.0);
}

// The first vertex that is not a finite longitude/latitude, if any.
std::optional<Vec2> first_off_earth(const MultiPolygon& shape) {
  for (const Polygon& polygon : shape) {
    auto bad = [](const Vec2& p) {
      return !std::isfinite(p.x) || !std::isfinite(p.y) || p.x < -180.0 || p.x > 360.0 || p.y < -90.0 || p.y > 90.0;
    };
    for (const Vec2& p : polygon.outer) {
      if (bad(p)) return p;
    }
    for (const auto& hole : polygon.holes) {
      for (const Vec2& p : hole) {
        if (bad(p)) return p;
      }
    }
  }
  return std::nullopt;
}

} // namespace

struct BoundarySource::MemoryFile {
  std::string data;
  std::string path;
  explicit MemoryFile(std::string text) : data(std::move(text)) {
    static std::atomic<unsigned> counter{0};
    path = "/vsimem/steppe-web-map-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".geojson";
    VSILFILE* f = VSIFileFromMemBuffer(path.c_str(), reinterpret_cast<GByte*>(data.data()),
                                       static_cast<vsi_l_offset>(data.size()), FALSE);
    if (f == nullptr) throw Error("could not make the in-memory file " + path);
    VSIFCloseL(f);
  }
  ~MemoryFile() { VSIUnlink(path.c_str()); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
};

BoundarySource::~BoundarySource() = default;

void BoundarySource::open(const std::string& open_path, const char* const* drivers,
                          const char* const* open_options, const std::string& converted_from) {
  gdal::ErrorCapture capture;
  dataset_.reset(GDALDataset::Open(open_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, open_options));
  if (!dataset_) {
    const std::string why = capture.last_error();
    if (!converted_from.empty()) {
      throw Error(path_.string() + ": read as a " + converted_from + ", but GDAL could not read the result" +
                  (why.empty() ? std::string() : " (" + why + ")") + "; check the file, or give a plain GeoJSON file");
    }
    throw Error(path_.string() + ": not vector data GDAL can read" +
                (why.empty() ? std::string() : " (" + why + ")") + "; give a " + kFormats + " file");
  }
}

BoundarySource::BoundarySource(const std::filesystem::path& path, const std::string& layer,
                               bool raw_text, const std::string& geometry_field)
    : path_(path) {
  gdal::ensure_registered();
  check_gdal_input(path.string(), InputKind::Boundary);
  gdal::check_vrt_sources(path.c_str());
  std::string open_path = path.string();
  if (std::optional<WebMapGeoJson> web = read_web_map_json(path)) {
    memory_file_ = std::make_unique<MemoryFile>(std::move(web->geojson));
    open_path = memory_file_->path;
    static const char* const geojson_only[] = {"GeoJSON", nullptr};
    format_note_ = std::string(to_string(web->format)) +
                   (web->format == WebMapFormat::DataVArray ? "" : ", compressed coordinates decoded");
    open(open_path, geojson_only, nullptr, std::string(to_string(web->format)));
  } else {
    open(open_path, gdal::local_vector_drivers(), nullptr, "");
  }
  GDALDriver* driver = dataset_->GetDriver();
  if (raw_text && driver != nullptr && std::string(driver->GetDescription()) == "ESRI Shapefile") {
    // ENCODING="" stops the driver recoding by .cpg, so the user's encoding applies.
    const char* const open_options[] = {"ENCODING=", nullptr};
    open(open_path, gdal::local_vector_drivers(), open_options, "");
  }
  const int layer_count = dataset_->GetLayerCount();
  if (layer_count == 0) {
    throw Error(path.string() + ": contains no vector layers; give a " + kFormats + " file");
  }
  if (layer.empty()) {
    layer_ = dataset_->GetLayer(0);
  } else {
    layer_ = dataset_->GetLayerByName(layer.c_str());
    if (layer_ == nullptr) {
      std::string names;
      for (int i = 0; i < layer_count; ++i) {
        names += (i > 0 ? ", " : "") + std::string(dataset_->GetLayer(i)->GetName());
      }
      throw Error(path.string() + ": has no layer \"" + layer + "\"; its layers are: " + names);
    }
  }
  label_ = path.string();
  if (layer_count > 1 || !layer.empty()) label_ += " (layer \"" + std::string(layer_->GetName()) + "\")";
  use_geometry_field(open_path, geometry_field);
  OGRFeatureDefn* defn = layer_->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    field_names_.push_back(readable_name(defn->GetFieldDefn(i)->GetNameRef()));
  }
}

namespace {

bool is_wkt_polygon(std::string text) {
  const std::size_t start = text.find_first_not_of(" \t\"");
  if (start == std::string::npos) return false;
  text.erase(0, start);
  if (text.size() > 5 && iequals(std::string_view(text).substr(0, 5), "SRID=")) {
    const std::size_t semicolon = text.find(';');
    if (semicolon == std::string::npos) return false;
    text.erase(0, semicolon + 1);
  }
  const auto starts = [&](std::string_view word) {
    return text.size() >= word.size() && iequals(std::string_view(text).substr(0, word.size()), word);
  };
  return starts("MULTIPOLYGON") || starts("POLYGON");
}

// The first column of a CSV whose values (in the first 20 rows) are WKT polygons.
std::string wkt_column(OGRLayer& layer) {
  OGRFeatureDefn* defn = layer.GetLayerDefn();
  layer.ResetReading();
  std::string found;
  int rows = 0;
  for (gdal::FeaturePtr feature(layer.GetNextFeature()); feature && found.empty() && rows < 20;
       feature.reset(layer.GetNextFeature()), ++rows) {
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      if (feature->IsFieldSetAndNotNull(i) && is_wkt_polygon(feature->GetFieldAsString(i))) {
        found = defn->GetFieldDefn(i)->GetNameRef();
        break;
      }
    }
  }
  layer.ResetReading();
  return found;
}

} // namespace

void BoundarySource::use_geometry_field(const std::string& open_path, const std::string& geometry_field) {
  GDALDriver* driver = dataset_->GetDriver();
  OGRFeatureDefn* defn = layer_->GetLayerDefn();
  if (driver != nullptr && std::string(driver->GetDescription()) == "CSV") {
    std::string column = geometry_field;
    if (column.empty()) {
      if (defn->GetGeomFieldCount() > 0) return; // a column named WKT: GDAL took it
      column = wkt_column(*layer_);
      if (column.empty()) return;                // read() says there are no polygons
    } else if (defn->GetFieldIndex(column.c_str()) < 0) {
      std::string names;
      for (int i = 0; i < defn->GetFieldCount(); ++i) {
        names += (i > 0 ? ", " : "") + readable_name(defn->GetFieldDefn(i)->GetNameRef());
      }
      throw Error(label_ + ": has no column \"" + column + "\" (given with --geometry-field); its columns are: " +
                  names);
    }
    const std::string names_option = "GEOM_POSSIBLE_NAMES=" + column;
    const char* const options[] = {names_option.c_str(), "KEEP_GEOM_COLUMNS=NO", nullptr};
    static const char* const csv_only[] = {"CSV", nullptr};
    open(open_path, csv_only, options, "");
    layer_ = dataset_->GetLayer(0);
    format_note_ = "CSV, polygons from the WKT column \"" + readable_name(column.c_str()) + "\"";
    return;
  }
  if (geometry_field.empty()) return;
  const int index = defn->GetGeomFieldIndex(geometry_field.c_str());
  if (index < 0) {
    std::string names;
    for (int i = 0; i < defn->GetGeomFieldCount(); ++i) {
      const char* name = defn->GetGeomFieldDefn(i)->GetNameRef();
      names += (i > 0 ? ", " : "") + std::string(name != nullptr && *name != '\0' ? name : "(unnamed)");
    }
    throw Error(label_ + ": has no geometry field \"" + geometry_field + "\" (given with --geometry-field); " +
                (names.empty() ? std::string("it has no geometry fields") : "its geometry fields are: " + names));
  }
  geometry_index_ = index;
}

int BoundarySource::field_index(const std::string& name) const {
  for (std::size_t i = 0; i < field_names_.size(); ++i) {
    if (field_names_[i] == name) return static_cast<int>(i);
  }
  for (std::size_t i = 0; i < field_names_.size(); ++i) {
    if (iequals(field_names_[i], name)) return static_cast<int>(i);
  }
  return -1;
}

bool BoundarySource::declares_utf8() const {
  return layer_->TestCapability(OLCStringsAsUTF8) != 0;
}

gdal::TransformPtr BoundarySource::make_transform(std::vector<std::string>& warnings) const {
  const OGRSpatialReference* source = layer_->GetSpatialRef();
  if (source == nullptr) {
    GDALDriver* driver = dataset_->GetDriver();
    if (driver != nullptr && std::string(driver->GetDescription()) == "TopoJSON") {
      return nullptr; // the TopoJSON specification fixes lon/lat; GDAL reports no CRS
    }
    warnings.push_back(label_ +
                       ": has no CRS (no .prj or CRS tag); its coordinates are taken as WGS84 "
                       "longitude/latitude. Add the CRS to the file if that is wrong");
    return nullptr;
  }
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = lon, y = lat
  gdal::ErrorCapture capture;
  gdal::TransformPtr transform(OGRCreateCoordinateTransformation(source, &wgs84));
  if (!transform) {
    const char* name = source->GetName();
    throw Error(label_ + ": its CRS \"" + (name != nullptr ? name : "unnamed") +
                "\" cannot be transformed to WGS84 longitude/latitude (" + capture.last_error() +
                "); reproject the file first, e.g. ogr2ogr -t_srs EPSG:4326");
  }
  return transform;
}

std::vector<SourceFeature> BoundarySource::read(const std::vector<int>& fields,
                                                std::vector<std::string>& warnings) {
  gdal::TransformPtr transform = make_transform(warnings);
  const bool has_crs = layer_->GetSpatialRef() != nullptr;
  std::vector<SourceFeature> out;
  std::map<std::string, long long> other_geometries; // type name -> count
  std::vector<long long> skipped_rows;
  long long row = 0;
  gdal::ErrorCapture capture; // GDAL's complaints while reading become warnings
  layer_->ResetReading();
  for (gdal::FeaturePtr feature(layer_->GetNextFeature()); feature;
       feature.reset(layer_->GetNextFeature())) {
    ++row;
    const OGRGeometry* geometry = feature->GetGeomFieldRef(geometry_index_);
    if (geometry == nullptr || geometry->IsEmpty()) {
      skipped_rows.push_back(row);
      ++other_geometries["no geometry"];
      continue;
    }
    if (!is_polygonal(*geometry)) {
      skipped_rows.push_back(row);
      ++other_geometries[OGRGeometryTypeToName(geometry->getGeometryType())];
      continue;
    }
    SourceFeature f;
    f.row = row;
    try {
      LonLatPolygons polygons = to_lonlat_polygons(*geometry, transform.get());
      f.lonlat = std::move(polygons.shape);
      f.repaired = polygons.repaired;
    } catch (const Error& e) {
      throw Error(label_ + ": row " + std::to_string(row) + ": " + e.what());
    }
    if (f.lonlat.empty()) { // only slivers were left
      skipped_rows.push_back(row);
      ++other_geometries["degenerate polygon"];
      continue;
    }
    if (!has_crs && !is_lonlat(f.lonlat)) {
      const Vec2 p = f.lonlat.front().outer.front();
      throw Error(label_ + ": has no CRS and its coordinates (e.g. " + std::to_string(p.x) + ", " +
                  std::to_string(p.y) +
                  " in row " + std::to_string(row) +
                  ") are not longitude/latitude; add the CRS (e.g. a .prj file) or reproject "
                  "it to EPSG:4326");
    }
    if (const std::optional<Vec2> bad = first_off_earth(f.lonlat)) {
      throw Error(label_ + ": row " + std::to_string(row) + ": the point (" + std::to_string(bad->x) + ", " +
                  std::to_string(bad->y) +
                  ") is not on Earth (longitude -180..360, latitude -90..90); check the coordinates, "
                  "or the file's CRS if they are not longitude/latitude");
    }
    for (int index : fields) {
      f.texts.emplace_back(index >= 0 && feature->IsFieldSetAndNotNull(index)
                               ? feature->GetFieldAsString(index)
                               : "");
    }
    out.push_back(std::move(f));
  }
  if (row == 0) {
    throw Error(label_ + ": the layer is empty (no features); give a layer with one polygon per region");
  }
  std::string found;
  for (const auto& [type, count] : other_geometries) {
    found += (found.empty() ? "" : ", ") + std::to_string(count) + " " + type;
  }
  if (out.empty()) {
    const GDALDriver* driver = dataset_->GetDriver();
    const bool csv = driver != nullptr && std::string(driver->GetDescription()) == "CSV";
    throw Error(label_ + ": has no polygons (found " + found +
                "); steppe needs polygon boundaries, one feature per region" +
                (csv ? std::string("; in a CSV, a column of WKT polygons (POLYGON((…)) or MULTIPOLYGON(…)), "
                                   "named with --geometry-field")
                     : std::string()));
  }
  if (!skipped_rows.empty()) {
    warnings.push_back(label_ + ": skipped " + std::to_string(skipped_rows.size()) +
                       " features without a polygon (" + found + "; rows " +
                       join_rows(skipped_rows) + ")");
  }
  std::vector<std::string> seen;
  auto pass_on = [&](const std::vector<std::string>& messages, const char* kind) {
    for (const std::string& m : messages) {
      if (std::find(seen.begin(), seen.end(), m) != seen.end() || seen.size() >= 5) continue;
      seen.push_back(m);
      warnings.push_back(label_ + ": GDAL " + kind + ": " + m);
    }
  };
  pass_on(capture.errors(), "error");
  pass_on(capture.warnings(), "warning");
  return out;
}

} // namespace steppe
