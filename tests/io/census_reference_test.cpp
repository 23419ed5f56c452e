// The census base layer (indicators/census/, generated from
// indicators/reference/census2020_inner_mongolia.csv) checked against the table
// itself, independently of the generator: every value, every provenance, the
// development zones, and the parts-vs-total check banners + zones = league.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/choropleth.hpp"
#include "core/indicator.hpp"
#include "core/indicator_summary.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_csv.hpp"
#include "io/indicator_reader.hpp"

using namespace steppe;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

const std::string kFile = "census2020_inner_mongolia.csv";

struct Census {
  std::vector<std::string> header;
  std::map<std::string, std::map<std::string, std::string>> rows; // code -> column -> cell
};

const Census& census() {
  static const Census c = [] {
    std::ifstream in(fs::path(STEPPE_SOURCE_ROOT) / "indicators" / "reference" / kFile, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const CsvTable t = parse_csv(s.str(), kFile);
    Census out;
    out.header = t.header;
    for (const auto& r : t.records)
      for (std::size_t i = 0; i < t.header.size(); ++i) out.rows[r.fields[0]][t.header[i]] = r.fields[i];
    return out;
  }();
  return c;
}

bool is_zone(const std::string& code) { return code.ends_with("71") || code.ends_with("72"); }
bool is_league(const std::string& code) { return code != "150000" && code.ends_with("00"); }

const std::vector<Indicator>& shipped() {
  static const std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());
  return all;
}

const Indicator& get(const std::string& id) {
  for (const auto& i : shipped())
    if (i.meta.id == id) return i;
  FAIL("no shipped indicator " << id);
  throw;
}

// What each shipped quantity is in the table: one column, or 100 × a / b.
struct Spec {
  std::string column, numerator, denominator;
};
const std::map<std::string, Spec> kSpecs{
    {"population", {"人口数_合计", "", ""}},
    {"urban_share", {"", "城镇人口", "人口数_合计"}},
    {"minority_share", {"少数民族人口比重（%）", "", ""}},
    {"sex_ratio", {"性别比（女=100）", "", ""}},
    {"aged_65_plus_share", {"人口比重_65岁及以上", "", ""}},
    {"aged_0_14_share", {"人口比重_0-14岁", "", ""}},
    {"household_size", {"户规模", "", ""}},
    {"schooling_years", {"平均受教育年限_合计", "", ""}},
    {"mining_employment_share", {"", "采矿业", "各种行业人口总计"}},
    {"manufacturing_employment_share", {"", "制造业", "各种行业人口总计"}},
};

double number(const std::string& s) { return std::stod(s); }

} // namespace

TEST_CASE("the census table is the published one", "[census]") {
  REQUIRE(census().rows.size() == 121);
  REQUIRE(census().header.size() == 153);
  CHECK(census().rows.at("150000").at("人口数_合计") == "24049155");
  std::size_t zones = 0, leagues = 0, banners = 0;
  for (const auto& [code, row] : census().rows) {
    if (code == "150000") continue;
    if (is_league(code)) ++leagues;
    else if (is_zone(code)) ++zones;
    else ++banners;
  }
  CHECK(leagues == 12);
  CHECK(banners == 103);
  CHECK(zones == 5);
}

TEST_CASE("every census value is the table's cell or share, at banner and league level", "[census]") {
  for (const auto& [stem, spec] : kSpecs) {
    for (const std::string level : {"banner", "league"}) {
      const Indicator& ind = get("census_" + stem + "_" + level + "_2020");
      INFO(ind.meta.id);
      CHECK(ind.meta.period == "2020");
      CHECK(is_table_source(ind.meta.source));
      std::size_t expected_rows = 0;
      for (const auto& [code, row] : census().rows) {
        const bool here = level == "league" ? is_league(code) : (!is_league(code) && !is_zone(code) && code != "150000");
        if (!here) continue;
        ++expected_rows;
        const IndicatorValue* v = ind.find(code);
        REQUIRE(v != nullptr);
        INFO(code << ": " << v->quote);
        // Provenance: file, row (code), column(s), the figures as in the file.
        CHECK(v->source_file == kFile);
        CHECK(v->quote.starts_with(kFile + " " + code + " "));
        if (!spec.column.empty()) {
          CHECK(v->value_text == row.at(spec.column));
          CHECK_THAT(v->quote, Contains(spec.column + " = " + row.at(spec.column)));
        } else {
          const double share = 100.0 * number(row.at(spec.numerator)) / number(row.at(spec.denominator));
          CHECK(std::abs(*v->value - share) <= 0.005 + 1e-9);
          CHECK_THAT(v->quote, Contains(spec.numerator + "/" + spec.denominator + " = " + row.at(spec.numerator) +
                                        "/" + row.at(spec.denominator)));
        }
      }
      CHECK(ind.values.size() == expected_rows);
    }
  }
}

