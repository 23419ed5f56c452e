#include "io/web_map_json.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "io/input_file.hpp"

namespace steppe {

namespace {

using nlohmann::json;

constexpr std::size_t kHeadBytes = 64 * 1024;
constexpr std::size_t kTailBytes = 4 * 1024;

std::string_view skip_space_and_bom(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  return start == std::string_view::npos ? std::string_view() : text.substr(start);
}

// The code units JavaScript's charCodeAt sees: UTF-16, so a character beyond
// U+FFFF counts as two (a surrogate pair), as it does in the browser.
std::vector<std::int64_t> utf16_units(const std::string& text, const std::string& where) {
  std::vector<std::int64_t> units;
  units.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xF0) {
      len = 4;
      cp = c & 0x07u;
    } else if (c >= 0xE0) {
      len = 3;
      cp = c & 0x0Fu;
    } else if (c >= 0xC0) {
      len = 2;
      cp = c & 0x1Fu;
    } else if (c >= 0x80) {
      throw Error(where + ": the compressed coordinates are not valid UTF-8 (byte " + std::to_string(i) + ")");
    }
    if (i + len > text.size()) throw Error(where + ": the compressed coordinates end inside a character");
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      units.push_back(0xD800 + (cp >> 10));
      units.push_back(0xDC00 + (cp & 0x3FF));
    } else {
      units.push_back(cp);
    }
    i += len;
  }
  return units;
}

void write_number(std::string& out, double value) {
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, result.ptr);
}

std::int64_t offset_value(const json& offsets, std::size_t index, const std::string& where) {
  if (!offsets.is_array() || offsets.size() < 2 || !offsets[index].is_number()) {
    throw Error(where + ": its encodeOffsets entry is missing or not a pair of numbers; the file is not a "
                        "complete ECharts map (export it again, or give a plain GeoJSON file)");
  }
  return offsets[index].get<std::int64_t>();
}

