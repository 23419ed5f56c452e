#include "app/cli_atlas.hpp"

#include <iostream>
#include <vector>

#include "core/error.hpp"
#include "io/boundary_reader.hpp"
#include "io/builtin_atlas.hpp"

namespace steppe::app {

void add_data_field_options(CLI::App& cmd, DataFileFields& fields, CLI::Option* data) {
  cmd.add_option("--code-field", fields.code_field, "Field of --data holding the region code")->needs(data);
  cmd.add_option("--name-field", fields.name_field, "Field of --data holding the Chinese name")->needs(data);
  cmd.add_option("--geometry-field", fields.geometry_field,
                 "Column of a --data CSV holding WKT polygons (default: WKT, else the first such column), "
                 "or the geometry field of a layer with several")
      ->needs(data);
  cmd.add_option("--datum", fields.datum,
                 "Datum of --data's longitude/latitude: wgs84 (default) or gcj02 (Chinese web maps; converted to WGS84)")
      ->check(CLI::IsMember({"wgs84", "gcj02"}, CLI::ignore_case))
      ->needs(data);
}

Atlas load_cli_atlas(const std::string& data_path, std::string_view command, bool geodesic_areas) {
  return load_cli_atlas(data_path, DataFileFields{}, command, geodesic_areas);
}

Atlas load_cli_atlas(const std::string& data_path, const DataFileFields& fields, std::string_view command,
                     bool geodesic_areas) {
  std::vector<std::string> warnings;
  Atlas atlas;
  if (data_path.empty()) {
    atlas = load_builtin_atlas(&warnings, geodesic_areas);
  } else {
    BoundaryReadOptions read;
    read.path = data_path;
    read.code_field = fields.code_field;
    read.name_field = fields.name_field;
    read.geometry_field = fields.geometry_field;
    read.gcj02 = fields.datum == "gcj02" || fields.datum == "GCJ02" || fields.datum == "Gcj02";
    read.geodesic_areas = geodesic_areas;
    std::string note;
    atlas = load_atlas_file(read, &warnings, &note);
    if (!note.empty()) std::cerr << "steppe " << command << ": " << data_path << ": read as " << note << "\n";
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
  return load_cli_prepared(data_path, DataFileFields{}, command, projection, geodesic_areas);
}

PreparedAtlas load_cli_prepared(const std::string& data_path, const DataFileFields& fields, std::string_view command,
                                const Projection& projection, bool geodesic_areas) {
  PrepareRequest request;
  if (!data_path.empty()) {
    BoundaryReadOptions read;
    read.path = data_path;
    read.code_field = fields.code_field;
    read.name_field = fields.name_field;
    read.geometry_field = fields.geometry_field;
    read.gcj02 = fields.datum == "gcj02" || fields.datum == "GCJ02" || fields.datum == "Gcj02";
    request.data = read;
  }
  request.geodesic_areas = geodesic_areas;
  PrepareOutcome outcome;
  PreparedAtlas prepared = prepare_atlas(request, projection, &outcome);
  if (!prepared.read_note.empty()) std::cerr << "steppe " << command << ": " << data_path << ": read as " << prepared.read_note << "\n";
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
