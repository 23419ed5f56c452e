#include "ui/window_snapshot.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "core/error.hpp"
#include "io/safe_output.hpp"
#include "render/image.hpp"
#include "render/png_writer.hpp"

namespace steppe::ui {
namespace {

// The window's back buffer as an image (rows top first).
Image read_back_buffer(int width, int height) {
  Image img(width, height);
  std::vector<std::uint8_t> bottom_up(img.rgba.size());
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y) {
    std::copy_n(bottom_up.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(height - 1 - y) * row),
                row, img.rgba.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * row));
  }
  return img;
}

} // namespace

void write_window_snapshot(int framebuffer_w, int framebuffer_h, const MapArea& map,
                           const std::filesystem::path& path) {
  write_png(read_back_buffer(framebuffer_w, framebuffer_h), path);
  const std::filesystem::path sidecar = path.string() + ".map";
  std::ostringstream out;
  out << map.x << " " << map.y << " " << map.w << " " << map.h << "\n";
  write_file_safely(sidecar, out.str());
}

} // namespace steppe::ui
