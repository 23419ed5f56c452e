// steppe: with no subcommand, opens the explorer window; otherwise runs a
// headless subcommand (info, render, indicators, join).
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "app/commands.hpp"
#include "core/error.hpp"
#include "core/phase_timings.hpp"

int main(int argc, char** argv) {
  using namespace steppe::app;
  if (const char* t = std::getenv("STEPPE_TIMINGS"); t != nullptr && *t != '\0' && std::string_view(t) != "0") {
    steppe::enable_phase_timings();
  }
  const steppe::ScopedPhase total("main to exit");
  CLI::App app{"steppe — an atlas of Inner Mongolia's leagues and banners"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", [] { return version_text(); }, "Print the version of steppe and its libraries, then exit");
  int exit_code = kOk;
  add_info_command(app, exit_code);
  add_render_command(app, exit_code);
  add_indicators_command(app, exit_code);
  add_join_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kOk : kUsage;
  } catch (const steppe::Error& e) {
    std::cerr << "steppe: " << e.what() << "\n";
    return kFailure;
  }
  if (app.get_subcommands().empty()) return run_window(argc, argv);
  return exit_code;
}
