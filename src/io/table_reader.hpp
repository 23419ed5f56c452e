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

struct Table {
  std::filesystem::path source;
  std::string sheet;                         // the sheet read (CSV: empty)
  std::string encoding;                      // CSV: "UTF-8", "UTF-8 with BOM" or "GBK"; else ""
  std::vector<std::string> columns;          // header cells, as written
  std::vector<std::vector<std::string>> rows;  // data rows, each columns.size() cells
  std::vector<std::size_t> row_numbers;      // the row/line of rows[i] in the file (header = 1
                                             // when it is the first line); blank rows skipped

  // Index of the column `name` (exact, else after trimming/full-width clean-up,
  // ASCII case-insensitive). Throws steppe::Error listing the existing columns.
  std::size_t column_index(std::string_view name) const;
  // Key and value cells of every row, ready for join_table().
  std::vector<TableRow> join_rows(std::string_view key_column, std::string_view value_column) const;
};

// Throws steppe::Error when the file is missing, of an unknown kind, unreadable,
// not decodable text, without a header row, or when the sheet does not exist.
Table read_table(const std::filesystem::path& path, const TableReadOptions& options = {});

} // namespace steppe
