#include "core/page_theme.hpp"

#include <cctype>
#include <string>

namespace steppe {

std::optional<PageTheme> parse_page_theme(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "standard") return PageTheme::Standard;
  if (lower == "projector") return PageTheme::Projector;
  return std::nullopt;
}

std::string_view to_string(PageTheme theme) {
  switch (theme) {
  case PageTheme::Standard: return "standard";
  case PageTheme::Projector: return "projector";
  }
  return "standard";
}

} // namespace steppe
