// Reading boundaries from every format GDAL writes or reads, with auto-detected
// and user-named fields, any CRS and any text encoding.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/error.hpp"
#include "geo/projection.hpp"
#include "io/boundary_reader.hpp"
#include "boundary_test_files.hpp"

using namespace steppe;
using steppe::test::box_wkt;
using steppe::test::TempDir;
using steppe::test::TestLayer;

namespace {

bool mentions(const std::vector<std::string>& warnings, const std::string& text) {
  return std::any_of(warnings.begin(), warnings.end(),
                     [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

// 霍林郭勒市 (a county-level city of 通辽市) and 通辽市 itself, with full fields.
TestLayer holingol_layer() {
  TestLayer layer;
  layer.fields = {"code", "name_zh", "name_en", "level", "parent"};
  layer.features = {
      {{"150581", "霍林郭勒市", "Holingol", "banner", "150500"}, box_wkt(119.0, 45.0, 120.0, 46.0)},
      {{"150500", "通辽市", "Tongliao", "league", "150000"}, box_wkt(119.0, 42.0, 124.0, 46.0)},
  };
  return layer;
}

} // namespace

TEST_CASE("GeoPackage with explicit fields: names, levels, parents, areas", "[boundary]") {
  TempDir dir("gpkg");
  test::write_vector(dir / "im.gpkg", "GPKG", {holingol_layer()});
  BoundaryReadOptions options;
  options.path = dir / "im.gpkg";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 2);
  const Region& holingol = read.regions[0];
  CHECK(holingol.code == "150581");
  CHECK(holingol.name_zh == "霍林郭勒市");
  CHECK(holingol.name_en == "Holingol");
  CHECK(holingol.level == Level::Banner);
  CHECK(holingol.parent == "150500");
  CHECK(read.regions[1].level == Level::League);
  // A 1°×1° cell at 45–46°N is about 111.2 km × 78.6 km ≈ 8,740 km² on WGS84.
  CHECK(holingol.area_km2 == Approx(8740).epsilon(0.01));
  CHECK(holingol.area_km2 == Approx(geodesic_area_km2(holingol.lonlat)));
  REQUIRE(holingol.lonlat.size() == 1);
  CHECK(holingol.lonlat[0].outer.size() == 4); // closing point dropped
  CHECK(signed_area(holingol.lonlat[0].outer) > 0); // outer ring counter-clockwise
  CHECK(read.warnings.empty());
}

TEST_CASE("echarts-style GeoJSON: code from `id`, name from `name`, level and parent from the code",
          "[boundary]") {
  TempDir dir("geojson");
  test::write_text(dir / "tongliao.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","id":"150502","properties":{"name":"科尔沁区","cp":[122.2,43.6]},
     "geometry":{"type":"Polygon","coordinates":[[[122,43],[123,43],[123,44],[122,44],[122,43]]]}},
    {"type":"Feature","id":"150500","properties":{"name":"通辽市"},
     "geometry":{"type":"MultiPolygon","coordinates":[[[[119,42],[124,42],[124,46],[119,42]]],
                                                      [[[125,42],[126,42],[126,43],[125,42]]]]}},
    {"type":"Feature","id":"150000","properties":{"name":"内蒙古自治区"},
     "geometry":{"type":"Polygon","coordinates":[[[97,37],[126,37],[126,53],[97,37]]]}}]})");
  BoundaryReadOptions options;
  options.path = dir / "tongliao.geojson";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 3);
  CHECK(read.regions[0].code == "150502");
  CHECK(read.regions[0].name_zh == "科尔沁区");
  CHECK(read.regions[0].name_en.empty());
  CHECK(read.regions[0].level == Level::Banner);
  CHECK(read.regions[0].parent == "150500");
  CHECK(read.regions[1].level == Level::League);
  CHECK(read.regions[1].parent == "150000");
  CHECK(read.regions[1].lonlat.size() == 2); // both parts of the multipolygon
  CHECK(read.regions[2].level == Level::Region);
  CHECK(read.regions[2].parent.empty());
}

