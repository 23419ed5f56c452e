#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <cpl_vsi.h>

#include "core/error.hpp"
#include "io/boundary_reader.hpp"
#include "io/deck_file.hpp"
#include "io/input_file.hpp"
#include "io/table_reader.hpp"

namespace fs = std::filesystem;
using namespace steppe;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "input_file" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

const char* kSquare = R"({"type":"FeatureCollection","features":[{"type":"Feature",
 "properties":{"code":"150581","name":"霍林郭勒市"},
 "geometry":{"type":"Polygon","coordinates":[[[119,45],[120,45],[120,46],[119,45]]]}}]})";

} // namespace

TEST_CASE("a FIFO is refused at once instead of blocking", "[input_file]") {
  const fs::path dir = fresh_dir("fifo");
  const fs::path fifo = dir / "deck.toml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(read_deck_file(fifo), Catch::Contains("deck.toml") && Catch::Contains("FIFO") &&
                                              Catch::Contains("regular file"));
  fs::create_symlink(fifo, dir / "t.csv");
  CHECK_THROWS_WITH(read_table(dir / "t.csv"), Catch::Contains("FIFO"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("devices and folders are refused", "[input_file]") {
  const fs::path dir = fresh_dir("devices");
  CHECK_THROWS_WITH(read_deck_file("/dev/zero"), Catch::Contains("/dev/zero") && Catch::Contains("character device"));
  fs::create_symlink("/dev/zero", dir / "table.csv");
  CHECK_THROWS_WITH(read_table(dir / "table.csv"), Catch::Contains("table.csv") && Catch::Contains("character device"));
  CHECK_THROWS_WITH(read_input_file(dir, InputKind::Deck), Catch::Contains("is a folder"));
  CHECK_THROWS_WITH(check_gdal_input("/dev/zero", InputKind::Boundary), Catch::Contains("character device"));
  BoundaryReadOptions o;
  o.path = dir / "table.csv";
  CHECK_THROWS_WITH(read_boundaries(o), Catch::Contains("character device"));
}

TEST_CASE("each kind of input has a size cap named in the message", "[input_file]") {
  const fs::path dir = fresh_dir("caps");
  const fs::path big = dir / "big.toml";
  write(big, "");
  fs::resize_file(big, input_size_cap(InputKind::Deck) + 1); // sparse: no disk used
  CHECK_THROWS_WITH(read_deck_file(big), Catch::Contains("big.toml") && Catch::Contains("at most 1 MiB"));
  const fs::path table = dir / "big.csv";
  write(table, "");
  fs::resize_file(table, input_size_cap(InputKind::Table) + 1);
  CHECK_THROWS_WITH(read_table(table), Catch::Contains("big.csv") && Catch::Contains("at most 64 MiB"));
  CHECK(format_bytes(256 * 1024) == "256 KiB");
  CHECK(format_bytes(3 * 1024 * 1024 / 2) == "1.5 MiB");
}

TEST_CASE("network and unknown /vsi paths are refused, local archives allowed", "[input_file]") {
  for (const char* p : {"/vsicurl/http://127.0.0.1:1/x.geojson", "/vsis3/bucket/x.gpkg", "/vsigs/b/x.shp",
                        "/vsiaz/c/x.shp", "/vsioss/b/x.shp", "/vsiswift/b/x.shp", "/vsiwebhdfs/http://h/x",
                        "/vsihdfs/hdfs://h/x", "/vsizip//vsicurl/http://127.0.0.1:1/a.zip/x.shp",
                        "/vsicurl?url=http://127.0.0.1:1/x"}) {
    INFO(p);
    CHECK_THROWS_WITH(check_gdal_input(p, InputKind::Boundary), Catch::Contains("network"));
  }
  CHECK_THROWS_WITH(check_gdal_input("/vsimem/x.geojson", InputKind::Boundary), Catch::Contains("not allowed"));
  CHECK_THROWS_WITH(check_gdal_input("/vsistdin/", InputKind::Boundary), Catch::Contains("not allowed"));

  // A zip written through GDAL, then read back by path through /vsizip/.
  const fs::path dir = fresh_dir("zip");
  const std::string zip = (dir / "b.zip").string();
  const std::string inner = "/vsizip/" + zip + "/b.geojson";
  VSILFILE* f = VSIFOpenL(inner.c_str(), "wb");
  REQUIRE(f != nullptr);
  const std::string body = kSquare;
  VSIFWriteL(body.data(), 1, body.size(), f);
  VSIFCloseL(f);
  CHECK_NOTHROW(check_gdal_input(inner, InputKind::Boundary));
  CHECK_NOTHROW(check_gdal_input("/vsizip/{" + zip + "}/b.geojson", InputKind::Boundary));
  BoundaryReadOptions o;
  o.path = inner;
  const BoundaryReadResult r = read_boundaries(o);
  REQUIRE(r.regions.size() == 1);
  CHECK(r.regions[0].code == "150581");
  CHECK_THROWS_WITH(check_gdal_input("/vsizip/" + (dir / "missing.zip").string() + "/b.geojson", InputKind::Boundary),
                    Catch::Contains("not found"));
}

TEST_CASE("a NUL byte in a CSV row is an error naming the line", "[input_file]") {
  const fs::path dir = fresh_dir("nul");
  write(dir / "t.csv", std::string("code,value\n150581,1\n150526,2\0junk\n", 34));
  CHECK_THROWS_WITH(read_table(dir / "t.csv"), Catch::Contains("t.csv") && Catch::Contains("line 3") &&
                                                   Catch::Contains("NUL byte"));
}

TEST_CASE("boundaries: off-Earth coordinates and empty collections get clear errors", "[input_file]") {
  const fs::path dir = fresh_dir("geojson");
  write(dir / "far.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature",
 "properties":{"code":"150581","name":"x"},
 "geometry":{"type":"Polygon","coordinates":[[[1190,45],[1200,45],[1200,46],[1190,45]]]}}]})");
  BoundaryReadOptions o;
  o.path = dir / "far.geojson";
  CHECK_THROWS_WITH(read_boundaries(o), Catch::Contains("far.geojson: row 1") && Catch::Contains("not on Earth"));
  write(dir / "empty.geojson", R"({"type":"FeatureCollection","features":[]})");
  o.path = dir / "empty.geojson";
  try {
    read_boundaries(o);
    FAIL("expected an error");
  } catch (const Error& e) {
    const std::string msg = e.what();
    CHECK(msg.find("empty.geojson") != std::string::npos);
    CHECK(msg.find("fields are: ;") == std::string::npos);
    CHECK((msg.find("no attribute fields") != std::string::npos || msg.find("empty") != std::string::npos));
  }
}
