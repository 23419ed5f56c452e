// `steppe info`: lists the regions of the built-in atlas or of a user's
// boundary file, as an aligned table or as JSON.
#include <cctype>
#include <cmath>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "core/atlas.hpp"
#include "core/datum_check.hpp"
#include "core/region_search.hpp"
#include "io/builtin_atlas.hpp"

namespace steppe::app {

namespace {

struct InfoOptions {
  std::string data;
  std::string layer;
  std::string level;
  std::string code_field, name_field, name_en_field, parent_field, geometry_field;
  std::string encoding;
  std::string datum; // --datum wgs84|gcj02 (of --data)
  bool json = false;
  std::string find; // --find TEXT: search instead of listing
};

// Terminal columns taken by UTF-8 text: CJK ideographs and full-width forms
// take two, so Chinese names line up with Latin ones.
std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    std::uint32_t cp = c;
    if (c >= 0xF0) {
      len = 4;
      cp = c & 0x07u;
    } else if (c >= 0xE0) {
      len = 3;
      cp = c & 0x0Fu;
    } else if (c >= 0xC0) {
      len = 2;
      cp = c & 0x1Fu;
    }
    for (std::size_t k = 1; k < len && i + k < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    width += wide ? 2 : 1;
    i += len;
  }
  return width;
}

std::string format_area(double km2) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << km2;
  return out.str();
}

void print_table(const std::vector<const Region*>& regions, std::ostream& out) {
  const std::vector<std::string> header = {"code", "name_zh", "name_en", "level",
                                           "parent", "area km²", "vertices"};
  const std::vector<bool> right_aligned = {false, false, false, false, false, true, true};
  std::vector<std::vector<std::string>> rows{header};
  for (const Region* r : regions) {
    rows.push_back({r->code, r->name_zh, r->name_en.empty() ? "-" : r->name_en,
                    std::string(to_string(r->level)), r->parent.empty() ? "-" : r->parent,
                    format_area(r->area_km2), std::to_string(vertex_count(r->lonlat))});
  }
  std::vector<std::size_t> widths(header.size(), 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string pad(widths[c] - display_width(row[c]), ' ');
      if (c > 0) line += "  ";
      line += right_aligned[c] ? pad + row[c] : row[c] + (c + 1 < row.size() ? pad : "");
    }
    out << line << "\n";
  }
}

void print_json(const std::vector<const Region*>& regions, std::ostream& out) {
  nlohmann::json list = nlohmann::json::array();
  for (const Region* r : regions) {
    nlohmann::json entry;
    entry["code"] = r->code;
    entry["name_zh"] = r->name_zh;
    entry["name_en"] = r->name_en.empty() ? nlohmann::json(nullptr) : nlohmann::json(r->name_en);
    entry["level"] = std::string(to_string(r->level));
    entry["parent"] = r->parent.empty() ? nlohmann::json(nullptr) : nlohmann::json(r->parent);
    entry["area_km2"] = std::round(r->area_km2 * 100.0) / 100.0; // to the hectare
    entry["vertices"] = vertex_count(r->lonlat);
    list.push_back(std::move(entry));
  }
  out << list.dump(2) << "\n";
}

// --find: the ranked matches of core/region_search (exit 1 when nothing matches).
int print_find(const Atlas& atlas, const InfoOptions& o, std::optional<Level> level) {
  const RegionSearch search(atlas);
  std::vector<SearchHit> hits = search.find(o.find, atlas.regions.size());
  std::erase_if(hits, [&](const SearchHit& h) { return level && atlas.regions[h.region].level != *level; });
  if (o.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const SearchHit& h : hits) {
      const Region& r = atlas.regions[h.region];
      list.push_back({{"code", r.code}, {"name_zh", r.name_zh},
                      {"name_en", r.name_en.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.name_en)},
                      {"level", std::string(to_string(r.level))},
                      {"parent", r.parent.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.parent)},
                      {"match", std::string(to_string(h.kind))}, {"matched", h.matched}});
    }
    std::cout << list.dump(2) << "\n";
  } else {
    for (const SearchHit& h : hits) {
      const Region& r = atlas.regions[h.region];
      std::cout << r.code << "  " << r.name_zh << "  " << (r.name_en.empty() ? "-" : r.name_en) << "  "
                << to_string(r.level) << "  " << to_string(h.kind) << " (" << h.matched << ")\n";
    }
  }
  if (hits.empty()) {
    std::cerr << "steppe info: no region matches '" << o.find
              << "'; try a code (150581), a Chinese or English name, or pinyin initials (hlgl)\n";
    return kFailure;
  }
  return kOk;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// What steppe knows of the datum, on stderr so that stdout stays a table or JSON:
