#pragma once
// The one door for user input files: every reader opens what the user named
// through here. Only regular files are read (a FIFO, a device such as
// /dev/zero or a folder is refused with a message instead of blocking or
// eating memory), each kind of input has a size cap, and GDAL paths may be an
// explicit local archive path (/vsizip/, /vsigzip/, /vsitar/) but never a
// network one (/vsicurl/, /vsis3/, ...). Errors name the file and the limit.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace steppe {

enum class InputKind {
  Deck,           // --deck, the window's deck files
  View,           // a saved view (.toml)
  IndicatorMeta,  // an indicator's .toml
  IndicatorValues, // an indicator's .csv
  Table,          // a user's CSV/XLSX/ODS table
  Boundary,       // a boundary file GDAL reads (GeoJSON, GeoPackage, Shapefile, ...)
};

// The largest file of that kind steppe reads, in bytes.
std::uint64_t input_size_cap(InputKind kind);
// "deck file", "table file", ... for messages.
std::string_view input_kind_name(InputKind kind);
// "1 MiB", "64 MiB" for messages.
std::string format_bytes(std::uint64_t bytes);

// Reads the whole of a regular file; throws steppe::Error naming `path` when
// it is missing, unreadable, not a regular file or larger than the cap.
// A FIFO never blocks: it is opened non-blocking and refused.
std::string read_input_file(const std::filesystem::path& path, InputKind kind);

// For paths handed to GDAL: a regular local file within the cap, or an
// archive path /vsizip/, /vsigzip/, /vsitar/ over such a file. Network
// handlers (/vsicurl/, /vsis3/, /vsigs/, /vsiaz/, ...) anywhere in the path
// and every other /vsi handler are refused. Throws steppe::Error.
void check_gdal_input(const std::string& path, InputKind kind);

// True when `path` names a /vsi handler anywhere (e.g. "/vsizip/a.zip/b").
bool has_vsi_prefix(std::string_view path);

} // namespace steppe
