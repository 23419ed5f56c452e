#pragma once
// Lossless thinning of a layer: drops vertices that lie exactly on the straight
// line through their neighbours in every ring that contains them. Shared borders
// lose the same vertices on both sides, so neighbours still match exactly and no
// area changes (exact integer arithmetic on the 1/1024-degree grid).
#include <vector>

#include "geojson_writer.hpp"

namespace steppe::geodata {

// Returns how many vertices were removed.
std::size_t drop_collinear_vertices(std::vector<OutFeature>& layer);

} // namespace steppe::geodata
