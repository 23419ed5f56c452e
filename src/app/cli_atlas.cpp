#include "app/cli_atlas.hpp"

#include <iostream>
#include <vector>

#include "io/boundary_reader.hpp"
#include "io/builtin_atlas.hpp"

namespace steppe::app {

Atlas load_cli_atlas(const std::string& data_path, std::string_view command) {
  std::vector<std::string> warnings;
  Atlas atlas;
  if (data_path.empty()) {
    atlas = load_builtin_atlas(&warnings);
  } else {
    BoundaryReadOptions read;
    read.path = data_path;
    atlas = load_atlas_file(read, &warnings);
  }
  for (const std::string& w : warnings) std::cerr << "steppe " << command << ": warning: " << w << "\n";
  return atlas;
}

} // namespace steppe::app
