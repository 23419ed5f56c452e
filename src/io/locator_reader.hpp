#pragma once
// Reads the locator inset's data (geodata/locator.geojson: name_zh, kind =
// "province" | "schematic") through GDAL and projects it for a whole-China map
// (a schematic upright at its projected centre, not turned with the meridians).
#include <filesystem>
#include <string_view>

#include "core/locator_map.hpp"

namespace steppe {

// Albers equal-area for the whole of China (standard parallels 25°N and 47°N,
// central meridian 105°E), as Chinese national maps are commonly drawn.
inline constexpr const char* kLocatorProjection =
    "+proj=aea +lat_0=0 +lat_1=25 +lat_2=47 +lon_0=105 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs";

// The province named `focus_name_zh` becomes LocatorKind::Focus. Throws
// steppe::Error naming the file when it cannot be read, a feature's kind is
// unknown, or no province is named `focus_name_zh`.
LocatorMap read_locator(const std::filesystem::path& file, std::string_view focus_name_zh);

// geodata/locator.geojson of the built-in data folder (io/builtin_atlas), with
// 内蒙古自治区 singled out; read on first use and kept (a few thousand vertices).
const LocatorMap& builtin_locator();

} // namespace steppe