TEST_CASE("user-named fields and a user-given level override detection", "[boundary]") {
  TempDir dir("named");
  TestLayer layer;
  layer.fields = {"QHDM", "MC", "YWMC"}; // 区划代码, 名称, 英文名称 in pinyin initials
  layer.features = {{{"A1", "某旗", "Some Banner"}, box_wkt(110, 40, 111, 41)}};
  test::write_vector(dir / "named.fgb", "FlatGeobuf", {layer});
  BoundaryReadOptions options;
  options.path = dir / "named.fgb";
  options.code_field = "qhdm"; // case-insensitive match
  options.name_field = "MC";
  options.name_en_field = "YWMC";
  options.level = Level::League;
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 1);
  CHECK(read.regions[0].code == "A1");
  CHECK(read.regions[0].name_zh == "某旗");
  CHECK(read.regions[0].name_en == "Some Banner");
  CHECK(read.regions[0].level == Level::League);
  CHECK(read.regions[0].parent.empty()); // no parent field and not a GB code
}

TEST_CASE("a projected CRS is reprojected to lon/lat; the area stays the true area", "[boundary]") {
  // A 10 km × 10 km square in UTM zone 50N around 117°E 42°N.
  OGRSpatialReference wgs84, utm;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  utm.importFromEPSG(32650);
  utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  gdal::TransformPtr to_utm(OGRCreateCoordinateTransformation(&wgs84, &utm));
  REQUIRE(to_utm);
  double x = 117.0, y = 42.0;
  REQUIRE(to_utm->Transform(1, &x, &y));
  TestLayer layer;
  layer.epsg = 32650;
  layer.options = {"ENCODING=UTF-8"}; // the driver writes ISO-8859-1 otherwise
  layer.fields = {"adcode", "NAME"};
  layer.features = {{{"152527", "太仆寺旗"}, box_wkt(x, y, x + 10000, y + 10000)}};
  TempDir dir("utm");
  test::write_vector(dir / "utm.shp", "ESRI Shapefile", {layer});
  BoundaryReadOptions options;
  options.path = dir / "utm.shp";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 1);
  const Region& r = read.regions[0];
  CHECK(r.name_zh == "太仆寺旗");
  const Ring& ring = r.lonlat.at(0).outer;
  CHECK(std::any_of(ring.begin(), ring.end(), [](Vec2 p) {
    return std::abs(p.x - 117.0) < 1e-7 && std::abs(p.y - 42.0) < 1e-7;
  }));
  // 100 km² on the grid; UTM's scale factor at 117°E (3° off the central
  // meridian of zone 50) is about 0.99962 + 0.0011, so the true area is within 0.5 %.
  CHECK(r.area_km2 == Approx(100.0).epsilon(0.005));
  CHECK(read.warnings.empty());
}

TEST_CASE("GBK Shapefile: with .cpg, detected without it, or named by the user", "[boundary][encoding]") {
  TempDir dir("gbk");
  TestLayer layer;
  layer.fields = {"code", "name"};
  layer.options = {"ENCODING=CP936"};
  layer.features = {{{"150581", "霍林郭勒市"}, box_wkt(119, 45, 120, 46)},
                    {{"150502", "科尔沁区"}, box_wkt(122, 43, 123, 44)}};
  test::write_vector(dir / "gbk.shp", "ESRI Shapefile", {layer});
  BoundaryReadOptions options;
  options.path = dir / "gbk.shp";

  SECTION("the .cpg says CP936") {
    REQUIRE(std::filesystem::exists(dir / "gbk.cpg"));
    const BoundaryReadResult read = read_boundaries(options);
    CHECK(read.regions.at(0).name_zh == "霍林郭勒市");
    CHECK(read.regions.at(1).name_zh == "科尔沁区");
    CHECK_FALSE(mentions(read.warnings, "GBK"));
  }
  SECTION("no .cpg: GBK is detected and reported") {
    std::filesystem::remove(dir / "gbk.cpg");
    const BoundaryReadResult read = read_boundaries(options);
    CHECK(read.regions.at(0).name_zh == "霍林郭勒市");
    CHECK(read.regions.at(1).name_zh == "科尔沁区");
    CHECK(mentions(read.warnings, "read it as GBK"));
  }
  SECTION("no .cpg, the user says GBK") {
    std::filesystem::remove(dir / "gbk.cpg");
    options.encoding = "GBK";
    const BoundaryReadResult read = read_boundaries(options);
    CHECK(read.regions.at(0).name_zh == "霍林郭勒市");
    CHECK(read.warnings.empty());
  }
  SECTION("the user's encoding wins over the .cpg; a wrong one is an error naming the row") {
    options.encoding = "UTF-8";
    CHECK_THROWS_WITH(read_boundaries(options),
                      Catch::Contains("gbk.shp") && Catch::Contains("row 1") &&
                          Catch::Contains("\"name\"") && Catch::Contains("not valid UTF-8") &&
                          Catch::Contains("--encoding"));
  }
}

