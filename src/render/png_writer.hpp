#pragma once
// PNG files through libpng. Writing goes to a temporary file in the same
// directory, renamed into place, so a failed export never leaves half a PNG.
#include <filesystem>

#include "render/image.hpp"

namespace steppe {

// Throws steppe::Error naming the file on failure.
void write_png(const Image& image, const std::filesystem::path& path);
Image read_png(const std::filesystem::path& path);

} // namespace steppe