// One ring (or line): a compressed string decoded to "[[x,y],...]", closed
// when it is a ring; an array already decoded is written as it is.
void write_ring(std::string& out, const json& ring, const json& offsets, double scale, bool close,
                const std::string& where) {
  if (!ring.is_string()) {
    out += ring.dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  std::int64_t x = offset_value(offsets, 0, where);
  std::int64_t y = offset_value(offsets, 1, where);
  const std::vector<std::int64_t> units = utf16_units(ring.get_ref<const std::string&>(), where);
  if (units.size() % 2 != 0) {
    throw Error(where + ": the compressed ring has an odd number of characters (" + std::to_string(units.size()) +
                "); each point takes two, so the file is damaged");
  }
  out += '[';
  for (std::size_t i = 0; i < units.size(); i += 2) {
    std::int64_t dx = units[i] - 64;
    std::int64_t dy = units[i + 1] - 64;
    dx = (dx >> 1) ^ (-(dx & 1)); // zigzag
    dy = (dy >> 1) ^ (-(dy & 1));
    x += dx;
    y += dy;
    if (i > 0) out += ',';
    out += '[';
    write_number(out, static_cast<double>(x) / scale);
    out += ',';
    write_number(out, static_cast<double>(y) / scale);
    out += ']';
  }
  if (close && units.size() >= 2) {
    const std::int64_t x0 = offset_value(offsets, 0, where);
    const std::int64_t y0 = offset_value(offsets, 1, where);
    // The first point is the offset plus the first delta.
    std::int64_t fx = units[0] - 64;
    std::int64_t fy = units[1] - 64;
    fx = x0 + ((fx >> 1) ^ (-(fx & 1)));
    fy = y0 + ((fy >> 1) ^ (-(fy & 1)));
    if (fx != x || fy != y) {
      out += ",[";
      write_number(out, static_cast<double>(fx) / scale);
      out += ',';
      write_number(out, static_cast<double>(fy) / scale);
      out += ']';
    }
  }
  out += ']';
}

const json& at_or_null(const json& array, std::size_t i) {
  static const json null_value;
  return array.is_array() && i < array.size() ? array[i] : null_value;
}

void write_rings(std::string& out, const json& rings, const json& offsets, double scale, bool close,
                 const std::string& where) {
  if (!rings.is_array()) throw Error(where + ": its coordinates are not a list of rings");
  out += '[';
  for (std::size_t r = 0; r < rings.size(); ++r) {
    if (r > 0) out += ',';
    write_ring(out, rings[r], at_or_null(offsets, r), scale, close, where + ", ring " + std::to_string(r + 1));
  }
  out += ']';
}

void write_geometry(std::string& out, const json& geometry, bool encoded, double scale, const std::string& where) {
  if (!geometry.is_object() || !encoded) {
    out += geometry.dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  const std::string type = geometry.value("type", "");
  const json& coordinates = geometry.contains("coordinates") ? geometry["coordinates"] : json();
  const json offsets = geometry.contains("encodeOffsets") ? geometry["encodeOffsets"] : json();
  out += "{\"type\":";
  out += json(type).dump();
  out += ",\"coordinates\":";
  if (type == "Polygon") {
    write_rings(out, coordinates, offsets, scale, true, where);
  } else if (type == "MultiPolygon") {
    if (!coordinates.is_array()) throw Error(where + ": its coordinates are not a list of polygons");
    out += '[';
    for (std::size_t p = 0; p < coordinates.size(); ++p) {
      if (p > 0) out += ',';
      write_rings(out, coordinates[p], at_or_null(offsets, p), scale, true, where + ", polygon " + std::to_string(p + 1));
    }
    out += ']';
  } else if (type == "LineString") {
    write_ring(out, coordinates, offsets, scale, false, where);
  } else if (type == "MultiLineString") {
    write_rings(out, coordinates, offsets, scale, false, where);
  } else {
    out += coordinates.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  out += '}';
}

// The object literal handed to echarts.registerMap(name, {...}) in a JS file.
std::string_view registered_object(std::string_view text, const std::string& label) {
  const std::size_t call = text.find("registerMap");
  const std::size_t open = call == std::string_view::npos ? call : text.find('{', call);
  if (open == std::string_view::npos) {
    throw Error(label + ": looks like an ECharts map script, but no map object follows registerMap(; "
                        "give the map's JSON or a GeoJSON file");
  }
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return text.substr(open, i - open + 1);
    }
  }
  throw Error(label + ": the map object after registerMap( is not closed; the file is cut short");
}

std::string echarts_to_geojson(std::string_view text, const std::string& label) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    throw Error(label + ": looks like an ECharts map but is not valid JSON (" + std::string(e.what()) +
                "); give a plain GeoJSON file");
  }
  if (!doc.is_object() || !doc.contains("features") || !doc["features"].is_array()) {
    throw Error(label + ": an ECharts map needs a \"features\" list; this one has none");
  }
  const json& flag = doc.contains("UTF8Encoding") ? doc["UTF8Encoding"] : json(false);
  const bool encoded = flag.is_boolean() ? flag.get<bool>() : !flag.is_null();
  double scale = 1024.0;
  if (doc.contains("UTF8Scale")) {
    if (!doc["UTF8Scale"].is_number() || !(doc["UTF8Scale"].get<double>() > 0.0)) {
      throw Error(label + ": its UTF8Scale is not a positive number");
    }
    scale = doc["UTF8Scale"].get<double>();
  }
  json& features = doc["features"];
  std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
  for (std::size_t i = 0; i < features.size(); ++i) {
    json& feature = features[i];
    if (i > 0) out += ',';
    const std::string where = label + ": feature " + std::to_string(i + 1);
    json properties = feature.is_object() && feature.contains("properties") && feature["properties"].is_object()
                          ? feature["properties"]
                          : json::object();
    // ECharts keeps the code as the feature's "id"; GDAL reads only properties.
    if (feature.is_object() && feature.contains("id") && !properties.contains("id")) properties["id"] = feature["id"];
    out += "{\"type\":\"Feature\",\"properties\":";
    out += properties.dump(-1, ' ', false, json::error_handler_t::replace);
    out += ",\"geometry\":";
    const json& geometry = feature.is_object() && feature.contains("geometry") ? feature["geometry"] : json();
    write_geometry(out, geometry, encoded, scale,
                   where + (properties.contains("name") && properties["name"].is_string()
                                ? " (" + properties["name"].get<std::string>() + ")"
                                : std::string()));
    out += '}';
    feature = nullptr; // its decoded text is written; free the parsed copy
  }
  out += "]}";
  return out;
}

