#pragma once
// The atlas a headless subcommand works on: the built-in one, or a user's
// boundary file (--data). Warnings go to stderr prefixed with the command.
#include <string>
#include <string_view>

#include "core/atlas.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "io/prepared_atlas.hpp"

namespace steppe::app {

// `geodesic_areas`: fill Region::area_km2 (only `steppe info` shows it).
Atlas load_cli_atlas(const std::string& data_path, std::string_view command, bool geodesic_areas = true);

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

} // namespace steppe::app
