// export/png_stream: the PNG writer of exports, which filters and deflates a
// band in slices on every core (one zlib stream). Written in pieces of any
// size, it reads back (libpng) as exactly the rows given, with its DPI.
#include <catch2/catch.hpp>

#include <png.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <vector>

#include "core/error.hpp"
#include "export/png_stream.hpp"
#include "render/png_writer.hpp"

using namespace steppe;

namespace {

// A map-like picture: flat areas, edges and some noise (so slices differ).
Image test_image(int w, int h) {
  Image img(w, h);
  std::mt19937 rng(7);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const bool edge = (x + 2 * y) % 97 < 2;
      const auto n = static_cast<std::uint8_t>(rng() % 3);
      img.set(x, y, {static_cast<std::uint8_t>(edge ? 40 : 230 - n), static_cast<std::uint8_t>((x / 64) * 9 % 256),
                     static_cast<std::uint8_t>((y / 48) * 13 % 256), static_cast<std::uint8_t>(x % 50 == 0 ? 128 : 255)});
    }
  return img;
}

std::filesystem::path temp_png(const char* name) { return std::filesystem::temp_directory_path() / name; }

} // namespace

TEST_CASE("PNG stream: any split into rows reads back exactly, large bands in parallel slices", "[export][png]") {
  // 2400 x 1800: 17 MB of RGBA, over the 16 MiB that is compressed at once in slices.
  const Image img = test_image(2400, 1800);
  const std::size_t row = static_cast<std::size_t>(img.width) * 4;
  const std::filesystem::path path = temp_png("steppe_png_stream_test.png");
  {
    PngStream png(path, img.width, img.height, 192);
    // One row, then 7 rows, then the rest as one band.
    png.write_rows({img.rgba.data(), row});
    png.write_rows({img.rgba.data() + row, 7 * row});
    png.write_rows({img.rgba.data() + 8 * row, img.rgba.size() - 8 * row});
    png.finish();
  }
  const Image back = read_png(path);
  REQUIRE(back.width == img.width);
  REQUIRE(back.height == img.height);
  CHECK(back.rgba == img.rgba);
  // Compressed about as well as libpng's writer with the same settings.
  const std::filesystem::path ref = temp_png("steppe_png_stream_ref.png");
  write_png(img, ref);
  const auto ours = std::filesystem::file_size(path), theirs = std::filesystem::file_size(ref);
  CHECK(static_cast<double>(ours) < static_cast<double>(theirs) * 1.05);
  // The DPI is in pHYs: 192 dpi = 7559 px per metre.
  FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f != nullptr);
  png_structp p = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(p);
  png_init_io(p, f);
  png_read_info(p, info);
  png_uint_32 xres = 0, yres = 0;
  int unit = 0;
  REQUIRE(png_get_pHYs(p, info, &xres, &yres, &unit) != 0);
  CHECK(xres == 7559);
  CHECK(unit == PNG_RESOLUTION_METER);
  png_destroy_read_struct(&p, &info, nullptr);
  std::fclose(f);
  std::filesystem::remove(path);
  std::filesystem::remove(ref);
}

TEST_CASE("PNG stream: too many or too few rows are refused", "[export][png]") {
  const Image img = test_image(40, 10);
  const std::size_t row = static_cast<std::size_t>(img.width) * 4;
  const std::filesystem::path path = temp_png("steppe_png_stream_rows.png");
  {
    PngStream png(path, img.width, img.height, 96);
    png.write_rows({img.rgba.data(), 5 * row});
    CHECK_THROWS_AS(png.finish(), Error); // 5 rows missing
  }
  {
    PngStream png(path, img.width, img.height, 96);
    CHECK_THROWS_AS(png.write_rows({img.rgba.data(), row + 4}), Error); // not whole rows
    png.write_rows(img.rgba);
    CHECK_THROWS_AS(png.write_rows({img.rgba.data(), row}), Error); // an 11th row
    png.finish();
  }
  CHECK(read_png(path).rgba == img.rgba);
  std::filesystem::remove(path);
}
