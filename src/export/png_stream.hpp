#pragma once
// A PNG written row by row (libpng), so a 16384 × 16384 export never holds the
// whole image: tiles are rendered one band at a time and appended.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <span>

namespace steppe {

class PngStream {
public:
  // Opens `path` for writing; throws steppe::Error naming it on failure.
  PngStream(const std::filesystem::path& path, int width, int height, double dpi);
  ~PngStream();
  PngStream(const PngStream&) = delete;
  PngStream& operator=(const PngStream&) = delete;

  // One RGBA row (width × 4 bytes), top row first.
  void write_row(std::span<const std::uint8_t> rgba);
  // Writes the end of the PNG and closes the file; throws on failure.
  void finish();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
