#pragma once
// PNG files through libpng. Writing goes to a temporary file in the same
// directory, renamed into place, so a failed export never leaves half a PNG.
#include <filesystem>

#include "render/image.hpp"

namespace steppe {

// Throws steppe::Error naming the file on failure.
//
// Compression: every row filtered with "Sub" (the difference to the pixel on
// the left) and zlib's run-length strategy. A map is mostly flat colour, so
// Sub turns fills into runs of zeros that RLE codes at once: on a 3840x2160
// choropleth this is about 4x faster than libpng's defaults (adaptive filters,
// full deflate) and the files come out about the same size (-1%).
void write_png(const Image& image, const std::filesystem::path& path);
Image read_png(const std::filesystem::path& path);

} // namespace steppe

// The settings above, for other libpng writers (export/png_stream.cpp).
struct png_struct_def;
namespace steppe {
void set_fast_png_compression(png_struct_def* png);

} // namespace steppe
