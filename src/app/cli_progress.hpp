#pragma once
// Progress of a long headless export on stderr: one line per stage change or
// per 10% step, so a 16384-px PNG or a deck says how far it has got.
#include <string>
#include <string_view>

#include "export/export_map.hpp"

namespace steppe::app {

ProgressCallback stderr_progress(std::string_view command);

} // namespace steppe::app
