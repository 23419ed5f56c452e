// The shipped indicators against their source documents: every quote occurs
// verbatim, every number occurs in its quote, every code is a real place, and
// the facts the atlas is built around are there with their exact values.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/choropleth.hpp"
#include "core/geometry.hpp"
#include "core/indicator.hpp"
#include "core/indicator_summary.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"

using namespace steppe;
namespace fs = std::filesystem;

namespace {

// 内蒙古 (150000), its 12 leagues and 103 banners (GB/T 2260, as in the
// echarts-china-cities boundaries the geodata is built from).
const std::set<std::string> kCodes{
    "150000", "150100", "150102", "150103", "150104", "150105", "150121", "150122", "150123",
    "150124", "150125", "150200", "150202", "150203", "150204", "150205", "150206", "150207",
    "150221", "150222", "150223", "150300", "150302", "150303", "150304", "150400", "150402",
    "150403", "150404", "150421", "150422", "150423", "150424", "150425", "150426", "150428",
    "150429", "150430", "150500", "150502", "150521", "150522", "150523", "150524", "150525",
    "150526", "150581", "150600", "150602", "150603", "150621", "150622", "150623", "150624",
    "150625", "150626", "150627", "150700", "150702", "150703", "150721", "150722", "150723",
    "150724", "150725", "150726", "150727", "150781", "150782", "150783", "150784", "150785",
    "150800", "150802", "150821", "150822", "150823", "150824", "150825", "150826", "150900",
    "150902", "150921", "150922", "150923", "150924", "150925", "150926", "150927", "150928",
    "150929", "150981", "152200", "152201", "152202", "152221", "152222", "152223", "152224",
    "152500", "152501", "152502", "152522", "152523", "152524", "152525", "152526", "152527",
    "152528", "152529", "152530", "152531", "152900", "152921", "152922", "152923",
};

// The five source documents, kept in the repository (indicators/sources, SHA256SUMS).
const fs::path kSeeds = fs::path(STEPPE_SOURCE_ROOT) / "indicators" / "sources";

const std::map<std::string, std::string>& seeds() {
  static const std::map<std::string, std::string> texts = [] {
    std::map<std::string, std::string> m;
    if (!fs::is_directory(kSeeds)) return m;
    for (const auto& e : fs::directory_iterator(kSeeds)) {
      if (e.path().extension() != ".txt") continue; // README.md, SHA256SUMS
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      m[e.path().filename().string()] = s.str();
    }
    return m;
  }();
  return texts;
}

const std::vector<Indicator>& shipped() {
  static const std::vector<Indicator> all = load_indicator_dir(fs::path(STEPPE_SOURCE_ROOT) / "indicators");
  return all;
}

const Indicator& get(const std::string& id) {
  for (const auto& i : shipped())
    if (i.meta.id == id) return i;
  FAIL("no shipped indicator " << id);
  throw;
}

double value_at(const Indicator& ind, const std::string& code) {
  const auto* v = ind.find(code);
  if (!v) FAIL(ind.meta.id << " has no value for " << code);
  return *v->value;
}

std::string without_newlines(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '\n'), s.end());
  return s;
}

} // namespace

TEST_CASE("the seed documents are there", "[indicator][data]") {
  INFO("The indicator tests need the source documents in " << kSeeds.string()
       << " (indicators/sources in the repository); without them no quote can be checked.");
  REQUIRE(fs::is_directory(kSeeds));
  REQUIRE(seeds().size() >= 5);
}

TEST_CASE("every shipped indicator parses and keeps to the format", "[indicator][data]") {
  const auto& all = shipped();
  REQUIRE(all.size() >= 100);
  std::set<std::string> ids;
  for (const auto& ind : all) {
    INFO(ind.meta.id);
    CHECK(ids.insert(ind.meta.id).second);
    CHECK(is_valid_period(ind.meta.period));
    CHECK_FALSE(ind.meta.period_zh.empty());
    CHECK(ind.meta.classification.classes >= 1);
    for (const auto& v : ind.values) {
      INFO(v.code << " " << v.name << " line " << v.line);
      CHECK(kCodes.count(v.code) == 1);
      CHECK(v.period == ind.meta.period);
      const auto len = utf8_length(v.quote);
      REQUIRE(len.has_value());
      CHECK(*len <= 80);
      if (ind.meta.level == IndicatorLevel::Point) {
        CHECK(v.approximate);
        CHECK(v.lonlat.has_value());
      }
    }
  }
}

