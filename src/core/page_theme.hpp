#pragma once
// How a page is dressed for where it is seen: the standard look (screen and
// print), or the projector theme for a room — darker borders, an opaque label
// halo, larger labels (see export/page_theme_style for what each changes).
// Picked by `steppe render --theme`, a deck's `theme = "projector"`, and the
// T key during a presentation (F5).
#include <optional>
#include <string_view>

namespace steppe {

enum class PageTheme { Standard, Projector };

// "standard" or "projector" (case-insensitive); nullopt otherwise.
std::optional<PageTheme> parse_page_theme(std::string_view text);
std::string_view to_string(PageTheme theme);

} // namespace steppe
