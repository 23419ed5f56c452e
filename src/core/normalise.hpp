#pragma once
// Normalisation: any region/league/banner indicator shown per capita, per
// 10,000 people, per km² (geodesic area of the atlas's boundary) or as a share
// of its league's (region's) total. The result is a derived indicator whose
// caveat — shown by the legend wherever the map is drawn — names the
// denominator, its source and its period; values and denominator of different
// periods (2025 coal per 2020 population) are allowed only with that visible
// note. A place without a value or a denominator gets no row: no data, never 0.
#include <optional>
#include <string>
#include <string_view>

#include "core/atlas.hpp"
#include "core/indicator.hpp"

namespace steppe {

enum class Normalisation { PerCapita, Per10k, PerKm2, ShareOfParent };
// "per-capita", "per-10k", "per-km2", "share"; nullopt otherwise.
std::optional<Normalisation> parse_normalisation(std::string_view text);
std::string_view to_string(Normalisation n);

// `population`: an indicator of people at the same level (the census
// 常住人口), required for PerCapita and Per10k; `atlas` gives the areas (PerKm2)
// and the leagues (ShareOfParent). Throws steppe::Error for point indicators,
// a missing or mismatched population, or growth rates (a rate per person means nothing).
Indicator normalise(const Indicator& indicator, Normalisation how, const Atlas& atlas,
                    const Indicator* population = nullptr);

} // namespace steppe
