// Placeholder: the explorer window is being built.
#include <iostream>

#include "app/commands.hpp"

namespace steppe::app {

int run_window(int, char**) {
  std::cerr << "steppe: the explorer window is not built yet; try `steppe info`.\n";
  return kFailure;
}

} // namespace steppe::app
