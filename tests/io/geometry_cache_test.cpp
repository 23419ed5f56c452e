// The prepared-geometry cache (io/prepared_atlas, io/geometry_cache_file):
// built once and loaded after, identical to building from scratch; a
// damaged, truncated or foreign file is rebuilt with a message; an unwritable
// folder is bypassed with a message; damaged counts never allocate.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#include "boundary_test_files.hpp"
#include "geo/tessellate.hpp"
#include "io/builtin_atlas.hpp"
#include "io/content_hash.hpp"
#include "io/geometry_cache_file.hpp"
#include "io/prepared_atlas.hpp"

using namespace steppe;

namespace {

// Sets an environment variable for one scope, restoring the old value after.
class ScopedEnv {
public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr) setenv(name, value, 1);
    else unsetenv(name);
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

// Four square banners in a 2x2 grid (degrees), sharing borders.
void write_grid(const std::filesystem::path& path, const std::string& first_name = "甲旗") {
  const char* squares[] = {"POLYGON((110 40,111 40,111 41,110 41,110 40))", "POLYGON((111 40,112 40,112 41,111 41,111 40))",
                           "POLYGON((110 41,111 41,111 42,110 42,110 41))", "POLYGON((111 41,112 41,112 42,111 42,111 41))"};
  test::TestLayer layer;
  layer.fields = {"code", "name_zh"};
  const std::string names[] = {first_name, "乙旗", "丙旗", "丁旗"};
  for (int i = 0; i < 4; ++i) layer.features.push_back({{"15010" + std::to_string(i + 2), names[i]}, squares[i]});
  test::write_vector(path, "GeoJSON", {layer});
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void spit(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

PrepareRequest grid_request(const std::filesystem::path& file) {
  PrepareRequest r;
  BoundaryReadOptions read;
  read.path = file;
  r.data = read;
  r.geodesic_areas = false;
  return r;
}

std::vector<std::filesystem::path> cache_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) out.push_back(it->path());
  return out;
}

bool same_fills(const std::vector<FillVertex>& a, const std::vector<FillVertex>& b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(FillVertex)) == 0);
}

double region_fill_area(const std::vector<FillVertex>& fills, std::uint32_t region) {
  std::vector<Vec2> tris;
  for (const FillVertex& v : fills)
    if (v.region == region) tris.push_back({v.x, v.y});
  return triangles_area(tris);
}

} // namespace

TEST_CASE("a boundary file is prepared once, cached, then loaded identically", "[io][cache]") {
  test::TempDir dir("cache-once");
  const ScopedEnv xdg("XDG_CACHE_HOME", (dir.path() / "cache").c_str());
  const ScopedEnv on("STEPPE_GEOMETRY_CACHE", nullptr);
  const auto file = dir / "grid.geojson";
  write_grid(file);
  const Projection projection;

  PrepareOutcome first;
  const PreparedAtlas built = prepare_atlas(grid_request(file), projection, &first);
  CHECK(first.kind == PrepareOutcome::Kind::Built);
  CHECK(first.note.find("prepared the geometry of " + file.string() + " (4 regions) in ") != std::string::npos);
  CHECK(first.note.find("cached in " + first.cache_file.string()) != std::string::npos);
  REQUIRE(std::filesystem::is_regular_file(first.cache_file));
  CHECK(first.cache_file.parent_path() == dir.path() / "cache" / "steppe" / "geometry");
  CHECK(built.has_areas); // a cached atlas always has its areas
  CHECK(built.atlas.regions[0].area_km2 > 0);
  REQUIRE(built.geometry.label_anchors.size() == 4);

  PrepareOutcome second;
  const PreparedAtlas loaded = prepare_atlas(grid_request(file), projection, &second);
  CHECK(second.kind == PrepareOutcome::Kind::Loaded);
  CHECK(second.note.empty());
  CHECK(second.cache_file == first.cache_file);
  REQUIRE(loaded.atlas.regions.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(loaded.atlas.regions[i].code == built.atlas.regions[i].code);
    CHECK(loaded.atlas.regions[i].name_zh == built.atlas.regions[i].name_zh);
    CHECK(loaded.atlas.regions[i].area_km2 == built.atlas.regions[i].area_km2);
    CHECK(loaded.geometry.label_anchors[i] == built.geometry.label_anchors[i]);
  }
  CHECK(same_fills(loaded.geometry.fills, built.geometry.fills));
  CHECK(loaded.geometry.banner_borders.vertices.size() == built.geometry.banner_borders.vertices.size());
  CHECK(loaded.geometry.fill_lods.size() == built.geometry.fill_lods.size());

  // Another content is another key: the edited file is prepared again.
  write_grid(file, "戊旗");
  PrepareOutcome third;
  const PreparedAtlas edited = prepare_atlas(grid_request(file), projection, &third);
  CHECK(third.kind == PrepareOutcome::Kind::Built);
  CHECK(third.cache_file != first.cache_file);
  CHECK(edited.atlas.regions[0].name_zh == "戊旗");
  // Another CRS is another key too.
  const Projection utm("EPSG:32649");
  PrepareOutcome fourth;
  (void)prepare_atlas(grid_request(file), utm, &fourth);
  CHECK(fourth.kind == PrepareOutcome::Kind::Built);
  CHECK(fourth.cache_file != third.cache_file);
}

