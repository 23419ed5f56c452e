#include <catch2/catch.hpp>

#include "choropleth_fixtures.hpp"
#include "core/region_search.hpp"

using namespace steppe;
using steppe::test::tongliao_atlas;

namespace {

const Region& first(const Atlas& atlas, const std::vector<SearchHit>& hits) {
  REQUIRE_FALSE(hits.empty());
  return atlas.regions[hits.front().region];
}

} // namespace

TEST_CASE("region search: Chinese name, English name, initials and code all find 霍林郭勒市") {
  const Atlas atlas = tongliao_atlas();
  const RegionSearch search(atlas);

  const auto by_code = search.find("150581");
  CHECK(first(atlas, by_code).name_zh == "霍林郭勒市");
  CHECK(by_code.front().kind == SearchMatchKind::ExactCode);

  const auto by_name = search.find("霍林郭勒市");
  CHECK(first(atlas, by_name).code == "150581");
  CHECK(by_name.front().kind == SearchMatchKind::ExactName);

  const auto by_short = search.find("霍林郭勒");
  CHECK(first(atlas, by_short).code == "150581");

  const auto by_english = search.find("Holingol");
  CHECK(first(atlas, by_english).code == "150581");
  CHECK(by_english.front().kind == SearchMatchKind::ExactName);
  CHECK(first(atlas, search.find("holingol")).code == "150581");

  const auto by_initials = search.find("hlgl");
  CHECK(first(atlas, by_initials).code == "150581");
  CHECK(by_initials.front().kind == SearchMatchKind::Initials);
  CHECK(by_initials.front().matched == "hlgls");
}

TEST_CASE("region search: candidates ranked exact code, exact name, prefix, initials, substring") {
  const Atlas atlas = tongliao_atlas();
  const RegionSearch search(atlas);

  // "1505": a code prefix of 通辽市 and its banners; the league comes first.
  const auto prefix = search.find("1505");
  REQUIRE(prefix.size() == 9);
  CHECK(atlas.regions[prefix[0].region].code == "150500");
  for (const SearchHit& h : prefix) CHECK(h.kind == SearchMatchKind::Prefix);

  // "科尔沁": the prefix of three Tongliao banners, a substring of 阿鲁科尔沁旗.
  const auto horqin = search.find("科尔沁");
  REQUIRE(horqin.size() == 4);
  // 科尔沁 is also 科尔沁区 without its suffix: an exact short form, first.
  CHECK(atlas.regions[horqin[0].region].name_zh == "科尔沁区");
  CHECK(horqin[0].kind <= SearchMatchKind::Prefix);
  CHECK(horqin[1].kind == SearchMatchKind::Prefix);
  CHECK(horqin[2].kind == SearchMatchKind::Prefix);
  CHECK(horqin[3].kind == SearchMatchKind::Substring);
  CHECK(atlas.regions[horqin[3].region].name_zh == "阿鲁科尔沁旗");

  // Exact name beats prefix: "通辽市" is one region.
  const auto tongliao = search.find("通辽市");
  CHECK(tongliao.front().kind == SearchMatchKind::ExactName);
  CHECK(atlas.regions[tongliao.front().region].code == "150500");

  // English substring: "horqin" is the start of three names and inside "ar horqin".
  const auto en = search.find("horqin");
  REQUIRE(en.size() >= 4);
  CHECK(en.back().kind == SearchMatchKind::Substring);

  // The limit keeps the best.
  CHECK(search.find("1505", 2).size() == 2);
}

TEST_CASE("region search: traditional characters and full-width digits") {
  const Atlas atlas = tongliao_atlas();
  const RegionSearch search(atlas);
  CHECK(first(atlas, search.find("通遼市")).code == "150500");
  CHECK(first(atlas, search.find("１５０５８１")).code == "150581");
}

TEST_CASE("region search: no match, empty queries") {
  const Atlas atlas = tongliao_atlas();
  const RegionSearch search(atlas);
  CHECK(search.find("北京").empty());
  CHECK(search.find("zzzz").empty());
  CHECK(search.find("999999").empty());
  CHECK(search.find("").empty());
  CHECK(search.find("   ").empty());
}

TEST_CASE("region search: a miss suggests the regions a few edits away (did you mean)") {
  const Atlas atlas = tongliao_atlas();
  const RegionSearch search(atlas);

  REQUIRE(search.find("Holingoll").empty());
  const auto typo = search.suggest("Holingoll");
  REQUIRE_FALSE(typo.empty());
  CHECK(atlas.regions[typo.front()].code == "150581");

  // A code with a digit too many, a Chinese name with one wrong character.
  REQUIRE(search.find("1505811").empty());
  const auto code = search.suggest("1505811");
  REQUIRE_FALSE(code.empty());
  CHECK(atlas.regions[code.front()].code == "150581");
  REQUIRE(search.find("霍林郭乐市").empty());
  const auto zh = search.suggest("霍林郭乐市");
  REQUIRE_FALSE(zh.empty());
  CHECK(atlas.regions[zh.front()].code == "150581");

  // A short name (without 市) with a wrong character.
  const auto short_zh = search.suggest("霍林郭乐");
  REQUIRE_FALSE(short_zh.empty());
  CHECK(atlas.regions[short_zh.front()].code == "150581");

  // Nothing close: no suggestion rather than a random region.
  CHECK(search.suggest("Ulaanbaatar").empty());
  CHECK(search.suggest("").empty());
  CHECK(search.suggest("Holingoll", 0).empty());
}
