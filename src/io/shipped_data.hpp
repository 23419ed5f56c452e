#pragma once
// Where steppe's shipped data lives. An installed steppe (cmake --install,
// the .deb) is PREFIX/bin/steppe with PREFIX/share/steppe/{geodata,
// indicators,decks,shaders}; a build tree gets the same layout in
// BUILD/share/steppe (links to the source folders, made by CMake). So one
// rule serves both, and no source path is compiled in: the share/steppe
// folder beside the running executable or one or two levels above it.
// Each folder can be overridden by its own environment variable.
#include <filesystem>
#include <string_view>

namespace steppe {

// The share/steppe folder found from the executable; empty when none is.
std::filesystem::path shipped_data_root();

// $`env_var` if set, else shipped_data_root() / `name` (or just `name`
// under a missing root, so that the loader's error names what is missing).
std::filesystem::path shipped_data_dir(std::string_view name, const char* env_var);

} // namespace steppe
