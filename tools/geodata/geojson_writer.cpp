#include "geojson_writer.hpp"

#include <charconv>
#include <cstdio>
#include <fstream>

#include "core/error.hpp"

namespace steppe::geodata {
namespace {

void append_number(std::string& out, double v) {
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, res.ptr);
}

void append_string(std::string& out, const std::string& s) {
  out += '"';
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  out += '"';
}

void append_ring(std::string& out, const Ring& ring) {
  out += '[';
  for (std::size_t i = 0; i <= ring.size(); ++i) { // repeat the first point to close
    const Vec2& p = ring[i % ring.size()];
    if (i) out += ',';
    out += '[';
    append_number(out, p.x);
    out += ',';
    append_number(out, p.y);
    out += ']';
  }
  out += ']';
}

void append_polygon(std::string& out, const Polygon& poly) {
  out += '[';
  append_ring(out, poly.outer);
  for (const Ring& hole : poly.holes) {
    out += ',';
    append_ring(out, hole);
  }
  out += ']';
}

void append_geometry(std::string& out, const MultiPolygon& shape) {
  if (shape.size() == 1) {
    out += R"({"type":"Polygon","coordinates":)";
    append_polygon(out, shape.front());
  } else {
    out += R"({"type":"MultiPolygon","coordinates":[)";
    for (std::size_t i = 0; i < shape.size(); ++i) {
      if (i) out += ',';
      append_polygon(out, shape[i]);
    }
    out += ']';
  }
  out += '}';
}

} // namespace

void write_geojson(const std::string& path, const std::vector<OutFeature>& features) {
  std::string out = "{\"type\":\"FeatureCollection\",\"features\":[\n";
  for (std::size_t i = 0; i < features.size(); ++i) {
    const OutFeature& f = features[i];
    if (f.shape.empty()) throw Error("geodata: refusing to write an empty geometry to " + path);
    out += R"({"type":"Feature","properties":{)";
    for (std::size_t k = 0; k < f.properties.size(); ++k) {
      if (k) out += ',';
      append_string(out, f.properties[k].first);
      out += ':';
      append_string(out, f.properties[k].second);
    }
    out += "},\"geometry\":";
    append_geometry(out, f.shape);
    out += '}';
    out += i + 1 < features.size() ? ",\n" : "\n";
  }
  out += "]}\n";
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw Error("geodata: cannot write " + path + "; check the directory exists and is writable");
  file << out;
  if (!file.flush()) throw Error("geodata: writing " + path + " failed");
}

} // namespace steppe::geodata