TEST_CASE("banners plus development zones make each league, and leagues the region", "[census]") {
  const Indicator& banners = get("census_population_banner_2020");
  const Indicator& leagues = get("census_population_league_2020");
  double zones_total = 0, league_total = 0;
  for (const auto& lv : leagues.values) {
    const std::string prefix = lv.code.substr(0, 4);
    double sum = 0;
    for (const auto& bv : banners.values)
      if (bv.code.starts_with(prefix)) sum += *bv.value;
    double zones = 0;
    for (const auto& [code, row] : census().rows)
      if (is_zone(code) && code.starts_with(prefix)) zones += number(row.at("人口数_合计"));
    INFO(lv.code << " " << lv.name);
    CHECK(sum + zones == *lv.value);
    zones_total += zones;
    league_total += *lv.value;
  }
  CHECK(zones_total == 574100);
  CHECK(league_total == 24049155);
  // The legend's parts-vs-total line says so.
  const std::string note = consistency_note(banners);
  INFO(note);
  CHECK_THAT(note, Contains("103 parts sum to 23,475,055 人 = 97.6% of the stated 内蒙古自治区 total (24,049,155 人)"));
  CHECK_THAT(note, Contains("+ 5 development zones counted apart (574,100 人) = 24,049,155 人 = 100.0%"));
  CHECK_THAT(consistency_note(leagues), Contains("12 parts sum to 24,049,155 人 = 100.0%"));
}

TEST_CASE("every banner map from the census states the development zones", "[census]") {
  double zone_people = 0;
  std::size_t zones = 0;
  for (const auto& [code, row] : census().rows)
    if (is_zone(code)) {
      zone_people += number(row.at("人口数_合计"));
      ++zones;
    }
  REQUIRE(zones == 5);
  REQUIRE(zone_people == 574100);
  std::size_t banner_maps = 0;
  for (const auto& ind : shipped()) {
    if (!ind.meta.id.starts_with("census_")) continue;
    INFO(ind.meta.id);
    if (ind.meta.level == IndicatorLevel::Banner) {
      ++banner_maps;
      CHECK_THAT(ind.meta.caveat, Contains("5 development zones, 574,100 people, are counted apart from their banners"));
      CHECK_THAT(consistency_note(ind), Contains("5 development zones, 574,100 people"));
    } else {
      CHECK(ind.meta.caveat.empty());
    }
  }
  CHECK(banner_maps == kSpecs.size() + 1); // + density
}

TEST_CASE("census tooltips cite file, code and column", "[census]") {
  const Atlas atlas = load_builtin_atlas();
  const Indicator& ind = get("census_urban_share_banner_2020");
  const Choropleth c = build_choropleth(atlas, ind);
  std::optional<std::size_t> region;
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (atlas.regions[i].code == "150102") region = i;
  REQUIRE(region.has_value());
  const RegionTooltip t = region_tooltip(atlas, ind, c, *region);
  CHECK_THAT(t.quote_line, Contains("provenance: census2020_inner_mongolia.csv 150102 城镇人口/人口数_合计 = 621072/699672"));
  CHECK_THAT(t.source_line, Contains(kFile));
}

TEST_CASE("density is the census population per km² of geodesic area", "[census]") {
  const Atlas atlas = load_builtin_atlas();
  for (const std::string level : {"banner", "league"}) {
    const Indicator& density = get("census_density_" + level + "_2020");
    const Indicator& population = get("census_population_" + level + "_2020");
    REQUIRE(density.meta.kind == IndicatorKind::Derived);
    REQUIRE(density.meta.derived->from_id == population.meta.id);
    CHECK(density.meta.unit == "人/平方公里");
    CHECK(density.values.size() == population.values.size());
    for (const auto& v : density.values) {
      INFO(v.code << ": " << v.quote);
      const Region* r = atlas.find(v.code);
      REQUIRE(r != nullptr);
      const double area = std::round(r->area_km2 * 100.0) / 100.0;
      CHECK(std::abs(*v.value - *population.find(v.code)->value / area) <= 0.006);
      CHECK(v.quote.starts_with(kFile + " " + v.code + " 人口数_合计 "));
    }
  }
}
