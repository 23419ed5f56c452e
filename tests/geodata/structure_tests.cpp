// The contract of geodata/*.geojson: counts, properties, codes and names.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "geodata_layers.hpp"

using steppe::geodata_test::find;
using steppe::geodata_test::layer;

namespace {

const std::vector<std::string> kAdminFields{"code", "name_zh", "name_en", "level", "parent"};

bool six_digits(const std::string& s) {
  return s.size() == 6 && s.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

TEST_CASE("geodata: the layers have 1 region, 12 leagues and 103 banners") {
  CHECK(layer("region").size() == 1);
  CHECK(layer("leagues").size() == 12);
  CHECK(layer("banners").size() == 103);
}

TEST_CASE("geodata: admin layers carry exactly the contract's properties") {
  for (const char* name : {"region", "leagues", "banners"}) {
    for (const auto& f : layer(name)) {
      INFO(name << " " << f.props.at("code"));
      CHECK(f.field_names == kAdminFields);
      CHECK_FALSE(f.props.at("name_zh").empty());
      CHECK_FALSE(f.props.at("name_en").empty());
    }
  }
}

TEST_CASE("geodata: codes are six unique digits and parents nest") {
  std::set<std::string> codes;
  const auto& region = layer("region").front();
  CHECK(region.props.at("code") == "150000");
  CHECK(region.props.at("name_zh") == "内蒙古自治区");
  CHECK(region.props.at("name_en") == "Inner Mongolia");
  CHECK(region.props.at("level") == "region");
  CHECK(region.props.at("parent").empty());
  codes.insert("150000");
  for (const auto& l : layer("leagues")) {
    const std::string& code = l.props.at("code");
    INFO(code);
    CHECK(six_digits(code));
    CHECK(code.substr(0, 2) == "15");
    CHECK(code.substr(4) == "00");
    CHECK(l.props.at("level") == "league");
    CHECK(l.props.at("parent") == "150000");
    CHECK(codes.insert(code).second);
  }
  std::map<std::string, int> banners_per_league;
  for (const auto& b : layer("banners")) {
    const std::string& code = b.props.at("code");
    const std::string& parent = b.props.at("parent");
    INFO(code);
    CHECK(six_digits(code));
    CHECK(b.props.at("level") == "banner");
    REQUIRE(find(layer("leagues"), parent) != nullptr);
    CHECK(code.substr(0, 4) == parent.substr(0, 4));
    CHECK(code != parent);
    CHECK(codes.insert(code).second);
    ++banners_per_league[parent];
  }
  CHECK(banners_per_league.size() == 12);
  CHECK(banners_per_league["150700"] == 14); // Hulunbuir
  CHECK(banners_per_league["152900"] == 3);  // Alxa
}

TEST_CASE("geodata: official and customary names") {
  struct Expect {
    const char* layer;
    const char* code;
    const char* zh;
    const char* en;
  };
  const Expect expected[] = {
      {"leagues", "150100", "呼和浩特市", "Hohhot"},
      {"leagues", "150700", "呼伦贝尔市", "Hulunbuir"},
      {"leagues", "152200", "兴安盟", "Hinggan League"},
      {"leagues", "152500", "锡林郭勒盟", "Xilingol League"},
      {"leagues", "152900", "阿拉善盟", "Alxa League"},
      {"banners", "150526", "扎鲁特旗", "Jarud Banner"},
      {"banners", "150581", "霍林郭勒市", "Holingol"},
      {"banners", "150502", "科尔沁区", "Horqin District"},
      {"banners", "150223", "达尔罕茂明安联合旗", "Darhan Muminggan United Banner"},
      {"banners", "150723", "鄂伦春自治旗", "Oroqen Autonomous Banner"},
      {"banners", "150102", "新城区", "Xincheng District"},
  };
  for (const Expect& e : expected) {
    INFO(e.code);
    const auto* f = find(layer(e.layer), e.code);
    REQUIRE(f != nullptr);
    CHECK(f->props.at("name_zh") == e.zh);
    CHECK(f->props.at("name_en") == e.en);
  }
}

TEST_CASE("geodata: the context layer has named neighbours and never Inner Mongolia") {
  const auto& context = layer("context");
  REQUIRE_FALSE(context.empty());
  std::set<std::string> names;
  for (const auto& f : context) {
    INFO(f.props.at("name_en"));
    CHECK(f.field_names == std::vector<std::string>{"name_zh", "name_en", "kind"});
    CHECK_FALSE(f.props.at("name_zh").empty());
    CHECK((f.props.at("kind") == "province" || f.props.at("kind") == "country"));
    names.insert(f.props.at("name_en"));
    REQUIRE(f.geom != nullptr);
    CHECK(f.geom->IsValid());
    OGREnvelope env;
    f.geom->getEnvelope(&env);
    CHECK(env.MinX >= 70.0);
    CHECK(env.MaxX <= 150.0);
    CHECK(env.MinY >= 25.0);
    CHECK(env.MaxY <= 62.0);
  }
  for (const char* n : {"Mongolia", "Russia", "Heilongjiang", "Jilin", "Liaoning", "Hebei", "Shanxi",
                        "Shaanxi", "Ningxia", "Gansu"}) {
    INFO(n);
    CHECK(names.count(n) == 1);
  }
  CHECK(names.count("Inner Mongolia") == 0);
}
