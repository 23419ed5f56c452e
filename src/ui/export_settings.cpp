#include "ui/export_settings.hpp"

#include <cstdlib>
#include <fstream>

#include "core/error.hpp"
#include "export/export_presets.hpp"
#include "io/atomic_write.hpp"

namespace steppe::ui {

std::optional<std::filesystem::path> export_settings_path() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg == '/') {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    base = std::filesystem::path(home) / ".config";
  } else {
    return std::nullopt;
  }
  return base / "steppe" / "export.toml";
}

std::optional<std::string> load_export_preset(const std::filesystem::path& file) {
  // One TOML key, read by hand: `preset = "id"` (ids are plain ASCII, no escapes).
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t key = line.find_first_not_of(" \t");
    if (key == std::string::npos || line.compare(key, 6, "preset") != 0) continue;
    const std::size_t open = line.find('"', key);
    const std::size_t close = open == std::string::npos ? open : line.find('"', open + 1);
    if (close == std::string::npos) return std::nullopt;
    std::string id = line.substr(open + 1, close - open - 1);
    if (find_export_preset(id) != nullptr) return id;
    return std::nullopt; // an id from another version: start at the window size
  }
  return std::nullopt;
}

void save_export_preset(const std::filesystem::path& file, const std::string& preset_id) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) throw Error(file.parent_path().string() + ": cannot create the settings folder (" + ec.message() + ")");
  if (find_export_preset(preset_id) == nullptr) throw Error("unknown export preset '" + preset_id + "'");
  write_file_atomically(file, "# steppe: the export panel's last size preset\npreset = \"" + preset_id + "\"\n");
}

} // namespace steppe::ui
