#pragma once
// The thematic part of `steppe render`: --indicator ID (a seed indicator as a
// choropleth or point layer) or --table FILE --key COL --value COL (a user's
// CSV/XLSX/ODS joined to the regions; the join report is printed first).
#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>
#include <string>

#include "core/callout.hpp"
#include "core/choropleth.hpp"
#include "core/error.hpp"
#include "core/indicator.hpp"
#include "core/map_visual.hpp"
#include "core/point_layer.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "render/label_layer.hpp"

namespace steppe::app {

// A bad command line (exit code kUsage rather than kFailure).
struct ThematicUsageError : Error {
  using Error::Error;
};

struct ThematicOptions {
  std::string indicator;
  std::string classify;  // equal|quantile|jenks|stddev|manual (aliases accepted)
  int classes = 0;
  std::string palette;
  bool reverse = false;
  std::string breaks;    // "a,b,c"
  std::string table, key, value, encoding = "auto", sheet, unit;
  std::string level, province_column, city_column; // --level league|banner; whole-country tables
  std::string normalise;   // per-capita|per-10k|per-km2|share (core/normalise.hpp)
  std::string population;  // indicator id of the denominator; default census_population_<level>_2020
  std::string boundary_file; // --data of the command (for messages; empty = the built-in atlas)

  bool any() const { return !indicator.empty() || !table.empty(); }
};

void add_thematic_options(CLI::App& cmd, ThematicOptions& options);

struct Thematic {
  Indicator indicator;                  // the seed indicator, or one built from the table
  std::optional<Choropleth> choropleth; // league/banner/region indicators and tables
  std::optional<PointLayer> points;     // point indicators
  MapVisual visual = MapVisual::Choropleth; // core/map_visual: one or two places are called out
  std::vector<CalloutText> callouts;    // with MapVisual::Callout: one per place
};

// The classification the options ask for (--classify, --classes, --palette, --reverse, --breaks).
ChoroplethSpec make_spec(const ThematicOptions& options);

// Loads and classifies; prints the table join report to `report`. Throws
// ThematicUsageError for bad options or ids, steppe::Error for unreadable files.
Thematic prepare_thematic(const ThematicOptions& options, const Atlas& atlas,
                          const Projection& projection, std::ostream& report);

} // namespace steppe::app
