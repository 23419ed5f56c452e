#pragma once
// Joins the rows of a user's table to regions and says exactly what happened:
// which rows matched (and how), which keys match no region or several, which
// regions got no row, which regions got two rows (neither value is used), and
// which cells are missing ("—", "-", "", "NA", "无" ...) or not numbers at all.
// Missing is never zero: such regions carry NaN and are drawn as no data.
//
// Real tables mix levels and provinces. Each row's level is that of its region;
// one level is drawn (chosen, or the level with most rows) and the rows of the
// others are listed as "other level, not drawn" — a league row above its
// banners, or a 合计/总计/全区 row, is a stated total checked against the sum of
// its parts. Rows of other provinces (a non-15 code, a province or city column
// naming another province, or a name only found outside Inner Mongolia) are set
// aside; a name found in both (新城区, 青山区) is ambiguous in a whole-country
// table unless the province/city columns decide it. Abolished codes are read as
// of the year whose code list fits the table's old codes best.
#include <cstddef>
#include <optional>
#include <utility>
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
  std::string province{}; // the row's province/city cells, when the table has such columns
  std::string city{};
};

struct JoinOptions {
  std::optional<Level> level; // the level to draw; nullopt = the level with most rows
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
  std::string how_text{};          // NameMatch::how ("short form", "former name (2001: ...)")
  ParsedValue::Kind value_kind = ParsedValue::Kind::Missing;
  double value = 0.0;              // NaN unless value_kind == Number
  std::string value_text;          // the cell as written
};

struct UnmatchedRow {
  std::size_t row_number = 0;
  std::string key;
  std::vector<std::size_t> candidates; // regions it could be (ambiguous keys only)
  std::vector<std::string> elsewhere{}; // units of other provinces it could be ("新城区 (610102, 西安市, 陕西省)")
  std::string note{};                  // why: "also in other provinces", "陕西省", "split in 1981"
};

// A row that states a whole (a league above its banners, 合计) and what its parts add up to.
struct StatedTotal {
  std::size_t row_number = 0;
  std::string key;
  std::size_t region = 0;   // the whole
  double stated = 0.0;      // NaN when the row has no number
  double parts_sum = 0.0;   // the drawn rows inside it
  std::size_t parts = 0;    // how many drawn rows with a number lie inside it
  std::size_t parts_in_atlas = 0; // how many regions of the drawn level lie inside it
};

// Every row's outcome, in table order (steppe join --json).
enum class RowStatus { Matched, Unmatched, Ambiguous, OtherLevel, OtherProvince, Duplicate };
std::string_view to_string(RowStatus status); // "matched", "other-level", ...
struct RowOutcome {
  std::size_t row_number = 0;
  std::string key;
  RowStatus status = RowStatus::Unmatched;
  std::optional<std::size_t> region;   // matched, other-level and duplicate rows
  std::string how;                     // NameMatch::how, plus the deciding column
  std::vector<std::string> candidates; // "新城区 (150102)", "新城区 (610102, 西安市, 陕西省)"
  std::string note;
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
  std::optional<Level> level;                  // the level drawn (nullopt: regions without levels)
  std::vector<std::pair<Level, std::size_t>> rows_per_level; // matched rows per level
  std::vector<JoinedRow> other_level;          // rows of other levels: not drawn
  std::vector<StatedTotal> stated_totals;      // league/region rows and 合计 rows above the drawn level
  std::vector<UnmatchedRow> other_province;    // rows of other provinces: set aside
  bool whole_country = false;                  // the table covers other provinces too
  std::optional<int> code_year;                // year whose code list old codes were read by
  std::vector<RowOutcome> outcomes;            // every row, in table order

  // One value per region of the matcher: the number, or NaN for no row,
  // a missing or non-numeric value, or duplicate rows.
  std::vector<double> region_values;

  bool clean() const {
    return unknown_keys.empty() && ambiguous_keys.empty() && duplicates.empty() &&
           non_numeric.empty();
  }
  // "2 leagues, 101 banners"
  std::string level_summary() const;
  // Human-readable report (English, with the names as written in the table).
  std::string text(const NameMatcher& matcher) const;
};

JoinReport join_table(std::span<const TableRow> rows, const NameMatcher& matcher,
                      std::string_view value_column = "value", const JoinOptions& options = {});

// Whether a province cell names Inner Mongolia (内蒙古, 内蒙古自治区, Inner Mongolia, Nei Mongol).
bool is_inner_mongolia(std::string_view province);
// Keys of total rows: 合计, 总计, 全区, 全自治区, 总计 (with spaces), Total.
bool is_total_key(std::string_view key);

} // namespace steppe
