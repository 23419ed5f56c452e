#pragma once
// The user's own table: a path typed into a text field (CSV, XLSX, ODS), the
// key column (region names or codes) and the value column picked from the
// header, an optional unit — then the join report (matched rows, rows naming
// no region, regions without a row, duplicate keys, non-numeric values) is
// shown BEFORE anything is drawn, and "Show on map" maps the joined numbers
// through io/table_indicator, exactly as `steppe render --table` does. A table
// naming both leagues and banners gets a level picker (`--level`); the values
// can be shown per 10,000 people or per km² (`--normalise per-10k|per-km2`).
#include <array>
#include <optional>
#include <string>

#include "core/name_matcher.hpp"
#include "core/table_join.hpp"
#include "io/table_reader.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

class TableJoinPanel {
public:
  // Keeps a reference: `atlas` must outlive the panel.
  explicit TableJoinPanel(const Atlas& atlas);

  // Draws inside the current ImGui window. Returns text the UI font may lack
  // (the cells of a table just read), else "".
  std::string draw(ThematicState& state);

private:
  std::string load();
  void rejoin();
  void draw_report();
  void draw_level_and_normalisation();
  Indicator build_indicator(const ThematicState& state) const;

  const Atlas& atlas_;
  NameMatcher matcher_;
  std::array<char, 1024> path_{};
  std::array<char, 64> unit_{};
  std::optional<Table> table_;
  int key_ = 0, value_ = 1;
  std::optional<Level> level_; // picked by the user; nullopt: the level with most rows
  int normalise_ = 0;          // 0 as is, 1 per 10,000 people, 2 per km²
  std::string shown_;          // what "Show on map" put on the map (title and denominator)
  std::optional<JoinReport> report_;
  std::string report_text_;
  std::string error_;
};

} // namespace steppe::ui
