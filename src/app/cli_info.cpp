// Placeholder: `steppe info` is being built.
#include "app/commands.hpp"

namespace steppe::app {

void add_info_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("info", "not built yet");
  cmd->callback([&exit_code] { exit_code = kFailure; });
}

} // namespace steppe::app
