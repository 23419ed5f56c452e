#pragma once
// The explorer's start-up set-up from STEPPE_EXPLORER_* environment
// variables (README: "The window's hooks"), read here once.
#include "ui/explorer_startup.hpp"

namespace steppe::app {

ui::ExplorerStartup startup_from_environment();

} // namespace steppe::app