TEST_CASE("every quote occurs verbatim in its source document", "[indicator][data]") {
  REQUIRE_FALSE(seeds().empty()); // see "the seed documents are there"
  std::size_t quotes = 0;
  for (const auto& ind : shipped()) {
    INFO(ind.meta.id);
    // Reference tables (the census) cite file, code and column instead: census_reference_test.cpp.
    if (is_table_source(ind.meta.source)) continue;
    const auto doc = seeds().find(ind.meta.source.file);
    REQUIRE(doc != seeds().end());
    CHECK(without_newlines(doc->second).find(ind.meta.source.title) != std::string::npos);
    if (ind.meta.total) {
      CHECK(doc->second.find(ind.meta.total->quote) != std::string::npos);
      if (!ind.meta.total->stated_share.empty()) {
        CHECK(doc->second.find(ind.meta.total->stated_share_quote) != std::string::npos);
        CHECK(ind.meta.total->stated_share_quote.find(ind.meta.total->stated_share) != std::string::npos);
      }
    }
    if (ind.meta.kind == IndicatorKind::Derived) continue;
    for (const auto& v : ind.values) {
      INFO(v.code << " line " << v.line << ": " << v.quote);
      const auto text = seeds().find(v.source_file);
      REQUIRE(text != seeds().end());
      CHECK(text->second.find(v.quote) != std::string::npos);
      if (v.value) CHECK(v.quote.find(v.value_text) != std::string::npos);
      if (!v.point_name.empty()) CHECK(text->second.find(v.point_name) != std::string::npos);
      ++quotes;
    }
  }
  CHECK(quotes >= 150);
}

TEST_CASE("fact 1: Tongliao raw coal, January to July 2025", "[indicator][data]") {
  const auto& coal = get("tongliao_raw_coal_output_2025_01_07");
  CHECK(coal.meta.unit == "万吨");
  CHECK(coal.meta.level == IndicatorLevel::Banner);
  CHECK(coal.meta.period == "2025-01/2025-07");
  CHECK(coal.values.size() == 2);
  CHECK(value_at(coal, "150526") == 1035.54);
  CHECK(value_at(coal, "150581") == 1590.92);
  CHECK(coal.find("150581")->name == "霍林河");
  REQUIRE(coal.meta.total.has_value());
  CHECK(coal.meta.total->code == "150500");
  CHECK(coal.meta.total->value == 2633.98);
  CHECK(coal.meta.total->stated_share == "近八成");
  // The article's own numbers: 99.7% of the total, not "nearly 80%".
  CHECK(*share_of_total(coal) == Approx(0.9971).margin(0.0005));

  const auto& growth = get("tongliao_raw_coal_growth_2025_01_07");
  CHECK(growth.meta.unit == "%");
  CHECK(value_at(growth, "150526") == 3.77);
  CHECK(value_at(growth, "150581") == 2.87);
  CHECK(growth.meta.total->value == 3.12);
  CHECK(growth.meta.classification.palette == "RdBu");
  CHECK(growth.meta.classification.midpoint == 0.0);
}

TEST_CASE("fact 2: computing capacity of Hohhot and the region", "[indicator][data]") {
  const auto& hohhot = get("compute_capacity_league_2024_h1");
  CHECK(hohhot.meta.unit == "万P");
  CHECK(hohhot.meta.period == "2024-H1");
  CHECK(value_at(hohhot, "150100") == 2.4);
  CHECK(value_at(get("intelligent_compute_capacity_league_2024_h1"), "150100") == 2.22);
  const auto& region = get("compute_capacity_region_2024");
  CHECK(region.meta.period == "2024");
  CHECK(value_at(region, "150000") == 9.4);
  CHECK(value_at(get("intelligent_compute_capacity_region_2024"), "150000") == 8.7);

  const auto& sites = get("hohhot_compute_sites_2024_h1");
  CHECK(sites.meta.level == IndicatorLevel::Point);
  bool cluster = false;
  std::set<std::string> city_sites;
  for (const auto& v : sites.values) {
    INFO(v.point_name);
    CHECK((v.code == "150123" || v.code == "150100")); // 和林格尔县, or the city when no banner is named
    CHECK_FALSE(v.value.has_value());                  // 排名第1 is a rank, not a value
    if (v.point_name == "和林格尔数据中心集群") cluster = v.approximate && v.lonlat.has_value();
    if (v.code == "150100") city_sites.insert(v.point_name);
  }
  CHECK(cluster);
  CHECK(city_sites == std::set<std::string>{"中行金融科技中心", "中国气象局气象超算中心", "农行数据中心",
                                            "并行科技算力基地", "交行数据中心"});
}

