#pragma once
// The PROJ and GEOS libraries steppe runs with (steppe --version).
#include <string>

namespace steppe {

// e.g. "PROJ 9.1.1, GEOS 3.11.1" (the libraries loaded at run time).
std::string geo_library_versions();

} // namespace steppe