TEST_CASE("a truncated, damaged or foreign cache file is rebuilt with a message", "[io][cache]") {
  test::TempDir dir("cache-bad");
  const ScopedEnv xdg("XDG_CACHE_HOME", (dir.path() / "cache").c_str());
  const ScopedEnv on("STEPPE_GEOMETRY_CACHE", nullptr);
  const auto file = dir / "grid.geojson";
  write_grid(file);
  const Projection projection;
  PrepareOutcome built;
  const PreparedAtlas reference = prepare_atlas(grid_request(file), projection, &built);
  REQUIRE(built.kind == PrepareOutcome::Kind::Built);
  const std::string good = slurp(built.cache_file);
  REQUIRE(good.size() > 200);

  struct Damage {
    const char* what;
    std::string bytes;
    const char* reason;
  };
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x5A);
  std::string foreign = good;
  foreign[8] = 99; // format version 99
  const Damage damages[] = {
      {"truncated to half", good.substr(0, good.size() / 2), "truncated"},
      {"truncated inside the header", good.substr(0, 20), "shorter than its header"},
      {"one byte changed", flipped, "payload hash mismatch"},
      {"another format version", foreign, "format version 99"},
      {"not a cache file", std::string(good.size(), 'x'), "not a steppe geometry cache file"},
      {"empty", "", "shorter than its header"},
  };
  for (const Damage& d : damages) {
    INFO(d.what);
    spit(built.cache_file, d.bytes);
    PrepareOutcome outcome;
    const PreparedAtlas p = prepare_atlas(grid_request(file), projection, &outcome);
    CHECK(outcome.kind == PrepareOutcome::Kind::Rebuilt);
    CHECK(outcome.note.find("the geometry cache " + built.cache_file.string() + " was unusable (") != std::string::npos);
    CHECK(outcome.note.find(d.reason) != std::string::npos);
    CHECK(outcome.note.find("rewrote it") != std::string::npos);
    CHECK(same_fills(p.geometry.fills, reference.geometry.fills));
    // ... and the rewritten file is whole again.
    CHECK(slurp(built.cache_file) == good);
    PrepareOutcome again;
    (void)prepare_atlas(grid_request(file), projection, &again);
    CHECK(again.kind == PrepareOutcome::Kind::Loaded);
  }
}

TEST_CASE("damaged counts in a cache file are refused without a large allocation", "[io][cache]") {
  test::TempDir dir("cache-count");
  const auto file = dir / "grid.geojson";
  write_grid(file);
  const Projection projection;
  const PreparedAtlas p = build_prepared_atlas(grid_request(file), projection, true);
  const std::string good = encode_prepared_atlas(p, 42);
  const auto bytes = [](const std::string& s) {
    return std::span(reinterpret_cast<const unsigned char*>(s.data()), s.size());
  };
  CHECK(decode_prepared_atlas(bytes(good), 42).atlas.regions.size() == 4);
  CHECK_THROWS_WITH(decode_prepared_atlas(bytes(good), 43), Catch::Contains("made for other input files"));

  // The first payload field (the number of read warnings) says 2^60, and the
  // payload hash is made to match: the count is checked against the bytes left.
  std::string huge = good;
  const std::uint64_t count = std::uint64_t{1} << 60;
  std::memcpy(huge.data() + 48, &count, sizeof count);
  const std::uint64_t hash = content_hash(huge.data() + 48, huge.size() - 48);
  std::memcpy(huge.data() + 32, &hash, sizeof hash); // header: magic, version, order, key, size, hash
  CHECK_THROWS_WITH(decode_prepared_atlas(bytes(huge), 42), Catch::Contains("exceeds the file"));

  // A header that promises more payload than the file has.
  std::string longer = good;
  const std::uint64_t size = std::uint64_t{1} << 40;
  std::memcpy(longer.data() + 24, &size, sizeof size);
  CHECK_THROWS_WITH(decode_prepared_atlas(bytes(longer), 42), Catch::Contains("truncated or extended"));
}

