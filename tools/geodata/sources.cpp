#include "sources.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/error.hpp"

namespace steppe::geodata {

std::vector<SourceFeature> read_features(const Geos& geos, const std::string& path,
                                         const std::string& layer_name) {
  GDALAllRegister();
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) throw Error("geodata: cannot open " + path + " as vector data; run geodata/build.sh to fetch the sources");
  OGRLayer* layer = layer_name.empty() ? ds->GetLayer(0) : ds->GetLayerByName(layer_name.c_str());
  if (!layer) throw Error("geodata: " + path + " has no layer '" + layer_name + "'");
  const OGRFeatureDefn* defn = layer->GetLayerDefn();
  const int id_field = defn->GetFieldIndex("id");
  const int name_field = defn->GetFieldIndex("name");
  if (name_field < 0) throw Error("geodata: " + path + " has no 'name' field");

  std::vector<SourceFeature> out;
  layer->ResetReading();
  for (auto& feature : *layer) {
    const OGRGeometry* g = feature->GetGeometryRef();
    if (!g) {
      throw Error("geodata: " + path + " feature " + std::to_string(feature->GetFID()) +
                  " has no geometry");
    }
    std::vector<unsigned char> wkb(g->WkbSize());
    g->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    SourceFeature f;
    f.id = id_field >= 0 ? feature->GetFieldAsString(id_field) : "";
    f.name = feature->GetFieldAsString(name_field);
    f.geom = from_wkb(geos, wkb);
    out.push_back(std::move(f));
  }
  return out;
}

} // namespace steppe::geodata
