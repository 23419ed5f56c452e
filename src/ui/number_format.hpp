#pragma once
// Numbers as a presenter reads them aloud: 172,552 km², not 172552.4.
#include <string>

namespace steppe::ui {

// Rounds to `decimals` places and groups the integer part in thousands with
// commas: format_thousands(172552.4) == "172,552", (-1234.5, 1) == "-1,234.5".
// Non-finite values come back as "—" (an em dash): missing is never shown as 0.
std::string format_thousands(double value, int decimals = 0);

// "172,552 km²" (whole km² above 100, one decimal below, so small districts are not "0").
std::string format_area_km2(double km2);

} // namespace steppe::ui
