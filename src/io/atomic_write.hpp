#pragma once
// Saving a text file so that a crash, a full disk or an unwritable folder never
// leaves a half-written file behind: the bytes go to a temporary file in the
// same folder, are flushed to disk (fsync), and only then renamed over the
// target (rename is atomic within one file system). On any failure the
// temporary file is removed and the previous file is left as it was.
#include <filesystem>
#include <string_view>

namespace steppe {

// Throws steppe::Error naming `path`, the cause (errno text) and what to do.
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

} // namespace steppe