TEST_CASE("TopoJSON is read as lon/lat without a CRS warning", "[boundary]") {
  TempDir dir("topo");
  test::write_text(dir / "hohhot.topojson", R"({"type":"Topology","objects":{"banners":{
    "type":"GeometryCollection","geometries":[
      {"type":"Polygon","arcs":[[0]],"properties":{"code":"150102","name":"新城区","name_en":"Xincheng"}}]}},
    "arcs":[[[111.0,40.0],[112.0,40.0],[112.0,41.0],[111.0,41.0],[111.0,40.0]]]})");
  BoundaryReadOptions options;
  options.path = dir / "hohhot.topojson";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 1);
  CHECK(read.regions[0].name_zh == "新城区");
  CHECK(read.regions[0].name_en == "Xincheng");
  CHECK(read.regions[0].area_km2 == Approx(9396).epsilon(0.01)); // 1°×1° at 40–41°N
  CHECK(read.warnings.empty());
}

TEST_CASE("a file without a CRS is taken as lon/lat with a warning", "[boundary]") {
  TempDir dir("nocrs");
  TestLayer layer;
  layer.epsg = 0;
  layer.options = {"ENCODING=UTF-8"};
  layer.fields = {"code", "name"};
  layer.features = {{{"150581", "霍林郭勒市"}, box_wkt(119, 45, 120, 46)}};
  test::write_vector(dir / "nocrs.shp", "ESRI Shapefile", {layer});
  REQUIRE_FALSE(std::filesystem::exists(dir / "nocrs.prj"));
  BoundaryReadOptions options;
  options.path = dir / "nocrs.shp";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 1);
  CHECK(read.regions[0].name_zh == "霍林郭勒市");
  CHECK(bounds_of(read.regions[0].lonlat).min_x == Approx(119.0));
  CHECK(mentions(read.warnings, "nocrs.shp: has no CRS"));
}

TEST_CASE("invalid rings are repaired and reported by code", "[boundary]") {
  TempDir dir("bowtie");
  TestLayer layer;
  layer.fields = {"code", "name"};
  // A bow-tie: the ring crosses itself at (111, 41); MakeValid splits it in two triangles.
  layer.features = {{{"150102", "新城区"}, "POLYGON ((110 40,112 42,112 40,110 42,110 40))"},
                    {{"150103", "回民区"}, box_wkt(113, 40, 114, 41)}};
  test::write_vector(dir / "bowtie.gpkg", "GPKG", {layer});
  BoundaryReadOptions options;
  options.path = dir / "bowtie.gpkg";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 2);
  CHECK(read.regions[0].lonlat.size() == 2);
  for (const Polygon& p : read.regions[0].lonlat) CHECK(signed_area(p.outer) == Approx(1.0));
  CHECK(mentions(read.warnings, "of 1 regions: 150102"));
  CHECK_FALSE(mentions(read.warnings, "150103"));
}

