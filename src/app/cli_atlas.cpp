#include "app/cli_atlas.hpp"

#include <iostream>
#include <vector>

#include "core/error.hpp"
#include "io/boundary_reader.hpp"
#include "io/builtin_atlas.hpp"

namespace steppe::app {

Atlas load_cli_atlas(const std::string& data_path, std::string_view command, bool geodesic_areas) {
  std::vector<std::string> warnings;
  Atlas atlas;
  if (data_path.empty()) {
    atlas = load_builtin_atlas(&warnings, geodesic_areas);
  } else {
    BoundaryReadOptions read;
    read.path = data_path;
    read.geodesic_areas = geodesic_areas;
    atlas = load_atlas_file(read, &warnings);
  }
  for (const std::string& w : warnings) std::cerr << "steppe " << command << ": warning: " << w << "\n";
  return atlas;
}

namespace {

void check_drawable(const MapGeometry& geometry) {
  if (geometry.fills.empty() && geometry.region_count() > 0) {
    throw Error("nothing to draw: none of the " + std::to_string(geometry.region_count()) +
                " regions has a polygon that could be triangulated (see the warnings above); "
                "check the boundary file's geometry, e.g. with ogrinfo or QGIS's 'Check validity'");
  }
}

} // namespace

PreparedAtlas load_cli_prepared(const std::string& data_path, std::string_view command, const Projection& projection,
                                bool geodesic_areas) {
  PrepareRequest request;
  if (!data_path.empty()) {
    BoundaryReadOptions read;
    read.path = data_path;
    request.data = read;
  }
  request.geodesic_areas = geodesic_areas;
  PrepareOutcome outcome;
  PreparedAtlas prepared = prepare_atlas(request, projection, &outcome);
  for (const std::string& w : prepared.read_warnings) std::cerr << "steppe " << command << ": warning: " << w << "\n";
  if (!outcome.note.empty()) std::cerr << "steppe " << command << ": " << outcome.note << "\n";
  for (const std::string& w : prepared.geometry.warnings) {
    std::cerr << "steppe " << command << ": warning: " << w << "\n";
  }
  check_drawable(prepared.geometry);
  return prepared;
}

MapGeometry build_cli_geometry(const Atlas& atlas, const Projection& projection, std::string_view command) {
  MapGeometry geometry = build_map_geometry(atlas, projection);
  for (const std::string& w : geometry.warnings) std::cerr << "steppe " << command << ": warning: " << w << "\n";
  check_drawable(geometry);
  return geometry;
}

} // namespace steppe::app