TEST_CASE("fact 3: industrial parks in Baotou, as points and counts per banner", "[indicator][data]") {
  const auto& revenue = get("park_revenue_point_2024");
  CHECK(revenue.meta.unit == "亿元");
  CHECK(value_at(revenue, "150207") == 420.08);
  CHECK(revenue.find("150207")->point_name == "包头新材料产业园区");
  std::set<std::string> parks;
  for (const char* id : {"baotou_parks_2014_01", "baotou_parks_2022_02", "jiuyuan_parks_2025_01"}) {
    const auto& layer = get(id);
    CHECK(layer.meta.level == IndicatorLevel::Point);
    for (const auto& v : layer.values) {
      INFO(id << " " << v.point_name);
      CHECK(v.code.rfind("1502", 0) == 0); // a Baotou banner
      CHECK(v.approximate);
      parks.insert(v.point_name);
    }
  }
  CHECK(parks.count("包头新材料产业园区") == 1);
  CHECK(parks.count("白云飞地经济双创园") == 1);
  CHECK(parks.count("石拐影视基地") == 1);
  CHECK(parks.count("土右旗煤炭物流") == 1);
  // Counts are the distinct points per banner of their layer.
  const auto& count14 = get("baotou_park_count_2014_01");
  CHECK(count14.meta.derived->from_id == "baotou_parks_2014_01");
  CHECK(value_at(count14, "150221") == 4); // 土右旗
  CHECK(value_at(count14, "150223") == 4); // 达茂旗 (达茂白云)
  CHECK(value_at(count14, "150207") == 1);
  CHECK(count14.find("150202") == nullptr); // none named in 东河区 in 2014: no row, not 0
  CHECK(value_at(get("jiuyuan_park_count_2025_01"), "150207") == 9);
}

TEST_CASE("fact 4: league-level figures with their periods", "[indicator][data]") {
  const auto& gdp13 = get("gdp_league_2013");
  CHECK(gdp13.meta.unit == "亿元");
  CHECK(value_at(gdp13, "150500") == 1811.8);
  // Baotou's 2013 figure is 预计 and Tongliao's achieved: one indicator, each row with its kind.
  CHECK(gdp13.meta.kind == IndicatorKind::Actual);
  CHECK(value_at(gdp13, "150200") == 3500);
  CHECK(gdp13.find("150200")->kind == IndicatorKind::Estimate);
  CHECK(gdp13.find("150500")->kind == IndicatorKind::Actual);
  // The legend warns and the tooltip of Baotou says 预计.
  const auto warnings = period_warnings(gdp13);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "mixed kinds: 预计 estimate for 包头市");
  {
    const Atlas atlas = load_builtin_atlas();
    const Choropleth c = build_choropleth(atlas, gdp13);
    const auto tip = [&](const std::string& code) {
      for (std::size_t i = 0; i < atlas.regions.size(); ++i)
        if (atlas.regions[i].code == code) return region_tooltip(atlas, gdp13, c, i);
      FAIL("no region " << code);
      throw;
    };
    CHECK(tip("150200").period_line.rfind("预计 estimate · ", 0) == 0);
    CHECK(tip("150500").period_line.find("预计") == std::string::npos);
  }
  const auto& growth13 = get("gdp_growth_league_2013");
  CHECK(value_at(growth13, "150200") == 9.5);
  CHECK(growth13.find("150200")->kind == IndicatorKind::Estimate);
  CHECK(value_at(growth13, "150500") == 9.7);
  CHECK(growth13.find("150500")->kind == IndicatorKind::Actual);
  CHECK(value_at(get("gdp_league_2024_h1"), "150100") == 1869.2);
  CHECK(value_at(get("gdp_growth_league_2024_h1"), "150100") == 6.2);
  CHECK(value_at(get("retail_sales_league_2024_h1"), "150100") == 560.1);
  CHECK(value_at(get("disposable_income_per_capita_league_2024_h1"), "150100") == 23629);
  CHECK(value_at(get("urban_disposable_income_per_capita_league_2021"), "150200") == 54448);
  CHECK(value_at(get("gdp_growth_league_2021"), "150200") == 8.5);
  CHECK(value_at(get("cashmere_dehaired_output_league_2025_01_08"), "152500") == 256.2);
  CHECK(get("cashmere_dehaired_output_league_2025_01_08").meta.period == "2025-01/2025-08");
  CHECK(value_at(get("gdp_banner_2024"), "150207") == 368.7);
  CHECK(value_at(get("gdp_region_2024"), "150000") == 2.6);
}

