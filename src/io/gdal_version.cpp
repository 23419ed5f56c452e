#include "io/gdal_version.hpp"

#include <gdal.h>

namespace steppe {

std::string gdal_version() { return std::string("GDAL ") + GDALVersionInfo("RELEASE_NAME"); }

} // namespace steppe
