#pragma once
// GDAL kept local: steppe opens files a colleague mailed, and must never make
// a network connection because of what is inside one. Three layers:
//   - network drivers deregistered, /vsicurl/ and friends told to try nothing
//     (configure_gdal_offline, deregister_network_drivers);
//   - an allow-list of local vector drivers for every open (local_vector_drivers);
//   - every path is checked (io/input_file.hpp), and so is every source an OGR
//     VRT file refers to, before GDAL opens it (check_vrt_sources).
namespace steppe::gdal {

// Sets the process-wide GDAL options; idempotent. Called by ensure_registered()
// before GDALAllRegister(); deregister_network_drivers() right after it.
void configure_gdal_offline();
void deregister_network_drivers();

// NULL-terminated list of driver names for GDALOpenEx: local vector formats only.
const char* const* local_vector_drivers();

// When `path` is an OGR VRT file, checks each <SrcDataSource> (and every text
// in the file) the way check_gdal_input checks a user path: a local regular
// file or a local archive, never a network or other /vsi path, nested VRTs at
// most 4 deep. Throws steppe::Error naming the VRT, the source and the rule.
void check_vrt_sources(const char* path, int depth = 0);

} // namespace steppe::gdal
