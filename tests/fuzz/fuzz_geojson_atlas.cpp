// libFuzzer harness: GeoJSON bytes -> boundary reading (GDAL, encoding,
// validity repair under its time budget, lon/lat checks) -> map geometry
// (projection, tessellation), as loading a user's boundary file does.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/atlas.hpp"
#include "core/error.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "io/boundary_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("steppe-fuzz-" + std::to_string(::getpid()) + ".geojson");
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  try {
    steppe::BoundaryReadOptions options;
    options.path = file;
    options.level = steppe::Level::Banner;
    steppe::BoundaryReadResult read = steppe::read_boundaries(options);
    steppe::Atlas atlas;
    atlas.regions = std::move(read.regions);
    const steppe::Projection projection;
    (void)steppe::build_map_geometry(atlas, projection);
  } catch (const steppe::Error&) {
  }
  return 0;
}
