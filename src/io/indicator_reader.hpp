#pragma once
// Reads indicators: <dir>/<id>.toml (metadata) + <dir>/<id>.csv (values), the
// format documented in indicators/README.md. Every malformed input throws
// steppe::Error naming the file, the line and the field, and what to do.
#include <filesystem>
#include <vector>

#include "core/indicator.hpp"

namespace steppe {

// Reads and validates one indicator; the CSV is the TOML path with ".csv".
Indicator read_indicator(const std::filesystem::path& toml_path);

// Reads every *.toml in `dir` and in its subfolder census/ (the generated
// census base layer), sorted by id, then checks what spans files: a CSV without
// its TOML, an id used twice, derived indicators whose counts disagree with the
// point layer they are computed from.
std::vector<Indicator> load_indicator_dir(const std::filesystem::path& dir);

// $STEPPE_INDICATOR_DIR if set, else share/steppe/indicators (io/shipped_data.hpp).
std::filesystem::path builtin_indicator_dir();

} // namespace steppe
