// Placeholder: `steppe render` is being built.
#include "app/commands.hpp"

namespace steppe::app {

void add_render_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("render", "not built yet");
  cmd->callback([&exit_code] { exit_code = kFailure; });
}

} // namespace steppe::app
