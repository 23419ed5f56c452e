// steppe_prepare_atlas OUT: prepares the built-in atlas (read, measured,
// projected to the default CRS, triangulated, simplified, label anchors) and
// writes it as a geometry cache file keyed by builtin_prepared_key. The build
// runs it, so steppe's first start loads the atlas instead of building it.
#include <chrono>
#include <cstdio>
#include <exception>

#include "io/geometry_cache_file.hpp"
#include "io/prepared_atlas.hpp"
#include "io/safe_output.hpp"

int main(int argc, char** argv) {
  using namespace steppe;
  if (argc != 2) {
    std::fprintf(stderr, "usage: steppe_prepare_atlas OUT.geom\n");
    return 2;
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    const Projection projection;
    const std::optional<std::uint64_t> key = builtin_prepared_key(projection);
    if (!key) throw Error("cannot read the built-in geodata files (see STEPPE_DATA_DIR)");
    PrepareRequest request;
    request.geodesic_areas = true;
    const PreparedAtlas prepared = build_prepared_atlas(request, projection, /*with_anchors=*/true);
    const std::string bytes = encode_prepared_atlas(prepared, *key);
    SafeOutput out(argv[1]);
    out.write(bytes);
    out.commit();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("prepared the built-in atlas (%zu regions) in %.2f s: %s, %zu bytes\n", prepared.atlas.regions.size(), s,
                argv[1], bytes.size());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "steppe_prepare_atlas: %s\n", e.what());
    return 1;
  }
}