TEST_CASE("every point lies inside the banner (or league) its code names", "[indicator][data]") {
  const Atlas atlas = load_builtin_atlas();
  for (const auto& ind : shipped()) {
    if (ind.meta.level != IndicatorLevel::Point) continue;
    for (const auto& v : ind.values) {
      INFO(ind.meta.id << " " << v.code << " " << v.point_name);
      const Region* r = atlas.find(v.code);
      REQUIRE(r != nullptr);
      CHECK(contains(r->lonlat, *v.lonlat));
    }
  }
}

TEST_CASE("a figure the document calls 预计 is shipped as an estimate", "[indicator][data]") {
  // Simplified 预计 and the traditional form with its pinyin gloss in the 2025 region report.
  const std::string simplified = "预计", traditional = "預(yù)計";
  std::size_t seen = 0;
  for (const auto& ind : shipped()) {
    for (const auto& v : ind.values) {
      if (v.quote.find(simplified) == std::string::npos && v.quote.find(traditional) == std::string::npos)
        continue;
      INFO(ind.meta.id << " " << v.code << ": " << v.quote);
      CHECK(v.kind == IndicatorKind::Estimate); // the row's kind (an indicator may mix 预计 and achieved rows)
      ++seen;
    }
  }
  CHECK(seen >= 10);
}

TEST_CASE("facts from every seed document, at every level", "[indicator][data]") {
  // 000: Tongliao 2013 review, Baotou 2014 plan, a banner-level figure from a city report.
  CHECK(value_at(get("clean_power_generation_league_2013"), "150500") == 65);
  CHECK(value_at(get("new_urban_jobs_league_2013"), "150500") == 1.8); // joins Baotou's 4.2
  CHECK(value_at(get("new_urban_jobs_league_2013"), "150200") == 4.2);
  CHECK(get("new_urban_jobs_target_league_2014").meta.kind == IndicatorKind::Target);
  CHECK(value_at(get("ecological_resettlement_villages_banner_2013"), "150526") == 9);
  CHECK(value_at(get("urbanisation_rate_target_banner_2014"), "150221") == 50);
  // 001: Baotou 2021 and the 2022 plan.
  CHECK(value_at(get("major_projects_league_2021"), "150200") == 715);
  CHECK(value_at(get("major_projects_target_league_2022"), "150200") == 902);
  // 002: 九原区.
  CHECK(value_at(get("tech_smes_new_banner_2024"), "150207") == 68);
  CHECK(value_at(get("tech_smes_new_target_banner_2025"), "150207") == 20);
  // 003: Hohhot, first half of 2024 and second-half targets.
  CHECK(value_at(get("tech_smes_league_2024_h1"), "150100") == 649);
  CHECK(get("government_projects_investment_target_league_2024_07_12").meta.period == "2024-07/2024-12");
  // 004: the region, 2024 estimate and 2025 target.
  const auto& coal = get("coal_supply_guarantee_estimate_region_2024");
  CHECK(coal.meta.kind == IndicatorKind::Estimate);
  CHECK(value_at(coal, "150000") == 8.3);
  CHECK(value_at(get("new_urban_jobs_target_region_2025"), "150000") == 18);
}
