#pragma once
// Reads a user's own table (CSV, XLSX, ODS) through GDAL, every cell as text,
// so that the join can report exactly what was written ("1,035.54", "—", "约300").
// CSV may be UTF-8 (with or without BOM) or GBK/GB18030, detected from UTF-8
// validity unless the user says which. Errors name the file and what to do.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/table_join.hpp"

namespace steppe {

enum class TableEncoding { Auto, Utf8, Gbk };
// "auto", "utf-8"/"utf8", "gbk"/"gb18030"/"cp936" (case-insensitive).
std::optional<TableEncoding> parse_table_encoding(std::string_view text);

struct TableReadOptions {
  TableEncoding encoding = TableEncoding::Auto; // CSV only; spreadsheets are always Unicode
  std::string sheet;                            // XLSX/ODS sheet name; empty = the first sheet
};

// The columns that place a row in a province and city (whole-country tables);
// empty = none.
struct RowContextColumns {
  std::string province, city;
};

struct Table {
  std::filesystem::path source;
  std::string sheet;                         // the sheet read (CSV: empty)
  std::string encoding;                      // CSV: "UTF-8", "UTF-8 with BOM" or "GBK"; else ""
  std::vector<std::string> columns;          // header cells, as written
  std::vector<std::vector<std::string>> rows;  // data rows, each columns.size() cells
  std::vector<std::size_t> row_numbers;      // the row/line of rows[i] in the file (header = 1
                                             // when it is the first line); blank rows skipped
  std::size_t header_row = 1;                // the row/line of the header
  std::vector<std::string> title_lines;      // a title or notes above the header, skipped

  // Index of the column `name` (exact, else after trimming/full-width clean-up,
  // ASCII case-insensitive). Throws steppe::Error listing the existing columns.
  std::size_t column_index(std::string_view name) const;
  // Key and value cells (no value column: empty) of every row, with the
  // province/city cells when given, ready for join_table().
  std::vector<TableRow> join_rows(std::string_view key_column, std::string_view value_column,
                                  const RowContextColumns& context = {}) const;
  // The first column (other than `except`) whose header is one of `headers`
  // (after clean-up, ASCII case-insensitive).
  std::optional<std::size_t> find_column(const std::vector<std::string_view>& headers,
                                         std::optional<std::size_t> except = std::nullopt) const;
  // Province and city columns found by their headers (省/省份/省区/province,
  // 市/地市/盟市/city ...), other than the key column.
  RowContextColumns context_columns(std::string_view key_column) const;
};

// A title or notes above the header ("2020年各旗县人口", "单位：人": rows that
// fill one cell) are skipped: the header is the first row filling two or more.
// Throws steppe::Error when the file is missing, of an unknown kind, unreadable,
// not decodable text, without a header row, or when the sheet does not exist.
Table read_table(const std::filesystem::path& path, const TableReadOptions& options = {});

} // namespace steppe
