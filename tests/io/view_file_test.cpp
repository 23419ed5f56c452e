#include <catch2/catch.hpp>

#include <filesystem>

#include "core/error.hpp"
#include "io/view_file.hpp"

namespace fs = std::filesystem;
using namespace steppe;

TEST_CASE("a single view file round-trips", "[view_file]") {
  MapView v;
  v.title = "包头市园区与基地";
  v.indicator = "baotou_park_count_2022_02";
  v.extent.region_code = "150200";
  v.classification.method = ClassMethod::NaturalBreaks;
  v.classification.classes = 3;
  v.labels = ViewLabels::Zh;
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "view_file";
  fs::create_directories(dir);
  write_view_file(dir / "baotou.toml", v);
  const MapView back = read_view_file(dir / "baotou.toml");
  CHECK(same_view(back, v));
  CHECK(back.classification.method == ClassMethod::NaturalBreaks);
}

TEST_CASE("the view file is plain, readable TOML", "[view_file]") {
  MapView v;
  v.title = "呼和浩特";
  v.extent.lonlat = Bounds{110.5, 40.0, 112.5, 41.5};
  const std::string text = view_to_toml(v);
  CHECK_THAT(text, Catch::Contains("[view]\ntitle = \"呼和浩特\"\n"));
  CHECK_THAT(text, Catch::Contains("box = [110.5, 40.0, 112.5, 41.5]"));
}

TEST_CASE("malformed view files name the line and field", "[view_file]") {
  CHECK_THAT([] {
    try {
      parse_view_toml("[view]\nregion = \"150200\"\nbox = [1.0, 2.0, 3.0, 4.0]\n", "v.toml");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  }(), Catch::StartsWith("v.toml line 3: field 'view.box': give either region or box"));
  CHECK_THROWS_WITH(parse_view_toml("title = \"x\"\n", "v.toml"), Catch::Contains("'title': unknown field"));
  CHECK_THROWS_WITH(parse_view_toml("[view]\n[view.classification]\nclasses = 4\n", "v.toml"),
                    Catch::Contains("needs an indicator"));
}
