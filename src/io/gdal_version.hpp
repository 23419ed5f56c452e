#pragma once
// The GDAL library steppe runs with (steppe --version).
#include <string>

namespace steppe {

// e.g. "GDAL 3.6.2" (the library loaded at run time, not the headers').
std::string gdal_version();

} // namespace steppe
