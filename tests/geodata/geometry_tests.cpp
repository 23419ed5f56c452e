// Geometry facts of geodata/*.geojson: validity, the source's 1/1024 grid (in
// GCJ-02, before the build moved every vertex to WGS84), nesting,
// a clean coverage (no overlaps, no gaps), areas and known places.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/gcj02.hpp"
#include "geodata_layers.hpp"

using steppe::geodata_test::area_km2;
using steppe::geodata_test::find;
using steppe::geodata_test::hole_count;
using steppe::geodata_test::layer;
using steppe::geodata_test::polygon_count;
using steppe::geodata_test::to_multipolygon;

namespace {

// The one real hole of the source: the Heilongjiang-administered area
// (加格达奇/松岭) inside 鄂伦春自治旗. A point inside it:
const steppe::Vec2 kJiagedaqiHole{124.17, 50.37};

// Shipped coordinates are rounded to 1e-7 degree after the move: back in GCJ-02
// a vertex lies within 2e-7 degree of the grid (a grid step is 9.8e-4).
bool on_grid(double v) { return std::abs(v * 1024.0 - std::round(v * 1024.0)) < 2e-7 * 1024.0; }

std::size_t off_grid(const steppe::Ring& ring) {
  std::size_t n = 0;
  for (const steppe::Vec2& wgs84 : ring) {
    const steppe::Vec2 v = steppe::gcj02_from_wgs84(wgs84); // the source's coordinates
    if (!on_grid(v.x) || !on_grid(v.y)) ++n;
  }
  return n;
}

std::unique_ptr<OGRGeometry> union_of(const std::vector<const OGRGeometry*>& parts) {
  OGRMultiPolygon all;
  for (const OGRGeometry* g : parts) {
    if (wkbFlatten(g->getGeometryType()) == wkbPolygon) {
      all.addGeometry(g);
    } else {
      for (const OGRPolygon* p : *g->toMultiPolygon()) all.addGeometry(p);
    }
  }
  return std::unique_ptr<OGRGeometry>(all.UnionCascaded());
}

} // namespace

TEST_CASE("geodata: every admin geometry is a valid (Multi)Polygon, on the source's 1/1024 grid in GCJ-02") {
  for (const char* name : {"region", "leagues", "banners"}) {
    for (const auto& f : layer(name)) {
      INFO(name << " " << f.props.at("code"));
      REQUIRE(f.geom != nullptr);
      const auto type = wkbFlatten(f.geom->getGeometryType());
      CHECK((type == wkbPolygon || type == wkbMultiPolygon));
      CHECK(f.geom->IsValid());
      std::size_t off = 0;
      for (const steppe::Polygon& p : to_multipolygon(*f.geom)) {
        off += off_grid(p.outer);
        for (const steppe::Ring& h : p.holes) off += off_grid(h);
      }
      CHECK(off == 0);
    }
  }
}

TEST_CASE("geodata: each banner lies inside its league") {
  for (const auto& b : layer("banners")) {
    INFO(b.props.at("code"));
    const auto* league = find(layer("leagues"), b.props.at("parent"));
    REQUIRE(league != nullptr);
    std::unique_ptr<OGRGeometry> outside(b.geom->Difference(league->geom.get()));
    REQUIRE(outside != nullptr);
    CHECK(area_km2(*outside) < 0.01);
  }
}

TEST_CASE("geodata: neighbouring banners do not overlap") {
  const auto& banners = layer("banners");
  int neighbours = 0;
  for (std::size_t i = 0; i < banners.size(); ++i) {
    for (std::size_t j = i + 1; j < banners.size(); ++j) {
      OGREnvelope a, b;
      banners[i].geom->getEnvelope(&a);
      banners[j].geom->getEnvelope(&b);
      if (!a.Intersects(b) || !banners[i].geom->Intersects(banners[j].geom.get())) continue;
      ++neighbours;
      std::unique_ptr<OGRGeometry> common(banners[i].geom->Intersection(banners[j].geom.get()));
      REQUIRE(common != nullptr);
      INFO(banners[i].props.at("code") << " / " << banners[j].props.at("code"));
      CHECK(area_km2(*common) < 0.01);
    }
  }
  CHECK(neighbours > 200); // the test really compared neighbours
}

TEST_CASE("geodata: banners dissolve without gaps: only the real hole remains") {
  std::vector<const OGRGeometry*> parts;
  for (const auto& b : layer("banners")) parts.push_back(b.geom.get());
  auto all = union_of(parts);
  REQUIRE(all != nullptr);
  CHECK(polygon_count(*all) == 1);
  REQUIRE(hole_count(*all) == 1);
  const steppe::MultiPolygon shape = to_multipolygon(*all);
  CHECK(steppe::contains(steppe::Polygon{shape[0].holes[0], {}}, kJiagedaqiHole));
}

TEST_CASE("geodata: the region and every league are single polygons with only the real hole") {
  const auto& region = *layer("region").front().geom;
  CHECK(polygon_count(region) == 1);
  CHECK(hole_count(region) == 1);
  CHECK_FALSE(steppe::contains(to_multipolygon(region), kJiagedaqiHole));
  for (const auto& l : layer("leagues")) {
    INFO(l.props.at("code"));
    CHECK(polygon_count(*l.geom) == 1);
    CHECK(hole_count(*l.geom) == (l.props.at("code") == "150700" ? 1 : 0));
  }
}

TEST_CASE("geodata: banner areas add up to their league, leagues to the region") {
  double leagues_sum = 0;
  for (const auto& l : layer("leagues")) {
    double banners_sum = 0;
    for (const auto& b : layer("banners")) {
      if (b.props.at("parent") == l.props.at("code")) banners_sum += area_km2(*b.geom);
    }
    const double league = area_km2(*l.geom);
    INFO(l.props.at("code") << " league " << league << " banners " << banners_sum);
    CHECK(std::abs(banners_sum - league) < 0.001 * league);
    leagues_sum += league;
  }
  const double region = area_km2(*layer("region").front().geom);
  CHECK(std::abs(leagues_sum - region) < 0.001 * region);
}

TEST_CASE("geodata: areas are close to the official figures") {
  // Official: region 1,183,000 km², 呼伦贝尔市 252,777 km². The source is
  // simplified, so allow a few per cent (see geodata/SOURCES.md).
  const double region = area_km2(*layer("region").front().geom);
  CHECK(region == Approx(1183000.0).epsilon(0.05));
  CHECK(area_km2(*find(layer("leagues"), "150700")->geom) == Approx(252777.0).epsilon(0.02));
}

TEST_CASE("geodata: known towns lie in their banners") {
  struct Town {
    const char* name;
    steppe::Vec2 lonlat;
    const char* banner;
  };
  const Town towns[] = {
      {"Hailar", {119.765, 49.212}, "150702"},
      {"Manzhouli", {117.43, 49.59}, "150781"},
      {"Erenhot", {111.98, 43.65}, "152501"},
      {"Xilinhot", {116.09, 43.94}, "152502"},
      {"Ejin (Dalaihob)", {101.07, 41.96}, "152923"},
      {"Ulanhot", {122.08, 46.08}, "152201"},
  };
  for (const Town& t : towns) {
    INFO(t.name);
    const auto* b = find(layer("banners"), t.banner);
    REQUIRE(b != nullptr);
    CHECK(steppe::contains(to_multipolygon(*b->geom), t.lonlat));
  }
}
