#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "core/indicator_series.hpp"

using namespace steppe;

namespace {

// The top-level `key = "value"` lines of a shipped indicator TOML (what a
// series needs: id, series, period); the full reader lives in io/ and is
// tested there.
Indicator shipped_meta(const std::filesystem::path& toml) {
  Indicator ind;
  std::ifstream in(toml);
  std::string line;
  auto value = [&line](std::string_view key) -> std::optional<std::string> {
    if (!line.starts_with(std::string(key) + " = \"")) return std::nullopt;
    const std::size_t open = line.find('"');
    return line.substr(open + 1, line.rfind('"') - open - 1);
  };
  while (std::getline(in, line)) {
    if (line.starts_with("[")) break;
    if (auto v = value("id")) ind.meta.id = *v;
    if (auto v = value("series")) ind.meta.series = *v;
    if (auto v = value("period")) ind.meta.period = *v;
  }
  return ind;
}

std::vector<Indicator> shipped() {
  std::vector<Indicator> all;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(STEPPE_SOURCE_ROOT) / "indicators"))
    if (e.path().extension() == ".toml") all.push_back(shipped_meta(e.path()));
  return all;
}

Indicator meta(std::string id, std::string series, std::string period) {
  Indicator ind;
  ind.meta.id = std::move(id);
  ind.meta.series = std::move(series);
  ind.meta.period = std::move(period);
  return ind;
}

} // namespace

TEST_CASE("indicator series: periods sort by time, ranges and halves included") {
  CHECK(period_span("2013") < period_span("2021"));
  CHECK(period_span("2024-H1") < period_span("2024-H2"));
  CHECK(period_span("2024-H1").last == period_span("2024-06").last);
  CHECK(period_span("2025-01/2025-07").first == period_span("2025-01").first);
  CHECK(period_span("2025-01/2025-07").last == period_span("2025-07").last);
  CHECK(period_span("2024-Q3").first == period_span("2024-07").first);
  CHECK_THROWS_WITH(period_span("2024-13"), Catch::Contains("2024-13"));
}

TEST_CASE("indicator series: the shipped indicators sharing a series are ordered by period") {
  const std::vector<Indicator> all = shipped();
  REQUIRE(all.size() > 100);
  const std::vector<IndicatorSeries> series = group_series(all);

  auto find = [&series](const std::string& key) -> const IndicatorSeries* {
    for (const IndicatorSeries& s : series)
      if (s.key == key) return &s;
    return nullptr;
  };
  const IndicatorSeries* gdp = find("gdp_growth_league_annual");
  REQUIRE(gdp != nullptr);
  // 2013: one indicator holding Baotou's estimate (预计, row kind) and Tongliao's achieved figure.
  REQUIRE(gdp->size() == 2);
  CHECK(gdp->steps[0]->meta.id == "gdp_growth_league_2013");
  CHECK(gdp->steps[1]->meta.id == "gdp_growth_league_2021");

  const IndicatorSeries* income = find("urban_disposable_income_per_capita_league_annual");
  REQUIRE(income != nullptr);
  CHECK(income->position_of("urban_disposable_income_per_capita_league_2021") == 1);
  CHECK(income->position_of("nope") == 2);

  // Every multi-step series of the shipped data is strictly ordered in time.
  std::size_t multi = 0;
  for (const IndicatorSeries& s : series) {
    if (s.size() < 2) continue;
    ++multi;
    for (std::size_t i = 1; i < s.size(); ++i)
      CHECK(period_span(s.steps[i - 1]->meta.period) <= period_span(s.steps[i]->meta.period));
  }
  CHECK(multi >= 10);

  // series_of finds the neighbours of one step.
  const Indicator* y2013 = gdp->steps[0];
  CHECK(series_of(all, *y2013).size() == 2);
}

TEST_CASE("indicator series: an indicator without a series key is a series of one") {
  const std::vector<Indicator> all{meta("a", "", "2024"), meta("b", "s", "2021"), meta("c", "s", "2013")};
  CHECK(series_of(all, all[0]).size() == 1);
  const IndicatorSeries s = series_of(all, all[1]);
  REQUIRE(s.size() == 2);
  CHECK(s.steps[0]->meta.id == "c");
  CHECK(group_series(all).size() == 1);
}

TEST_CASE("indicator series: panes of different periods are flagged in the legend") {
  const Indicator a = meta("gdp_2013", "s", "2013");
  const Indicator b = meta("gdp_2021", "s", "2021");
  CHECK(mixed_period_warnings({&a, &a}).empty());
  const auto w = mixed_period_warnings({&a, &b}, {"GDP 2013", "GDP 2021"});
  REQUIRE(w.size() == 1);
  CHECK(w[0] == "panes show different periods / 时期不同: GDP 2013 2013, GDP 2021 2021");

  Legend legend;
  Indicator rows = a;
  IndicatorValue v;
  v.code = "150200";
  v.value = 1;
  v.period = "2012";
  rows.values.push_back(v);
  add_period_warnings(legend, {&rows, &b});
  REQUIRE(legend.warnings.size() == 2);
  CHECK(legend.warnings[1].find("2012") != std::string::npos);
  add_period_warnings(legend, {&rows, &b}); // no duplicates
  CHECK(legend.warnings.size() == 2);
}
