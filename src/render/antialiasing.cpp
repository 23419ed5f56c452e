#include "render/antialiasing.hpp"

#include <glad/gl.h>

#include <cstdlib>
#include <string>

namespace steppe {

bool is_software_renderer(std::string_view gl_renderer) {
  for (const std::string_view name : {"llvmpipe", "softpipe", "SwiftShader", "swiftshader"}) {
    if (gl_renderer.find(name) != std::string_view::npos) return true;
  }
  return false;
}

int effective_samples(int requested) {
  if (const char* env = std::getenv("STEPPE_MSAA"); env != nullptr && *env != '\0') {
    const int forced = std::atoi(env);
    if (forced >= 0) return forced;
  }
  static const bool software = [] {
    const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return name != nullptr && is_software_renderer(name);
  }();
  return software ? 1 : requested;
}

} // namespace steppe
