#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "core/error.hpp"
#include "io/builtin_atlas.hpp"
#include "boundary_test_files.hpp"

using namespace steppe;

namespace {

// Sets an environment variable for one scope and restores the old value.
class ScopedEnv {
public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
  const char* name_;
  std::optional<std::string> old_;
};

} // namespace

TEST_CASE("the built-in atlas: 1 region, 12 leagues, 103 banners, consistent", "[atlas]") {
  std::vector<std::string> warnings;
  const Atlas atlas = load_builtin_atlas(&warnings);
  REQUIRE(atlas.regions.size() == 1 + 12 + 103);
  CHECK(atlas.at_level(Level::Region).size() == 1);
  CHECK(atlas.at_level(Level::League).size() == 12);
  CHECK(atlas.at_level(Level::Banner).size() == 103);
  CHECK(atlas.regions.front().level == Level::Region); // region, leagues, banners
  CHECK(atlas.regions[1].level == Level::League);
  CHECK(atlas.regions.back().level == Level::Banner);

  const Region* im = atlas.find("150000");
  REQUIRE(im != nullptr);
  CHECK(im->name_zh == "内蒙古自治区");
  // Inner Mongolia covers about 1.18 million km².
  CHECK(im->area_km2 == Approx(1.18e6).epsilon(0.03));

  std::set<std::string> codes;
  double league_sum = 0;
  for (const Region& r : atlas.regions) {
    INFO(r.code << " " << r.name_zh);
    CHECK(r.area_km2 > 0);
    CHECK_FALSE(r.name_zh.empty());
    CHECK_FALSE(r.name_en.empty());
    CHECK(codes.insert(r.code).second);
    if (r.level == Level::League) {
      CHECK(r.parent == "150000");
      league_sum += r.area_km2;
    }
    if (r.level == Level::Banner) {
      const Region* parent = atlas.find(r.parent);
      REQUIRE(parent != nullptr);
      CHECK(parent->level == Level::League);
    }
  }
  // The leagues tile the region.
  CHECK(league_sum == Approx(im->area_km2).epsilon(0.01));

  const Region* holingol = atlas.find("150581");
  REQUIRE(holingol != nullptr);
  CHECK(holingol->name_zh == "霍林郭勒市");
  CHECK(holingol->parent == "150500");
  // 霍林郭勒市 is a small county-level city of about 585 km².
  CHECK(holingol->area_km2 == Approx(585).epsilon(0.15));
  CHECK(contains(holingol->lonlat, Vec2{119.66, 45.53})); // its town centre

  CHECK_FALSE(atlas.context.empty());
  for (const ContextFeature& c : atlas.context) CHECK_FALSE(c.name.empty());
}

TEST_CASE("STEPPE_DATA_DIR overrides where the built-in data is read", "[atlas]") {
  test::TempDir dir("datadir");
  ScopedEnv env("STEPPE_DATA_DIR", dir.path().string());
  CHECK(builtin_geodata_dir() == dir.path());
  CHECK_THROWS_WITH(load_builtin_atlas(),
                    Catch::Contains((dir / "region.geojson").string()) &&
                        Catch::Contains("STEPPE_DATA_DIR"));
}

TEST_CASE("a user's layer becomes an atlas ordered region, leagues, banners", "[atlas]") {
  test::TempDir dir("userlayer");
  test::TestLayer layer;
  layer.fields = {"code", "name"};
  layer.features = {{{"150581", "霍林郭勒市"}, test::box_wkt(119, 45, 120, 46)},
                    {{"150500", "通辽市"}, test::box_wkt(119, 42, 124, 46)},
                    {{"150000", "内蒙古自治区"}, test::box_wkt(97, 37, 126, 53)}};
  test::write_vector(dir / "mine.gpkg", "GPKG", {layer});
  BoundaryReadOptions options;
  options.path = dir / "mine.gpkg";
  std::vector<std::string> warnings;
  const Atlas atlas = load_atlas_file(options, &warnings);
  REQUIRE(atlas.regions.size() == 3);
  CHECK(atlas.regions[0].code == "150000");
  CHECK(atlas.regions[1].code == "150500");
  CHECK(atlas.regions[2].code == "150581");
  CHECK(atlas.children("150500").size() == 1);
  CHECK(atlas.context.empty());
  CHECK(warnings.empty());
}
