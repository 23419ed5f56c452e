// Every bad input is a steppe::Error naming the file and saying what to do.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "io/boundary_reader.hpp"
#include "boundary_test_files.hpp"

using namespace steppe;
using Catch::Contains;
using steppe::test::box_wkt;
using steppe::test::TempDir;
using steppe::test::TestLayer;

namespace {

BoundaryReadOptions at(const std::filesystem::path& path) {
  BoundaryReadOptions options;
  options.path = path;
  return options;
}

TestLayer two_banners() {
  TestLayer layer;
  layer.fields = {"code", "name"};
  layer.features = {{{"150581", "霍林郭勒市"}, box_wkt(119, 45, 120, 46)},
                    {{"150502", "科尔沁区"}, box_wkt(122, 43, 123, 44)}};
  return layer;
}

} // namespace

TEST_CASE("a missing file is named", "[boundary][errors]") {
  TempDir dir("missing");
  CHECK_THROWS_WITH(read_boundaries(at(dir / "nowhere.geojson")),
                    Contains("nowhere.geojson") && Contains("file not found"));
}

TEST_CASE("a file that is not vector data is named", "[boundary][errors]") {
  TempDir dir("notvector");
  test::write_text(dir / "notes.dat", "hello, this is not a map\n");
  CHECK_THROWS_WITH(read_boundaries(at(dir / "notes.dat")),
                    Contains("notes.dat") && Contains("not vector data") && Contains("GeoPackage"));
}

TEST_CASE("a layer of points has no polygons", "[boundary][errors]") {
  TempDir dir("points");
  TestLayer layer;
  layer.fields = {"code", "name"};
  layer.features = {{{"150100", "呼和浩特市"}, "POINT (111.7 40.8)"},
                    {{"150200", "包头市"}, "POINT (109.8 40.6)"}};
  test::write_vector(dir / "capitals.gpkg", "GPKG", {layer});
  CHECK_THROWS_WITH(read_boundaries(at(dir / "capitals.gpkg")),
                    Contains("capitals.gpkg") && Contains("has no polygons") &&
                        Contains("2 Point"));
}

TEST_CASE("an empty layer is named", "[boundary][errors]") {
  TempDir dir("empty");
  TestLayer layer;
  layer.fields = {"code", "name"};
  layer.type = wkbPolygon;
  test::write_vector(dir / "empty.gpkg", "GPKG", {layer});
  CHECK_THROWS_WITH(read_boundaries(at(dir / "empty.gpkg")),
                    Contains("empty.gpkg") && Contains("empty"));
}

TEST_CASE("features without geometry are skipped with a warning naming the rows",
          "[boundary][errors]") {
  TempDir dir("nogeom");
  TestLayer layer = two_banners();
  layer.features.push_back({{"150523", "开鲁县"}, ""});
  test::write_vector(dir / "partial.gpkg", "GPKG", {layer});
  const BoundaryReadResult read = read_boundaries(at(dir / "partial.gpkg"));
  CHECK(read.regions.size() == 2);
  REQUIRE(read.warnings.size() == 1);
  CHECK_THAT(read.warnings[0], Contains("partial.gpkg") && Contains("skipped 1") &&
                                   Contains("rows 3"));
}

TEST_CASE("unknown field names list the fields that exist", "[boundary][errors]") {
  TempDir dir("fields");
  test::write_vector(dir / "b.gpkg", "GPKG", {two_banners()});
  BoundaryReadOptions options = at(dir / "b.gpkg");
  options.name_field = "NAME_CHN";
  CHECK_THROWS_WITH(read_boundaries(options),
                    Contains("b.gpkg") && Contains("\"NAME_CHN\"") && Contains("--name-field") &&
                        Contains("code, name"));
  options.name_field.clear();
  options.code_field = "GB";
  CHECK_THROWS_WITH(read_boundaries(options), Contains("\"GB\"") && Contains("--code-field"));
}

TEST_CASE("without a recognisable code or name field the user is asked to name one",
          "[boundary][errors]") {
  TempDir dir("nofields");
  TestLayer layer;
  layer.fields = {"QHDM", "MC"};
  layer.features = {{{"150581", "霍林郭勒市"}, box_wkt(119, 45, 120, 46)}};
  test::write_vector(dir / "pinyin.gpkg", "GPKG", {layer});
  CHECK_THROWS_WITH(read_boundaries(at(dir / "pinyin.gpkg")),
                    Contains("pinyin.gpkg") && Contains("QHDM, MC") && Contains("--code-field"));
  BoundaryReadOptions options = at(dir / "pinyin.gpkg");
  options.code_field = "QHDM";
  CHECK_THROWS_WITH(read_boundaries(options), Contains("--name-field"));
  options.name_field = "MC";
  CHECK(read_boundaries(options).regions.at(0).name_zh == "霍林郭勒市");
}

