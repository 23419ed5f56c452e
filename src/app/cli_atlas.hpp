#pragma once
// The atlas a headless subcommand works on: the built-in one, or a user's
// boundary file (--data). Warnings go to stderr prefixed with the command.
#include <string>
#include <string_view>

#include "core/atlas.hpp"

namespace steppe::app {

Atlas load_cli_atlas(const std::string& data_path, std::string_view command);

} // namespace steppe::app
