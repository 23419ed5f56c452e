#include "geodata_layers.hpp"

#include <gdal_priv.h>

#include <stdexcept>

#include "geo/projection.hpp"

namespace steppe::geodata_test {
namespace {

std::vector<Feature> read(const std::string& name) {
  GDALAllRegister();
  const std::string path = std::string(STEPPE_SOURCE_ROOT) + "/geodata/" + name + ".geojson";
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) throw std::runtime_error("cannot open " + path);
  OGRLayer* l = ds->GetLayer(0);
  std::vector<Feature> out;
  for (auto& f : *l) {
    Feature feature;
    const OGRFeatureDefn* defn = f->GetDefnRef();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      const std::string key = defn->GetFieldDefn(i)->GetNameRef();
      feature.field_names.push_back(key);
      feature.props[key] = f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "";
    }
    if (f->GetGeometryRef()) feature.geom.reset(f->GetGeometryRef()->clone());
    out.push_back(std::move(feature));
  }
  return out;
}

Ring ring_of(const OGRLinearRing& r) {
  Ring out;
  const int n = r.getNumPoints();
  for (int i = 0; i + 1 < n; ++i) out.push_back({r.getX(i), r.getY(i)});
  return out;
}

void add_polygon(const OGRPolygon& p, MultiPolygon& out) {
  if (p.IsEmpty()) return;
  Polygon poly;
  poly.outer = ring_of(*p.getExteriorRing());
  for (int i = 0; i < p.getNumInteriorRings(); ++i) poly.holes.push_back(ring_of(*p.getInteriorRing(i)));
  out.push_back(std::move(poly));
}

} // namespace

const std::vector<Feature>& layer(const std::string& name) {
  static std::map<std::string, std::vector<Feature>> cache;
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, read(name)).first;
  return it->second;
}

const Feature* find(const std::vector<Feature>& features, const std::string& code) {
  for (const Feature& f : features) {
    auto it = f.props.find("code");
    if (it != f.props.end() && it->second == code) return &f;
  }
  return nullptr;
}

MultiPolygon to_multipolygon(const OGRGeometry& g) {
  MultiPolygon out;
  if (g.IsEmpty()) return out;
  const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
  if (type == wkbPolygon) {
    add_polygon(*g.toPolygon(), out);
  } else if (type == wkbMultiPolygon) {
    for (const OGRPolygon* p : *g.toMultiPolygon()) add_polygon(*p, out);
  } else if (type == wkbGeometryCollection) {
    for (const OGRGeometry* part : *g.toGeometryCollection()) {
      for (Polygon& p : to_multipolygon(*part)) out.push_back(std::move(p));
    }
  }
  return out;
}

double area_km2(const OGRGeometry& g) { return geodesic_area_km2(to_multipolygon(g)); }

int polygon_count(const OGRGeometry& g) { return static_cast<int>(to_multipolygon(g).size()); }

int hole_count(const OGRGeometry& g) {
  int n = 0;
  for (const Polygon& p : to_multipolygon(g)) n += static_cast<int>(p.holes.size());
  return n;
}

} // namespace steppe::geodata_test
