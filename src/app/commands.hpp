#pragma once
// Each headless subcommand registers itself on the CLI11 app from its own file.
// A callback stores the process exit code in `exit_code`.
#include <CLI/CLI.hpp>

#include <string>

namespace steppe::app {

// Exit codes shared by every subcommand.
enum Exit : int {
  kOk = 0,
  kFailure = 1,   // the work failed (unreadable input, render error)
  kUsage = 2,     // bad command line
  kNoDisplay = 3, // the window cannot open here
};

void add_info_command(CLI::App& app, int& exit_code);
void add_render_command(CLI::App& app, int& exit_code);
void add_indicators_command(CLI::App& app, int& exit_code);
void add_join_command(CLI::App& app, int& exit_code);

// `steppe --version`: versions of steppe and its libraries, GL renderer, data folder.
std::string version_text();

// The interactive explorer window (no subcommand).
int run_window(int argc, char** argv);

} // namespace steppe::app
