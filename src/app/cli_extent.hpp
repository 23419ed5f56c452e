#pragma once
// `steppe render --extent TEXT`: the region to frame, found the way the
// window's search box and `steppe info --find` find it (core/region_search):
// a code (150200), a Chinese name or its start (包头), an English name
// (Baotou), pinyin initials (bt). A miss names the closest regions ("did you
// mean …").
#include <cstddef>
#include <ostream>
#include <string>

#include "core/atlas.hpp"

namespace steppe::app {

// The index into atlas.regions of the best match. When the match is not an
// exact code or name, says on `info` which region was taken. Throws
// steppe::Error ("--extent 'X' matches no region; did you mean …?") on a miss.
std::size_t find_extent_region(const Atlas& atlas, const std::string& text, std::ostream& info);

} // namespace steppe::app
