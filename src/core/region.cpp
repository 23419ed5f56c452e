#include "core/region.hpp"

#include <algorithm>
#include <cctype>

namespace steppe {

std::string_view to_string(Level level) {
  switch (level) {
  case Level::Region: return "region";
  case Level::League: return "league";
  case Level::Banner: return "banner";
  }
  return "banner";
}

std::optional<Level> parse_level(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "region") return Level::Region;
  if (lower == "league") return Level::League;
  if (lower == "banner") return Level::Banner;
  return std::nullopt;
}

} // namespace steppe
