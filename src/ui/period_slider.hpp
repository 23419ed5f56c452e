#pragma once
// A slider over the periods of an indicator series (core/indicator_series):
// shown only when the series has two or more periods; its label is the
// period as written ("2013年"), so the map never changes period unnoticed.
#include <cstddef>
#include <optional>

#include "core/indicator_series.hpp"

namespace steppe::ui {

// Draws into the current ImGui window; returns the new step when the user moved it.
std::optional<std::size_t> draw_period_slider(const IndicatorSeries& series, std::size_t current);

} // namespace steppe::ui
