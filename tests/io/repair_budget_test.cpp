#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/error.hpp"
#include "io/boundary_geometry.hpp"
#include "io/boundary_reader.hpp"

namespace fs = std::filesystem;
using namespace steppe;

namespace {

// One feature whose ring jumps k steps round a circle of n points: a star
// with about n·k self-intersections (issue 16: 2,000 such vertices made
// MakeValid run for minutes and take 1.6 GB).
fs::path star_file(const std::string& name, int n, int k) {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "repair_budget";
  fs::create_directories(dir);
  const fs::path file = dir / name;
  std::ofstream out(file);
  out << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"150581","name":"x"},)"
      << R"("geometry":{"type":"Polygon","coordinates":[[)";
  for (int i = 0; i <= n; ++i) {
    const double a = 2.0 * std::numbers::pi * static_cast<double>((i * k) % n) / n;
    out << (i > 0 ? "," : "") << "[" << 119.0 + 0.5 * std::cos(a) << "," << 45.0 + 0.5 * std::sin(a) << "]";
  }
  out << "]]}}]}";
  return file;
}

} // namespace

TEST_CASE("repairing a hostile self-intersecting ring stops at the time budget", "[repair_budget][limits]") {
  BoundaryReadOptions o;
  o.path = star_file("star.geojson", 3001, 1499);
  const auto start = std::chrono::steady_clock::now();
  std::string message;
  try {
    (void)read_boundaries(o);
  } catch (const Error& e) {
    message = e.what();
  }
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(message);
  CHECK(seconds < 10.0);
  // Either GEOS was quick enough to repair it, or it was stopped with a clear message.
  if (!message.empty()) {
    CHECK(message.find("star.geojson: row 1") != std::string::npos);
    CHECK((message.find("took more than 5 s") != std::string::npos ||
           message.find("needed more than 384 MiB") != std::string::npos));
  }
}

TEST_CASE("a feature with more vertices than the cap is refused before any GEOS work", "[repair_budget][limits]") {
  // FlatGeobuf keeps the 500,000-point ring compact (16 bytes a point).
  const fs::path file = fs::path(STEPPE_TEST_OUTPUT_DIR) / "repair_budget" / "huge.fgb";
  fs::create_directories(file.parent_path());
  fs::remove(file);
  {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
    REQUIRE(driver != nullptr);
    GDALDatasetUniquePtr ds(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(ds);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    OGRLayer* layer = ds->CreateLayer("huge", &wgs84, wkbPolygon, nullptr);
    OGRFieldDefn code("code", OFTString), name("name", OFTString);
    layer->CreateField(&code);
    layer->CreateField(&name);
    OGRLinearRing ring;
    const int n = static_cast<int>(kMaxFeatureVertices) + 9;
    ring.setNumPoints(n + 1);
    for (int i = 0; i < n; ++i) {
      const double a = 2.0 * std::numbers::pi * i / n;
      ring.setPoint(i, 119.0 + 0.5 * std::cos(a), 45.0 + 0.5 * std::sin(a));
    }
    ring.setPoint(n, 119.5, 45.0);
    OGRPolygon polygon;
    polygon.addRing(&ring);
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("code", "150581");
    feature.SetField("name", "x");
    feature.SetGeometry(&polygon);
    REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
  }
  BoundaryReadOptions o;
  o.path = file;
  CHECK_THROWS_WITH(read_boundaries(o), Catch::Contains("huge.fgb: row 1") &&
                                            Catch::Contains("500010 vertices") && Catch::Contains("at most 500000"));
}
