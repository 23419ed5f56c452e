#include "export/png_stream.hpp"

#include <png.h>

#include <cerrno>
#include <cmath>
#include <csetjmp>
#include <cstring>
#include <string>

#include "core/error.hpp"
#include "render/png_writer.hpp"

namespace steppe {

struct PngStream::Impl {
  std::filesystem::path path;
  std::FILE* file = nullptr;
  png_structp png = nullptr;
  png_infop info = nullptr;
  int width = 0, rows_left = 0;
  char message[256] = {};

  ~Impl() {
    if (png != nullptr) png_destroy_write_struct(&png, info != nullptr ? &info : nullptr);
    if (file != nullptr) std::fclose(file);
  }

  [[noreturn]] void fail(const char* what) const {
    throw Error("cannot write PNG " + path.string() + ": " + what + (message[0] ? std::string(" (") + message + ")" : ""));
  }
};

namespace {

// libpng reports errors through longjmp back to the setjmp in the caller; only
// plain data lives between the two, so no destructor is skipped.
void on_error(png_structp png, png_const_charp msg) {
  auto* impl = static_cast<char*>(png_get_error_ptr(png));
  std::strncpy(impl, msg, 255);
  png_longjmp(png, 1);
}
void on_warning(png_structp, png_const_charp) {}

} // namespace

PngStream::PngStream(const std::filesystem::path& path, int width, int height, double dpi)
    : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  s.path = path;
  s.width = width;
  s.rows_left = height;
  s.file = std::fopen(path.c_str(), "wb");
  if (s.file == nullptr) {
    throw Error("cannot create " + path.string() + ": " + std::strerror(errno) +
                " (does the folder exist and is it writable?)");
  }
  s.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, s.message, on_error, on_warning);
  if (s.png == nullptr) s.fail("out of memory");
  s.info = png_create_info_struct(s.png);
  if (s.info == nullptr) s.fail("out of memory");
  if (setjmp(png_jmpbuf(s.png))) s.fail("libpng error");
  png_init_io(s.png, s.file);
  png_set_IHDR(s.png, s.info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  const auto per_metre = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
  png_set_pHYs(s.png, s.info, per_metre, per_metre, PNG_RESOLUTION_METER);
  set_fast_png_compression(s.png); // Sub filter + RLE: see render/png_writer.hpp
  png_write_info(s.png, s.info);
}

PngStream::~PngStream() = default;

void PngStream::write_row(std::span<const std::uint8_t> rgba) {
  Impl& s = *impl_;
  if (rgba.size() != static_cast<std::size_t>(s.width) * 4 || s.rows_left <= 0) {
    throw Error("PNG " + s.path.string() + ": row of the wrong size or too many rows");
  }
  if (setjmp(png_jmpbuf(s.png))) s.fail("libpng error while writing rows (is the disk full?)");
  png_write_row(s.png, rgba.data());
  --s.rows_left;
}

void PngStream::finish() {
  Impl& s = *impl_;
  if (s.rows_left != 0) throw Error("PNG " + s.path.string() + ": " + std::to_string(s.rows_left) + " rows missing");
  if (setjmp(png_jmpbuf(s.png))) s.fail("libpng error at the end of the file");
  png_write_end(s.png, nullptr);
  std::FILE* f = s.file;
  s.file = nullptr;
  if (std::fflush(f) != 0 || std::ferror(f) != 0) {
    std::fclose(f);
    s.fail("the disk refused the data (is it full?)");
  }
  if (std::fclose(f) != 0) s.fail("closing the file failed");
}

} // namespace steppe
