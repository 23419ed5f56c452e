#include "io/shipped_data.hpp"

#include <cstdlib>
#include <string>
#include <system_error>

namespace steppe {

namespace fs = std::filesystem;

fs::path shipped_data_root() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  fs::path dir = exe.parent_path();
  for (int up = 0; up < 3 && !dir.empty(); ++up) {
    const fs::path candidate = dir / "share" / "steppe";
    if (fs::is_directory(candidate / "geodata", ec)) return candidate;
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

fs::path shipped_data_dir(std::string_view name, const char* env_var) {
  if (const char* env = std::getenv(env_var); env != nullptr && *env != '\0') return env;
  const fs::path root = shipped_data_root();
  if (root.empty()) return fs::path("share/steppe") / std::string(name);
  return root / std::string(name);
}

} // namespace steppe
