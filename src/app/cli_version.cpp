// `steppe --version`: steppe's version (CMake project version, plus git
// describe of the tree it was built from), the libraries it runs with, the
// GL renderer a headless render would use, and the data folder it reads.
#include <string>

#include "app/commands.hpp"
#include "core/error.hpp"
#include "geo/library_versions.hpp"
#include "io/gdal_version.hpp"
#include "io/shipped_data.hpp"
#include "render/offscreen_context.hpp"
#include "steppe_git.hpp"

namespace steppe::app {

std::string version_text() {
  std::string text = "steppe " STEPPE_VERSION;
  const std::string git = STEPPE_GIT_DESCRIBE;
  if (!git.empty()) text += " (git " + git + ")";
  text += "\n" + gdal_version() + ", " + geo_library_versions() + "\n";
  try {
    const OffscreenContext context;
    text += "GL renderer (headless): " + context.description() + "\n";
  } catch (const Error& e) {
    text += "GL renderer (headless): none (" + std::string(e.what()) + ")\n";
  }
  const std::filesystem::path data = shipped_data_root();
  text += "data: " + (data.empty() ? std::string("no share/steppe folder found beside the executable") : data.string());
  return text;
}

} // namespace steppe::app
