#include "render/png_writer.hpp"

#include <png.h>
#include <zlib.h>

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

#include "core/error.hpp"
#include "io/safe_output.hpp"

namespace steppe {

namespace {

// png_image owns libpng state until png_image_free.
struct PngImage {
  png_image image;
  PngImage() {
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
  }
  ~PngImage() { png_image_free(&image); }
  PngImage(const PngImage&) = delete;
  PngImage& operator=(const PngImage&) = delete;
};

} // namespace

namespace {

// A libpng write struct and its file, released together.
struct PngWriter {
  std::FILE* file = nullptr;
  png_structp png = nullptr;
  png_infop info = nullptr;
  char message[256] = {};
  ~PngWriter() {
    if (png != nullptr) png_destroy_write_struct(&png, info != nullptr ? &info : nullptr);
    if (file != nullptr) std::fclose(file);
  }
};

void on_error(png_structp png, png_const_charp msg) {
  auto* message = static_cast<char*>(png_get_error_ptr(png));
  std::strncpy(message, msg, 255);
  png_longjmp(png, 1);
}
void on_warning(png_structp, png_const_charp) {}

// Encodes `img` into `path`; false (with `message` set) on failure. Only plain
// data lives between setjmp and the libpng calls, so no destructor is skipped.
bool encode(const Image& img, const std::filesystem::path& path, PngWriter& w) {
  w.file = std::fopen(path.c_str(), "wb");
  if (w.file == nullptr) {
    std::strncpy(w.message, std::strerror(errno), 255);
    return false;
  }
  w.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, w.message, on_error, on_warning);
  if (w.png == nullptr) return false;
  w.info = png_create_info_struct(w.png);
  if (w.info == nullptr) return false;
  if (setjmp(png_jmpbuf(w.png))) return false;
  png_init_io(w.png, w.file);
  png_set_IHDR(w.png, w.info, static_cast<png_uint_32>(img.width), static_cast<png_uint_32>(img.height), 8,
               PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  set_fast_png_compression(w.png);
  png_write_info(w.png, w.info);
  const std::size_t row = static_cast<std::size_t>(img.width) * 4;
  for (int y = 0; y < img.height; ++y) png_write_row(w.png, img.rgba.data() + static_cast<std::size_t>(y) * row);
  png_write_end(w.png, nullptr);
  const bool closed = std::fclose(w.file) == 0;
  w.file = nullptr;
  if (!closed) std::strncpy(w.message, "cannot close the file (is the disk full?)", 255);
  return closed;
}

} // namespace

void set_fast_png_compression(png_structp png) {
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_compression_strategy(png, Z_RLE);
  png_set_compression_level(png, 6);
}

void write_png(const Image& img, const std::filesystem::path& path) {
  if (img.width <= 0 || img.height <= 0 ||
      img.rgba.size() != static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height) * 4) {
    throw Error("write_png " + path.string() + ": the image is empty or malformed");
  }
  SafeOutput out(path); // removes its temporary file unless committed
  const std::filesystem::path& tmp = out.temp_path();
  {
    PngWriter writer;
    if (!encode(img, tmp, writer)) {
      const std::string why = writer.message[0] ? writer.message : "libpng error";
      throw Error("cannot write PNG " + path.string() + ": " + why + " (is the directory writable?)");
    }
  }
  out.commit();
}

Image read_png(const std::filesystem::path& path) {
  PngImage png;
  if (!png_image_begin_read_from_file(&png.image, path.c_str())) {
    throw Error("cannot read PNG " + path.string() + ": " + png.image.message);
  }
  png.image.format = PNG_FORMAT_RGBA;
  Image img(static_cast<int>(png.image.width), static_cast<int>(png.image.height));
  if (!png_image_finish_read(&png.image, nullptr, img.rgba.data(), 0, nullptr)) {
    throw Error("cannot decode PNG " + path.string() + ": " + png.image.message);
  }
  return img;
}

} // namespace steppe
