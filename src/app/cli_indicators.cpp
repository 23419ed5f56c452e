// Placeholder: `steppe indicators` is being built.
#include "app/commands.hpp"

namespace steppe::app {

void add_indicators_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("indicators", "not built yet");
  cmd->callback([&exit_code] { exit_code = kFailure; });
}

} // namespace steppe::app