// The first kHeadBytes and last kTailBytes of a regular local file.
bool read_ends(const std::filesystem::path& path, std::string& head, std::string& tail, std::uint64_t& size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return false;
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return false;
  size = static_cast<std::uint64_t>(st.st_size);
  head.resize(kHeadBytes);
  const ssize_t n = ::pread(fd, head.data(), head.size(), 0);
  head.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  if (size > kHeadBytes) {
    tail.resize(kTailBytes);
    const ssize_t m = ::pread(fd, tail.data(), tail.size(), static_cast<off_t>(size - kTailBytes));
    tail.resize(m > 0 ? static_cast<std::size_t>(m) : 0);
  }
  return true;
}

} // namespace

std::string_view to_string(WebMapFormat format) {
  switch (format) {
  case WebMapFormat::DataVArray: return "DataV/Amap feature array";
  case WebMapFormat::EChartsJson: return "ECharts map JSON";
  case WebMapFormat::EChartsJs: return "ECharts map script (registerMap)";
  }
  return "web-map JSON";
}

std::optional<WebMapFormat> sniff_web_map_json(std::string_view head, std::string_view tail) {
  const std::string_view start = skip_space_and_bom(head);
  if (start.empty()) return std::nullopt;
  if (start.front() == '[') {
    if (head.find("\"Feature\"") != std::string_view::npos) return WebMapFormat::DataVArray;
    return std::nullopt;
  }
  if (start.front() == '{') {
    const bool marked = head.find("\"UTF8Encoding\"") != std::string_view::npos ||
                        tail.find("\"UTF8Encoding\"") != std::string_view::npos ||
                        head.find("\"encodeOffsets\"") != std::string_view::npos;
    return marked ? std::optional(WebMapFormat::EChartsJson) : std::nullopt;
  }
  if (head.find("registerMap") != std::string_view::npos) return WebMapFormat::EChartsJs;
  return std::nullopt;
}

std::string web_map_to_geojson(std::string_view text, WebMapFormat format, const std::string& label) {
  switch (format) {
  case WebMapFormat::DataVArray: {
    // GDAL reads the array once it is the features of a FeatureCollection.
    std::string out = "{\"type\":\"FeatureCollection\",\"features\":";
    out += skip_space_and_bom(text);
    out += "\n}";
    return out;
  }
  case WebMapFormat::EChartsJson: return echarts_to_geojson(skip_space_and_bom(text), label);
  case WebMapFormat::EChartsJs: return echarts_to_geojson(registered_object(text, label), label);
  }
  return {};
}

std::optional<WebMapGeoJson> read_web_map_json(const std::filesystem::path& path) {
  if (has_vsi_prefix(path.string())) return std::nullopt;
  std::string head, tail;
  std::uint64_t size = 0;
  if (!read_ends(path, head, tail, size)) return std::nullopt; // GDAL's open reports it
  const std::optional<WebMapFormat> format = sniff_web_map_json(head, tail);
  if (!format) return std::nullopt;
  if (size > kWebMapJsonCap) {
    throw Error(path.string() + ": is " + format_bytes(size) + "; a " + std::string(to_string(*format)) +
                " may be at most " + format_bytes(kWebMapJsonCap) +
                " (steppe's limit: it is converted in memory); convert it to GeoJSON first, e.g. with mapshaper");
  }
  WebMapGeoJson out;
  out.format = *format;
  out.geojson = web_map_to_geojson(read_input_file(path, InputKind::Boundary), *format, path.string());
  return out;
}

} // namespace steppe
