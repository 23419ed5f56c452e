#pragma once
// A PNG written a band of rows at a time, so a 16384 × 16384 export never
// holds the whole image: tiles are rendered one band at a time and appended.
// Each band is filtered and deflated by as many threads as there are cores
// (slices of one zlib stream, the pigz way); the settings are
// render/png_writer's ("Sub" filter, zlib level 6, run-length strategy).
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

  // Whole RGBA rows (width × 4 bytes each), top first; a band of 16 MiB or
  // more is compressed at once, in parallel, smaller ones gathered first.
  void write_rows(std::span<const std::uint8_t> rgba);
  // Writes the end of the PNG and closes the file; throws on failure.
  void finish();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
