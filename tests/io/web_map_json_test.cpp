// Boundary files as Chinese web maps hand them out: DataV/Amap bare feature
// arrays, ECharts maps with compressed coordinates (JSON and registerMap JS),
// and CSVs whose WKT column has any name. Fixtures are written by the test;
// the ECharts strings are made by an encoder written here from the format's
// definition (zigzag, delta from encodeOffsets, UTF-16 code units + 64).
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/boundary_reader.hpp"
#include "io/web_map_json.hpp"
#include "boundary_test_files.hpp"

using namespace steppe;
using steppe::test::TempDir;

namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// UTF-8 of one UTF-16 code unit (no surrogates in these tests).
std::string utf8(unsigned unit) {
  std::string out;
  if (unit < 0x80) {
    out += static_cast<char>(unit);
  } else if (unit < 0x800) {
    out += static_cast<char>(0xC0 | (unit >> 6));
    out += static_cast<char>(0x80 | (unit & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (unit >> 12));
    out += static_cast<char>(0x80 | ((unit >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (unit & 0x3F));
  }
  return out;
}

// A ring as ECharts encodes it: the string and its [x, y] offset, both in
// 1/scale degrees. JSON-escapes what must be escaped.
std::pair<std::string, std::string> encode_ring(const std::vector<std::pair<double, double>>& points, double scale) {
  long long px = std::llround(points[0].first * scale);
  long long py = std::llround(points[0].second * scale);
  const std::string offset = "[" + std::to_string(px) + "," + std::to_string(py) + "]";
  std::string text;
  long long prev_x = px, prev_y = py;
  for (const auto& [x, y] : points) {
    const long long qx = std::llround(x * scale), qy = std::llround(y * scale);
    for (long long delta : {qx - prev_x, qy - prev_y}) {
      const auto zigzag = static_cast<unsigned>((delta << 1) ^ (delta >> 63));
      const unsigned unit = zigzag + 64;
      if (unit == '"' || unit == '\\') text += '\\';
      text += utf8(unit);
    }
    prev_x = qx;
    prev_y = qy;
  }
  return {"\"" + text + "\"", offset};
}

std::vector<std::pair<double, double>> box(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; // open, as ECharts keeps rings
}

std::string echarts_feature(const std::string& id, const std::string& name,
                            const std::vector<std::pair<double, double>>& ring, double scale) {
  const auto [text, offset] = encode_ring(ring, scale);
  return R"({"id":")" + id + R"(","type":"Feature","properties":{"name":")" + name +
         R"(","cp":[0,0],"childNum":1},"geometry":{"type":"Polygon","coordinates":[)" + text +
         R"(],"encodeOffsets":[)" + offset + "]}}";
}

std::string echarts_map(double scale, bool scale_given) {
  // 霍林郭勒市 as a box 119.25..119.75 E, 45.25..45.75 N; 科尔沁区 as a multipolygon of two boxes.
  const auto [a, a_off] = encode_ring(box(122.0, 43.5, 122.5, 44.0), scale);
  const auto [b, b_off] = encode_ring(box(122.75, 43.5, 123.0, 43.75), scale);
  const std::string multi = R"({"id":"150502","type":"Feature","properties":{"name":"科尔沁区"},)"
                            R"("geometry":{"type":"MultiPolygon","coordinates":[[)" + a + "],[" + b +
                            R"(]],"encodeOffsets":[[)" + a_off + "],[" + b_off + "]]}}";
  return R"({"type":"FeatureCollection","features":[)" +
         echarts_feature("150581", "霍林郭勒市", box(119.25, 45.25, 119.75, 45.75), scale) + "," + multi + "]" +
         (scale_given ? ",\"UTF8Scale\":" + std::to_string(static_cast<int>(scale)) : std::string()) +
         R"(,"UTF8Encoding":true})";
}

const Region& by_code(const BoundaryReadResult& read, const std::string& code) {
  for (const Region& r : read.regions) {
    if (r.code == code) return r;
  }
  FAIL("no region " << code);
  throw; // not reached
}

Bounds bounds_of_region(const Region& r) { return bounds_of(r.lonlat); }

} // namespace

TEST_CASE("ECharts UTF8Encoding map: coordinates decoded, code from the feature id", "[boundary][web-map]") {
  TempDir dir("echarts");
  write_text(dir / "im.json", echarts_map(1024.0, false));
  BoundaryReadOptions options;
  options.path = dir / "im.json";
  const BoundaryReadResult read = read_boundaries(options);
  CHECK(read.format_note.find("ECharts map JSON") != std::string::npos);
  REQUIRE(read.regions.size() == 2);
  const Region& holingol = by_code(read, "150581");
  CHECK(holingol.name_zh == "霍林郭勒市");
  CHECK(holingol.level == Level::Banner);
  CHECK(holingol.parent == "150500");
  const Bounds b = bounds_of_region(holingol);
  CHECK(b.min_x == 119.25);
  CHECK(b.max_x == 119.75);
  CHECK(b.min_y == 45.25);
  CHECK(b.max_y == 45.75);
  const Region& horqin = by_code(read, "150502");
  CHECK(horqin.lonlat.size() == 2);
  CHECK(bounds_of_region(horqin).max_x == 123.0);
}

TEST_CASE("ECharts map with its own UTF8Scale", "[boundary][web-map]") {
  TempDir dir("echarts-scale");
  write_text(dir / "im.json", echarts_map(2048.0, true));
  BoundaryReadOptions options;
  options.path = dir / "im.json";
  const BoundaryReadResult read = read_boundaries(options);
  const Bounds b = bounds_of_region(by_code(read, "150581"));
  CHECK(b.min_x == 119.25);
  CHECK(b.max_y == 45.75);
}

TEST_CASE("ECharts map script: the object given to echarts.registerMap", "[boundary][web-map]") {
  TempDir dir("echarts-js");
  write_text(dir / "im.js", "(function (root, factory) { factory({}, root.echarts); })(this, function (exports, echarts) {\n"
                            "  echarts.registerMap('内蒙古', " + echarts_map(1024.0, false) + ");\n});\n");
  BoundaryReadOptions options;
  options.path = dir / "im.js";
  const BoundaryReadResult read = read_boundaries(options);
  CHECK(read.format_note.find("registerMap") != std::string::npos);
  CHECK(read.regions.size() == 2);
  CHECK(bounds_of_region(by_code(read, "150581")).min_y == 45.25);
}

TEST_CASE("A damaged ECharts ring is refused naming the feature", "[boundary][web-map]") {
  TempDir dir("echarts-bad");
  std::string text = echarts_map(1024.0, false);
  // Drop one character of the first ring: an odd number of code units.
  const std::size_t ring = text.find("\"coordinates\":[\"") + 16;
  text.erase(ring, 1);
  write_text(dir / "bad.json", text);
  BoundaryReadOptions options;
  options.path = dir / "bad.json";
  CHECK_THROWS_WITH(read_boundaries(options), Catch::Contains("bad.json: feature 1 (霍林郭勒市), ring 1") &&
                                                  Catch::Contains("odd number of characters"));
  // No encodeOffsets at all.
  std::string no_offsets = echarts_map(1024.0, false);
  const std::size_t at = no_offsets.find(",\"encodeOffsets\"");
  no_offsets.erase(at, no_offsets.find(']', no_offsets.find(']', at) + 1) + 1 - at);
  write_text(dir / "nooff.json", no_offsets);
  options.path = dir / "nooff.json";
  CHECK_THROWS_WITH(read_boundaries(options), Catch::Contains("nooff.json: feature 1") && Catch::Contains("encodeOffsets"));
}

TEST_CASE("DataV/Amap bare array of features", "[boundary][web-map]") {
  TempDir dir("datav");
  write_text(dir / "datav.json",
             "\xEF\xBB\xBF[{\"type\":\"Feature\",\"properties\":{\"adcode\":150581,\"name\":\"霍林郭勒市\",\"level\":\"district\","
             "\"parent\":{\"adcode\":150500}},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
             "[[[[119,45],[120,45],[120,46],[119,46],[119,45]]]]}},\n"
             " {\"type\":\"Feature\",\"properties\":{\"adcode\":150502,\"name\":\"科尔沁区\",\"level\":\"district\","
             "\"parent\":{\"adcode\":150500}},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
             "[[[122,43.5],[122.5,43.5],[122.5,44],[122,44],[122,43.5]]]}}]\n");
  BoundaryReadOptions options;
  options.path = dir / "datav.json";
  const BoundaryReadResult read = read_boundaries(options);
  CHECK(read.format_note == "DataV/Amap feature array");
  REQUIRE(read.regions.size() == 2);
  CHECK(by_code(read, "150581").parent == "150500");
  CHECK(by_code(read, "150502").name_zh == "科尔沁区");
  // An array that is not features is left to GDAL, which says it is not vector data.
  write_text(dir / "numbers.json", "[1, 2, 3]");
  options.path = dir / "numbers.json";
  CHECK_THROWS_WITH(read_boundaries(options), Catch::Contains("numbers.json: not vector data"));
  // A broken array says how it was read.
  write_text(dir / "cut.json", "[{\"type\":\"Feature\",\"properties\":{\"adcode\":1");
  options.path = dir / "cut.json";
  CHECK_THROWS_WITH(read_boundaries(options), Catch::Contains("cut.json: read as a DataV/Amap feature array"));
}

TEST_CASE("Web-map JSON above the conversion cap is refused before it is read", "[boundary][web-map]") {
  TempDir dir("datav-big");
  {
    std::ofstream out(dir / "big.json", std::ios::binary);
    out << "[{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}";
    out.seekp(static_cast<std::streamoff>(kWebMapJsonCap) + 10);
    out << "]";
  }
  BoundaryReadOptions options;
  options.path = dir / "big.json";
  CHECK_THROWS_WITH(read_boundaries(options), Catch::Contains("big.json: is 32.0 MiB") &&
                                                  Catch::Contains("may be at most 32 MiB"));
}

TEST_CASE("Sniffing: plain GeoJSON and other files are left to GDAL", "[boundary][web-map]") {
  CHECK_FALSE(sniff_web_map_json(R"({"type":"FeatureCollection","features":[]})", ""));
  CHECK(sniff_web_map_json(R"({"type":"FeatureCollection","features":[]})", R"(,"UTF8Encoding":true})") ==
        WebMapFormat::EChartsJson);
  CHECK(sniff_web_map_json("  [ {\"type\": \"Feature\"", "") == WebMapFormat::DataVArray);
  CHECK(sniff_web_map_json("define(function(){ echarts.registerMap('x', {", "") == WebMapFormat::EChartsJs);
  CHECK_FALSE(sniff_web_map_json("<?xml version=\"1.0\"?><kml>", ""));
  CHECK_FALSE(sniff_web_map_json(std::string("\0\0\x27\x0a", 4), ""));
}

TEST_CASE("CSV with a WKT column of any name; --geometry-field picks one", "[boundary][web-map]") {
  TempDir dir("csv");
  write_text(dir / "im.csv",
             "区划代码,名称,边界\n"
             "150581,霍林郭勒市,\"POLYGON ((119 45,120 45,120 46,119 46,119 45))\"\n"
             "150502,科尔沁区,\"MULTIPOLYGON (((122 43.5,122.5 43.5,122.5 44,122 44,122 43.5)))\"\n");
  BoundaryReadOptions options;
  options.path = dir / "im.csv";
  const BoundaryReadResult read = read_boundaries(options);
  CHECK(read.format_note == "CSV, polygons from the WKT column \"边界\"");
  REQUIRE(read.regions.size() == 2);
  CHECK(by_code(read, "150581").name_zh == "霍林郭勒市");
  CHECK(bounds_of_region(by_code(read, "150502")).max_y == 44.0);

  // Two geometry columns: the named one wins.
  write_text(dir / "two.csv",
             "code,name,outline,simple\n"
             "150581,霍林郭勒市,\"POLYGON ((119 45,120 45,120 46,119 46,119 45))\",\"POLYGON ((119 45,119.5 45,119.5 45.5,119 45))\"\n");
  options.path = dir / "two.csv";
  options.geometry_field = "simple";
  CHECK(bounds_of_region(read_boundaries(options).regions.at(0)).max_x == 119.5);
  options.geometry_field = "outline";
  CHECK(bounds_of_region(read_boundaries(options).regions.at(0)).max_x == 120.0);
  options.geometry_field = "shape";
  CHECK_THROWS_WITH(read_boundaries(options), Catch::Contains("two.csv: has no column \"shape\" (given with "
                                                              "--geometry-field); its columns are: code, name, outline, simple"));
  // A CSV without any WKT says what a boundary CSV needs.
  write_text(dir / "plain.csv", "code,name,value\n150581,霍林郭勒市,3\n");
  options.path = dir / "plain.csv";
  options.geometry_field.clear();
  CHECK_THROWS_WITH(read_boundaries(options), Catch::Contains("plain.csv: has no polygons") &&
                                                  Catch::Contains("--geometry-field"));
}
