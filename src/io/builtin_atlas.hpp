#pragma once
// The atlas steppe ships with (geodata/*.geojson: the region, its 12 leagues,
// 103 banners and grey context), and loading a user's own boundary layer.
#include <filesystem>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "io/boundary_reader.hpp"

namespace steppe {

// $STEPPE_DATA_DIR if set, else share/steppe/geodata (io/shipped_data.hpp).
std::filesystem::path builtin_geodata_dir();

// What is known of the built-in atlas's datum, in one paragraph (steppe info,
// geodata/SOURCES.md): its source states none and is GCJ-02 by the evidence (its
// border against an independent WGS84 border); geodata/build.sh converts it to WGS84.
std::string builtin_datum_statement();

// region.geojson, leagues.geojson, banners.geojson (in that order) and
// context.geojson; area_km2 filled unless `geodesic_areas` is false. Throws
// steppe::Error naming the file when one is missing or broken, or when a
// parent code does not exist.
Atlas load_builtin_atlas(std::vector<std::string>* warnings = nullptr, bool geodesic_areas = true);

// A user's layer: its regions ordered region, leagues, banners (file order
// within a level); no context. `format_note`: how the file was read when it
// had to be converted (BoundaryReadResult::format_note).
Atlas load_atlas_file(const BoundaryReadOptions& options, std::vector<std::string>* warnings = nullptr,
                      std::string* format_note = nullptr);

} // namespace steppe
