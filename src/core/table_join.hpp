#pragma once
// Joins the rows of a user's table to regions and says exactly what happened:
// which rows matched (and how), which keys match no region or several, which
// regions got no row, which regions got two rows (neither value is used), and
// which cells are missing ("—", "-", "", "NA", "无" ...) or not numbers at all.
// Missing is never zero: such regions carry NaN and are drawn as no data.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/name_matcher.hpp"

namespace steppe {

// One data row of the user's table: its row number as the user sees it in the
// file or spreadsheet (header = row 1), the key cell and the value cell.
struct TableRow {
  std::size_t row_number = 0;
  std::string key;
  std::string value;
};

// A value cell read the way Chinese statistics are written: "1,035.54",
// "１０３５．５４", "+3.5", "3.5%", "−2" all parse; "—", "-", "", "NA", "无", "…"
// mean missing; anything else ("约300", "1.2.3") is invalid.
struct ParsedValue {
  enum class Kind { Number, Missing, Invalid };
  Kind kind = Kind::Missing;
  double number = 0.0; // valid when kind == Number
};
ParsedValue parse_value(std::string_view text);

struct JoinedRow {
  std::size_t row_number = 0;
  std::string key;
  std::size_t region = 0;          // index into NameMatcher::regions()
  MatchKind how = MatchKind::Name;
  ParsedValue::Kind value_kind = ParsedValue::Kind::Missing;
  double value = 0.0;              // NaN unless value_kind == Number
  std::string value_text;          // the cell as written
};

struct UnmatchedRow {
  std::size_t row_number = 0;
  std::string key;
  std::vector<std::size_t> candidates; // regions it could be (ambiguous keys only)
};

struct DuplicateRegion {
  std::size_t region = 0;
  std::vector<std::size_t> row_numbers; // every row that named this region, in table order
  std::vector<std::string> keys;
};

struct ValueProblem {
  std::size_t row_number = 0;
  std::string key;
  std::string text; // the cell as written
};

struct JoinReport {
  std::string value_column;
  std::size_t table_rows = 0;
  std::vector<JoinedRow> matched;              // one region each, duplicates excluded
  std::vector<UnmatchedRow> unknown_keys;      // no region
  std::vector<UnmatchedRow> ambiguous_keys;    // two or more regions
  std::vector<DuplicateRegion> duplicates;     // regions named by two or more rows
  std::vector<std::size_t> regions_without_row;
  std::vector<ValueProblem> missing_values;    // "—", "", "NA" ... (no data, not an error)
  std::vector<ValueProblem> non_numeric;       // cells that are neither numbers nor missing

  // One value per region of the matcher: the number, or NaN for no row,
  // a missing or non-numeric value, or duplicate rows.
  std::vector<double> region_values;

  bool clean() const {
    return unknown_keys.empty() && ambiguous_keys.empty() && duplicates.empty() &&
           non_numeric.empty();
  }
  // Human-readable report (English, with the names as written in the table).
  std::string text(const NameMatcher& matcher) const;
};

JoinReport join_table(std::span<const TableRow> rows, const NameMatcher& matcher,
                      std::string_view value_column = "value");

} // namespace steppe