TEST_CASE("duplicate codes name the code and both rows", "[boundary][errors]") {
  TempDir dir("dup");
  TestLayer layer = two_banners();
  layer.features.push_back({{"150581", "霍林郭勒市（飞地）"}, box_wkt(121, 45, 121.5, 45.5)});
  test::write_vector(dir / "dup.geojson", "GeoJSON", {layer});
  CHECK_THROWS_WITH(read_boundaries(at(dir / "dup.geojson")),
                    Contains("dup.geojson") && Contains("\"150581\"") &&
                        Contains("rows 1 and 3"));
}

TEST_CASE("a code that tells no level asks for --level", "[boundary][errors]") {
  TempDir dir("level");
  TestLayer layer;
  layer.fields = {"code", "name"};
  layer.features = {{{"B-07", "某旗"}, box_wkt(110, 40, 111, 41)}};
  test::write_vector(dir / "custom.gpkg", "GPKG", {layer});
  CHECK_THROWS_WITH(read_boundaries(at(dir / "custom.gpkg")),
                    Contains("custom.gpkg") && Contains("row 1") && Contains("\"B-07\"") &&
                        Contains("--level"));
  TestLayer bad_level;
  bad_level.fields = {"code", "name", "level"};
  bad_level.features = {{{"150581", "霍林郭勒市", "county-level city"}, box_wkt(119, 45, 120, 46)}};
  test::write_vector(dir / "levels.gpkg", "GPKG", {bad_level});
  CHECK_THROWS_WITH(read_boundaries(at(dir / "levels.gpkg")),
                    Contains("levels.gpkg") && Contains("county-level city") &&
                        Contains("region, league or banner"));
}

TEST_CASE("an unknown layer lists the layers", "[boundary][errors]") {
  TempDir dir("layer");
  TestLayer layer = two_banners();
  layer.name = "banners";
  test::write_vector(dir / "one.gpkg", "GPKG", {layer});
  BoundaryReadOptions options = at(dir / "one.gpkg");
  options.layer = "leagues";
  CHECK_THROWS_WITH(read_boundaries(options),
                    Contains("one.gpkg") && Contains("\"leagues\"") && Contains("banners"));
}

TEST_CASE("projected coordinates without a CRS are refused, not drawn in the sea",
          "[boundary][errors]") {
  TempDir dir("utm-nocrs");
  TestLayer layer;
  layer.epsg = 0;
  layer.fields = {"code", "name"};
  layer.features = {{{"150581", "霍林郭勒市"}, box_wkt(500000, 5000000, 510000, 5010000)}};
  test::write_vector(dir / "utm.fgb", "FlatGeobuf", {layer});
  CHECK_THROWS_WITH(read_boundaries(at(dir / "utm.fgb")),
                    Contains("utm.fgb") && Contains("no CRS") && Contains("EPSG:4326"));
}

TEST_CASE("text that is neither UTF-8 nor GBK names the row and field", "[boundary][errors]") {
  TempDir dir("badtext");
  // A lone GBK lead byte at the end of the name: invalid in both encodings.
  test::write_text(dir / "bad.geojson",
                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                   "\"properties\":{\"code\":\"150581\",\"name\":\"\xbb\xf4\xc1\"},"
                   "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                   "[[[119,45],[120,45],[120,46],[119,45]]]}}]}");
  CHECK_THROWS_WITH(read_boundaries(at(dir / "bad.geojson")),
                    Contains("bad.geojson") && Contains("row 1") && Contains("\"name\"") &&
                        Contains("--encoding"));
}

TEST_CASE("an unknown encoding name is refused before reading", "[boundary][errors]") {
  TempDir dir("badenc");
  test::write_vector(dir / "b.gpkg", "GPKG", {two_banners()});
  BoundaryReadOptions options = at(dir / "b.gpkg");
  options.encoding = "KLINGON";
  CHECK_THROWS_WITH(read_boundaries(options),
                    Contains("b.gpkg") && Contains("\"KLINGON\"") && Contains("GBK"));
}
