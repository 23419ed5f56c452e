#pragma once
// Helpers for io tests: a temporary folder, and vector files written through
// GDAL at test time (no binary fixtures in the repository).
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "io/gdal_handles.hpp"

namespace steppe::test {

class TempDir {
public:
  explicit TempDir(const std::string& tag) {
    std::random_device rd;
    path_ = std::filesystem::path(STEPPE_TEST_OUTPUT_DIR) /
            ("io-" + tag + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
  std::filesystem::path path_;
};

struct TestFeature {
  std::vector<std::string> values; // one per field, UTF-8
  std::string wkt;                 // "" = no geometry
};

struct TestLayer {
  std::string name = "boundaries";
  std::vector<std::string> fields;
  std::vector<TestFeature> features;
  int epsg = 4326;                       // 0 = no CRS
  OGRwkbGeometryType type = wkbUnknown;
  std::vector<std::string> options;      // layer creation options, e.g. "ENCODING=CP936"
};

// Writes `layers` to `path` with the GDAL driver `driver` ("GPKG", "ESRI Shapefile", ...).
inline void write_vector(const std::filesystem::path& path, const char* driver_name,
                         const std::vector<TestLayer>& layers) {
  gdal::ensure_registered();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name);
  if (driver == nullptr) throw std::runtime_error(std::string("no GDAL driver ") + driver_name);
  gdal::DatasetPtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("cannot create " + path.string());
  for (const TestLayer& spec : layers) {
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (spec.epsg != 0) srs.importFromEPSG(spec.epsg);
    std::vector<const char*> options;
    for (const std::string& o : spec.options) options.push_back(o.c_str());
    options.push_back(nullptr);
    OGRLayer* layer = ds->CreateLayer(spec.name.c_str(), spec.epsg != 0 ? &srs : nullptr, spec.type,
                                      const_cast<char**>(options.data()));
    if (layer == nullptr) throw std::runtime_error("cannot create layer in " + path.string());
    for (const std::string& field : spec.fields) {
      OGRFieldDefn defn(field.c_str(), OFTString);
      layer->CreateField(&defn);
    }
    for (const TestFeature& row : spec.features) {
      gdal::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      for (std::size_t i = 0; i < row.values.size(); ++i) {
        feature->SetField(static_cast<int>(i), row.values[i].c_str());
      }
      if (!row.wkt.empty()) {
        OGRGeometry* geometry = nullptr;
        OGRGeometryFactory::createFromWkt(row.wkt.c_str(), nullptr, &geometry);
        if (geometry == nullptr) throw std::runtime_error("bad test WKT " + row.wkt);
        feature->SetGeometryDirectly(geometry);
      }
      if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
        throw std::runtime_error("cannot write a feature to " + path.string());
      }
    }
  }
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A lon/lat rectangle as WKT.
inline std::string box_wkt(double x0, double y0, double x1, double y1) {
  auto p = [](double x, double y) { return std::to_string(x) + " " + std::to_string(y); };
  return "POLYGON ((" + p(x0, y0) + "," + p(x1, y0) + "," + p(x1, y1) + "," + p(x0, y1) + "," +
         p(x0, y0) + "))";
}

} // namespace steppe::test
