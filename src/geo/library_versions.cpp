#include "geo/library_versions.hpp"

#include <geos_c.h>
#include <proj.h>

namespace steppe {

std::string geo_library_versions() {
  const PJ_INFO info = proj_info();
  std::string geos = GEOSversion(); // "3.11.1-CAPI-1.17.1": the library's own version first
  geos = geos.substr(0, geos.find("-CAPI"));
  return std::string("PROJ ") + (info.version != nullptr ? info.version : "?") + ", GEOS " + geos;
}

} // namespace steppe
