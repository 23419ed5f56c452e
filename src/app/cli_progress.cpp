#include "app/cli_progress.hpp"

#include <cmath>
#include <iostream>
#include <memory>

namespace steppe::app {

ProgressCallback stderr_progress(std::string_view command) {
  struct State {
    std::string command;
    std::string stage;
    int tenth = -1;
  };
  auto state = std::make_shared<State>(State{std::string(command), {}, -1});
  return [state](double fraction, std::string_view stage) {
    const int tenth = static_cast<int>(std::floor(fraction * 10.0));
    if (stage != state->stage || tenth > state->tenth) {
      state->stage = std::string(stage);
      state->tenth = tenth;
      std::cerr << "steppe " << state->command << ": " << static_cast<int>(std::lround(fraction * 100))
                << "% " << stage << "\n";
    }
    return true; // never cancels
  };
}

} // namespace steppe::app
