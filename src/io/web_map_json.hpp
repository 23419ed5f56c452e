#pragma once
// Boundary files in the web-map JSON shapes GDAL does not read, turned into
// plain GeoJSON text for GDAL's GeoJSON driver (through /vsimem):
//   - a DataV / Amap download that is a bare JSON array of features
//     ([{"type":"Feature",...}, ...]) instead of a FeatureCollection;
//   - an ECharts map (JSON, or the JS file that calls echarts.registerMap)
//     whose coordinates are compressed ("UTF8Encoding": true): each ring is a
//     string of UTF-16 code units, two per point, zigzag- and delta-encoded
//     from the ring's encodeOffsets and divided by UTF8Scale (default 1024).
// The file is read through the input door (regular file, size cap); nothing
// else is touched. Errors name the file, the feature and the ring.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace steppe {

enum class WebMapFormat { DataVArray, EChartsJson, EChartsJs };
std::string_view to_string(WebMapFormat format); // "DataV/Amap feature array", ...

struct WebMapGeoJson {
  WebMapFormat format = WebMapFormat::DataVArray;
  std::string geojson; // a FeatureCollection
};

// At most this many bytes of web-map JSON are converted (the GeoJSON text an
// ECharts file decodes to is about eight times its size).
constexpr std::uint64_t kWebMapJsonCap = 32ull * 1024 * 1024;

// Whether the start and end of a file (`head`: its first 64 KiB, `tail`: its
// last 4 KiB) look like one of the formats above; nullopt for anything else
// (a FeatureCollection without UTF8Encoding, a shapefile, ...).
std::optional<WebMapFormat> sniff_web_map_json(std::string_view head, std::string_view tail);

// Converts the text of a file of that format; `label` names it in errors.
// Throws steppe::Error.
std::string web_map_to_geojson(std::string_view text, WebMapFormat format, const std::string& label);

// Reads `path` (a local file) and converts it when it is one of these formats;
// nullopt when it is not (GDAL reads it as it is). Throws steppe::Error.
std::optional<WebMapGeoJson> read_web_map_json(const std::filesystem::path& path);

} // namespace steppe
