#include "app/window_startup.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace steppe::app {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::string(v) : std::string();
}

// "a,b,c" -> {"a", "b", "c"} (empty items dropped).
std::vector<std::string> split_codes(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const std::size_t comma = std::min(text.find(','), text.size());
    if (comma > 0) out.emplace_back(text.substr(0, comma));
    text.remove_prefix(std::min(comma + 1, text.size()));
  }
  return out;
}

} // namespace

ui::ExplorerStartup startup_from_environment() {
  ui::ExplorerStartup s;
  s.indicator = env("STEPPE_EXPLORER_INDICATOR");
  s.select = split_codes(env("STEPPE_EXPLORER_SELECT"));
  s.split = env("STEPPE_EXPLORER_SPLIT");
  s.periods = env("STEPPE_EXPLORER_PERIODS") == "1";
  s.hide_panels = env("STEPPE_EXPLORER_HIDE_PANELS") == "1";
  s.snapshot = env("STEPPE_EXPLORER_SNAPSHOT");
  s.export_path = env("STEPPE_EXPLORER_EXPORT");
  s.export_title = env("STEPPE_EXPLORER_EXPORT_TITLE");
  s.deck = env("STEPPE_EXPLORER_DECK");
  if (const std::string present = env("STEPPE_EXPLORER_PRESENT"); !present.empty()) {
    const long n = std::strtol(present.c_str(), nullptr, 10);
    s.present_from = static_cast<std::size_t>(std::max(1L, n));
  }
  s.widgets = env("STEPPE_EXPLORER_WIDGETS");
  s.frame_delay_ms = std::atoi(env("STEPPE_EXPLORER_FRAME_DELAY_MS").c_str());
  return s;
}

} // namespace steppe::app
