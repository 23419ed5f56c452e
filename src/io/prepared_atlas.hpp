#pragma once
// Prepared geometry: an atlas read, repaired, measured (geodesic areas),
// projected, triangulated and simplified to every level of detail, with label
// anchors — everything a map needs before its first frame — done once and
// kept in a cache file (io/geometry_cache_file) so later starts only load it.
//
// The cache lives in $XDG_CACHE_HOME/steppe/geometry (else ~/.cache/...),
// one file per key: the content of the input files (the built-in geodata, or
// a --data file and its sidecar files such as .dbf/.prj/.cpg), the read
// options, the display CRS and the steppe executable itself, so a changed
// input, CRS or program never meets a stale file. A missing, corrupt,
// truncated or foreign cache file is rebuilt with a message; one that cannot
// be written is bypassed with a message. STEPPE_GEOMETRY_CACHE=off turns the
// cache off (everything is built in memory, as before).
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "io/boundary_reader.hpp"

namespace steppe {

struct PreparedAtlas {
  Atlas atlas;
  MapGeometry geometry;
  std::vector<std::string> read_warnings; // from reading the boundary files (kept with the cache)
  std::string read_note; // how a converted file was read (ECharts, DataV, WKT CSV); only when read now, not cached
  bool has_areas = false;                 // Region::area_km2 filled
};

struct PrepareRequest {
  // nullopt: the built-in atlas (builtin_geodata_dir); else a user's file.
  std::optional<BoundaryReadOptions> data;
  // Wanted by the caller; a cached atlas always has them.
  bool geodesic_areas = true;
};

// What happened, for a message: where the cache is and how long building took.
struct PrepareOutcome {
  enum class Kind { Loaded, Built, Rebuilt, Uncached } kind = Kind::Uncached;
  std::filesystem::path cache_file; // empty when uncached
  double seconds = 0;               // building (Built/Rebuilt/Uncached) or loading
  std::string note;                 // a sentence for stderr; empty when loaded quietly
};

// Loads the prepared atlas from the cache, or builds it (and caches it).
// Throws steppe::Error as the boundary readers do for bad input; a cache
// problem is never thrown, only reported in the outcome's note.
PreparedAtlas prepare_atlas(const PrepareRequest& request, const Projection& projection,
                            PrepareOutcome* outcome = nullptr);

// The built-in atlas prepared at build time (tools/prepare_atlas writes it
// next to the build, keyed by builtin_prepared_key): read first, before the
// cache folder, when the request is the built-in atlas. A file for other
// geodata (STEPPE_DATA_DIR) or another CRS does not match and is passed over.
std::filesystem::path builtin_prepared_file();
// The key of the built-in atlas's build-time file: format version, CRS and
// the bytes of the geodata files (the build system rebuilds it when the
// program changes); nullopt when the geodata cannot be read.
std::optional<std::uint64_t> builtin_prepared_key(const Projection& projection);

// The cache folder in use, or nullopt when the cache is off or no folder is known.
std::optional<std::filesystem::path> geometry_cache_dir();

// Builds without any cache (what prepare_atlas caches).
PreparedAtlas build_prepared_atlas(const PrepareRequest& request, const Projection& projection, bool with_anchors);

} // namespace steppe