TEST_CASE("an unwritable cache folder is bypassed with a message; the cache can be turned off", "[io][cache]") {
  test::TempDir dir("cache-unwritable");
  const auto file = dir / "grid.geojson";
  write_grid(file);
  const Projection projection;
  {
    spit(dir / "not-a-folder", "x");
    const ScopedEnv xdg("XDG_CACHE_HOME", (dir.path() / "not-a-folder").c_str());
    const ScopedEnv on("STEPPE_GEOMETRY_CACHE", nullptr);
    PrepareOutcome outcome;
    const PreparedAtlas p = prepare_atlas(grid_request(file), projection, &outcome);
    CHECK(outcome.kind == PrepareOutcome::Kind::Uncached);
    CHECK(outcome.note.find("could not cache it") != std::string::npos);
    CHECK(outcome.note.find("STEPPE_GEOMETRY_CACHE=off") != std::string::npos);
    CHECK(p.geometry.fills.size() >= 4 * 6);
  }
  {
    const ScopedEnv xdg("XDG_CACHE_HOME", (dir.path() / "cache").c_str());
    const ScopedEnv off("STEPPE_GEOMETRY_CACHE", "off");
    CHECK_FALSE(geometry_cache_dir().has_value());
    PrepareOutcome outcome;
    const PreparedAtlas p = prepare_atlas(grid_request(file), projection, &outcome);
    CHECK(outcome.kind == PrepareOutcome::Kind::Uncached);
    CHECK(outcome.note.empty());
    CHECK_FALSE(p.has_areas); // not asked for, not computed
    CHECK(p.geometry.label_anchors.empty());
    CHECK(cache_files(dir.path() / "cache").empty());
  }
}

TEST_CASE("the built-in atlas from the cache equals the atlas built from its files", "[io][cache][builtin]") {
  test::TempDir dir("cache-builtin");
  const ScopedEnv xdg("XDG_CACHE_HOME", (dir.path() / "cache").c_str());
  const ScopedEnv on("STEPPE_GEOMETRY_CACHE", nullptr);
  const Projection projection;
  PrepareRequest request;
  request.geodesic_areas = false;
  PrepareOutcome first, second;
  // Built on the first start, unless the build prepared it (tools/prepare_atlas).
  (void)prepare_atlas(request, projection, &first);
  const bool at_build_time = first.kind == PrepareOutcome::Kind::Loaded;
  if (at_build_time) CHECK(first.cache_file == builtin_prepared_file());
  else REQUIRE(first.kind == PrepareOutcome::Kind::Built);
  const PreparedAtlas cached = prepare_atlas(request, projection, &second);
  REQUIRE(second.kind == PrepareOutcome::Kind::Loaded);

  const Atlas atlas = load_builtin_atlas(nullptr, true);
  const MapGeometry scratch = build_map_geometry(atlas, projection);
  REQUIRE(cached.atlas.regions.size() == atlas.regions.size());
  REQUIRE(cached.atlas.context.size() == atlas.context.size());
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    INFO(atlas.regions[i].code << " " << atlas.regions[i].name_zh);
    CHECK(cached.atlas.regions[i].code == atlas.regions[i].code);
    CHECK(cached.atlas.regions[i].parent == atlas.regions[i].parent);
    CHECK(cached.atlas.regions[i].area_km2 == Approx(atlas.regions[i].area_km2).epsilon(1e-12));
    CHECK(vertex_count(cached.atlas.regions[i].lonlat) == vertex_count(atlas.regions[i].lonlat));
    if (scratch.levels[i] == scratch.fill_level) {
      const auto r = static_cast<std::uint32_t>(i);
      CHECK(region_fill_area(cached.geometry.fills, r) == Approx(region_fill_area(scratch.fills, r)).epsilon(1e-9));
    }
  }
  CHECK(same_fills(cached.geometry.fills, scratch.fills));
  CHECK(same_fills(cached.geometry.context_fills, scratch.context_fills));
  CHECK(cached.geometry.banner_borders.indices == scratch.banner_borders.indices);
  REQUIRE(cached.geometry.fill_lods.size() == scratch.fill_lods.size());
  for (std::size_t k = 0; k < scratch.fill_lods.size(); ++k) {
    CHECK(same_fills(cached.geometry.fill_lods[k].fills, scratch.fill_lods[k].fills));
  }
  CHECK(cached.geometry.label_anchors.size() == atlas.regions.size());
}

TEST_CASE("the build-time file of the built-in atlas is refused for another CRS or a damaged copy", "[io][cache][builtin]") {
  const std::filesystem::path file = builtin_prepared_file();
  if (file.empty() || !std::filesystem::is_regular_file(file)) {
    WARN("no build-time prepared atlas in this build (" << file << "); run the steppe_builtin_prepared target");
    return;
  }
  const std::string good = slurp(file);
  const auto bytes = [](const std::string& s) {
    return std::span(reinterpret_cast<const unsigned char*>(s.data()), s.size());
  };
  const Projection projection;
  const std::optional<std::uint64_t> key = builtin_prepared_key(projection);
  REQUIRE(key.has_value());
  CHECK(decode_prepared_atlas(bytes(good), *key).atlas.regions.size() > 100);
  const Projection utm("EPSG:32649");
  const std::optional<std::uint64_t> utm_key = builtin_prepared_key(utm);
  REQUIRE(utm_key.has_value());
  CHECK(*utm_key != *key);
  CHECK_THROWS_WITH(decode_prepared_atlas(bytes(good), *utm_key), Catch::Contains("made for other"));
  CHECK_THROWS_WITH(decode_prepared_atlas(bytes(good.substr(0, good.size() - 1)), *key), Catch::Contains("truncated"));
}
