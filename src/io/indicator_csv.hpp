#pragma once
// A small RFC-4180 CSV reader for indicator value files: comma-separated,
// fields optionally in double quotes, "" inside quotes is one quote, quoted
// fields may hold commas and line breaks. LF and CRLF line ends; a UTF-8 BOM
// is skipped. Errors throw steppe::Error naming the file and line.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace steppe {

struct CsvRecord {
  std::size_t line = 0; // 1-based line where the record starts
  std::vector<std::string> fields;
};

struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRecord> records; // without the header; blank lines skipped
};

// `label` names the file in error messages.
CsvTable parse_csv(std::string_view text, const std::string& label);

} // namespace steppe
