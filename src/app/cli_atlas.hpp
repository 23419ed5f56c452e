#pragma once
// The atlas a headless subcommand works on: the built-in one, or a user's
// boundary file (--data). Warnings go to stderr prefixed with the command.
#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

#include "core/atlas.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "io/prepared_atlas.hpp"

namespace steppe::app {

// Which fields of a --data file hold the code, the name and the geometry
// (empty: detected as io/boundary_reader and io/boundary_source do).
struct DataFileFields {
  std::string code_field, name_field, geometry_field;
  std::string datum; // --datum wgs84|gcj02: GCJ-02 coordinates are converted to WGS84
};
// Adds --code-field, --name-field, --geometry-field and --datum, each needing `data`.
void add_data_field_options(CLI::App& cmd, DataFileFields& fields, CLI::Option* data);

// `geodesic_areas`: fill Region::area_km2 (only `steppe info` shows it).
// A file read through a conversion (ECharts, DataV, CSV with WKT) says so on stderr.
Atlas load_cli_atlas(const std::string& data_path, std::string_view command, bool geodesic_areas = true);
Atlas load_cli_atlas(const std::string& data_path, const DataFileFields& fields, std::string_view command,
                     bool geodesic_areas = true);

// The atlas projected and triangulated; polygons that had to be repaired or
// were left unfilled are warned about. Throws steppe::Error (exit 1) when the
// atlas has regions but not one of them could be filled.
MapGeometry build_cli_geometry(const Atlas& atlas, const Projection& projection, std::string_view command);

// The atlas with its geometry, prepared once and cached by content
// (io/prepared_atlas): read warnings, the cache's message (built, rebuilt,
// not writable) and triangulation warnings go to stderr; throws as
// build_cli_geometry does when nothing can be filled.
PreparedAtlas load_cli_prepared(const std::string& data_path, std::string_view command, const Projection& projection,
                                bool geodesic_areas);
// The same for a --data file whose code/name/geometry fields or datum were given.
PreparedAtlas load_cli_prepared(const std::string& data_path, const DataFileFields& fields, std::string_view command,
                                const Projection& projection, bool geodesic_areas);

} // namespace steppe::app
