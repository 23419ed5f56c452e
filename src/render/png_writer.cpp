#include "render/png_writer.hpp"

#include <png.h>

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

void write_png(const Image& img, const std::filesystem::path& path) {
  if (img.width <= 0 || img.height <= 0 ||
      img.rgba.size() != static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height) * 4) {
    throw Error("write_png " + path.string() + ": the image is empty or malformed");
  }
  SafeOutput out(path); // removes its temporary file unless committed
  const std::filesystem::path& tmp = out.temp_path();
  PngImage png;
  png.image.width = static_cast<png_uint_32>(img.width);
  png.image.height = static_cast<png_uint_32>(img.height);
  png.image.format = PNG_FORMAT_RGBA;
  if (!png_image_write_to_file(&png.image, tmp.c_str(), 0, img.rgba.data(), 0, nullptr)) {
    throw Error("cannot write PNG " + path.string() + ": " + png.image.message +
                " (is the directory writable?)");
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