// for the built-in atlas what the evidence says (WGS84, converted from its GCJ-02 source:
// geodata/SOURCES.md); for
// a file, how its regions sit against the built-in ones (core/datum_check).
void report_datum(const Atlas& atlas, const InfoOptions& o) {
  if (o.data.empty()) {
    if (!o.json) std::cerr << "steppe info: " << builtin_datum_statement() << "\n";
    return;
  }
  const Atlas builtin = load_builtin_atlas(nullptr, /*geodesic_areas=*/false);
  const DatumComparison c = compare_datum(atlas, builtin);
  std::cerr << "steppe info: datum: " << describe(c, o.data + (o.datum.empty() ? "" : " read as " + o.datum),
                                                   "the built-in atlas")
            << (c.verdict == DatumComparison::Verdict::TooFewRegions
                    ? ""
                    : " (the built-in atlas is WGS84, converted from its GCJ-02 source; see `steppe info`)")
            << "\n";
}

int run_info(const InfoOptions& o) {
  const std::optional<Level> level = o.level.empty() ? std::nullopt : parse_level(o.level);
  std::vector<std::string> warnings;
  Atlas atlas;
  if (o.data.empty()) {
    atlas = load_builtin_atlas(&warnings);
  } else {
    BoundaryReadOptions read;
    read.path = o.data;
    read.layer = o.layer;
    read.code_field = o.code_field;
    read.name_field = o.name_field;
    read.name_en_field = o.name_en_field;
    read.parent_field = o.parent_field;
    read.geometry_field = o.geometry_field;
    read.level = level; // with --data, --level says which level the layer is
    read.encoding = o.encoding;
    read.gcj02 = lower_ascii(o.datum) == "gcj02";
    std::string note;
    atlas = load_atlas_file(read, &warnings, &note);
    if (!note.empty()) std::cerr << "steppe info: " << o.data << ": read as " << note << "\n";
  }
  for (const std::string& w : warnings) std::cerr << "steppe: warning: " << w << "\n";
  if (!o.find.empty()) return print_find(atlas, o, level);
  report_datum(atlas, o);
  std::vector<const Region*> shown;
  for (const Region& r : atlas.regions) {
    if (!level || r.level == *level) shown.push_back(&r);
  }
  if (o.json) print_json(shown, std::cout);
  else print_table(shown, std::cout);
  return kOk;
}

} // namespace

void add_info_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<InfoOptions>();
  auto* cmd = app.add_subcommand(
      "info", "List regions (code, names, level, parent, area, vertices) of the built-in atlas "
              "or of a boundary file");
  auto* data = cmd->add_option("--data", options->data,
                               "Boundary file (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, "
                               "TopoJSON, ...) instead of the built-in atlas");
  cmd->add_option("--layer", options->layer, "Layer of --data (default: the first)")->needs(data);
  cmd->add_option("--level", options->level,
                  "Show only this level; with --data, the level of every feature in the layer")
      ->check(CLI::IsMember({"region", "league", "banner"}, CLI::ignore_case));
  cmd->add_option("--code-field", options->code_field, "Field holding the region code")->needs(data);
  cmd->add_option("--name-field", options->name_field, "Field holding the Chinese name")->needs(data);
  cmd->add_option("--name-en-field", options->name_en_field, "Field holding the English name")
      ->needs(data);
  cmd->add_option("--parent-field", options->parent_field, "Field holding the parent's code")
      ->needs(data);
  cmd->add_option("--geometry-field", options->geometry_field,
                  "Column of a CSV holding WKT polygons (default: WKT, else the first such column), or the "
                  "geometry field of a layer with several")
      ->needs(data);
  cmd->add_option("--encoding", options->encoding,
                  "Text encoding of --data, e.g. GBK or UTF-8 (default: detect)")
      ->needs(data);
  cmd->add_option("--datum", options->datum,
                  "Datum of --data's longitude/latitude: wgs84 (default) or gcj02 (Chinese web maps; converted to WGS84)")
      ->check(CLI::IsMember({"wgs84", "gcj02"}, CLI::ignore_case))
      ->needs(data);
  cmd->add_flag("--json", options->json, "Print a JSON array instead of a table");
  cmd->add_option("--find", options->find,
                  "Find regions by code, Chinese or English name, or pinyin initials (e.g. hlgl), best first");
  cmd->callback([options, &exit_code] { exit_code = run_info(*options); });
}

} // namespace steppe::app