TEST_CASE("holes are kept, oriented clockwise, and subtracted from the area", "[boundary]") {
  TempDir dir("hole");
  TestLayer layer;
  layer.fields = {"code", "name"};
  // 包头市 around an enclave; the hole is written counter-clockwise on purpose.
  layer.features = {{{"150200", "包头市"},
                     "POLYGON ((109 40,111 40,111 42,109 42,109 40),"
                     "(109.5 40.5,110.5 40.5,110.5 41.5,109.5 41.5,109.5 40.5))"}};
  test::write_vector(dir / "hole.gpkg", "GPKG", {layer});
  BoundaryReadOptions options;
  options.path = dir / "hole.gpkg";
  const Region r = read_boundaries(options).regions.at(0);
  REQUIRE(r.lonlat.at(0).holes.size() == 1);
  CHECK(signed_area(r.lonlat[0].holes[0]) < 0);
  MultiPolygon outer_only{{r.lonlat[0].outer, {}}};
  MultiPolygon hole_only{{r.lonlat[0].holes[0], {}}};
  CHECK(r.area_km2 == Approx(geodesic_area_km2(outer_only) - geodesic_area_km2(hole_only)));
  CHECK_FALSE(contains(r.lonlat, Vec2{110.0, 41.0}));
  CHECK(contains(r.lonlat, Vec2{109.2, 40.2}));
}

TEST_CASE("a named layer of a multi-layer GeoPackage", "[boundary]") {
  TempDir dir("layers");
  TestLayer points;
  points.name = "capitals";
  points.fields = {"code", "name"};
  points.features = {{{"150100", "呼和浩特市"}, "POINT (111.7 40.8)"}};
  TestLayer banners = holingol_layer();
  banners.name = "banners";
  test::write_vector(dir / "two.gpkg", "GPKG", {points, banners});
  BoundaryReadOptions options;
  options.path = dir / "two.gpkg";
  options.layer = "banners";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 2);
  CHECK(read.regions[0].name_zh == "霍林郭勒市");
}

TEST_CASE("a GeoJSON saved in GBK is detected too", "[boundary][encoding]") {
  TempDir dir("gbk-geojson");
  // 霍林郭勒市 in GBK bytes, as some older tools write GeoJSON.
  test::write_text(dir / "gbk.geojson",
                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                   "\"properties\":{\"code\":\"150581\",\"name\":\"\xbb\xf4\xc1\xd6\xb9\xf9\xc0\xd5\xca\xd0\"},"
                   "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                   "[[[119,45],[120,45],[120,46],[119,45]]]}}]}");
  BoundaryReadOptions options;
  options.path = dir / "gbk.geojson";
  const BoundaryReadResult read = read_boundaries(options);
  CHECK(read.regions.at(0).name_zh == "霍林郭勒市");
  CHECK(mentions(read.warnings, "read it as GBK"));
}

TEST_CASE("DataV-style GeoJSON: adcode, level words and parent objects", "[boundary]") {
  TempDir dir("datav");
  test::write_text(dir / "datav.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"adcode":150581,"name":"霍林郭勒市","level":"district",
      "parent":{"adcode":150500}},
     "geometry":{"type":"Polygon","coordinates":[[[119,45],[120,45],[120,46],[119,45]]]}},
    {"type":"Feature","properties":{"adcode":150500,"name":"通辽市","level":"city",
      "parent":{"adcode":150000}},
     "geometry":{"type":"Polygon","coordinates":[[[119,42],[124,42],[124,46],[119,42]]]}}]})");
  BoundaryReadOptions options;
  options.path = dir / "datav.geojson";
  const BoundaryReadResult read = read_boundaries(options);
  REQUIRE(read.regions.size() == 2);
  CHECK(read.regions[0].code == "150581");
  CHECK(read.regions[0].level == Level::Banner);
  CHECK(read.regions[0].parent == "150500");
  CHECK(read.regions[1].level == Level::League);
  CHECK(read.regions[1].parent == "150000");
}
