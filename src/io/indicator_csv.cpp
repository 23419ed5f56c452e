#include "io/indicator_csv.hpp"

#include "core/error.hpp"

namespace steppe {

CsvTable parse_csv(std::string_view text, const std::string& label) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CsvRecord> all;
  CsvRecord record;
  std::string field;
  std::size_t line = 1;
  record.line = 1;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool record_has_content = false;

  auto end_field = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  auto end_record = [&] {
    end_field();
    // A blank line is one empty, unquoted field: skip it.
    if (record_has_content) all.push_back(std::move(record));
    record = CsvRecord{};
    record.line = line + 1;
    record_has_content = false;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"') {
      if (!field.empty() || field_was_quoted)
        throw Error(label + " line " + std::to_string(line) +
                    ": a double quote inside an unquoted field; put the whole field in "
                    "double quotes and write a literal quote as \"\"");
      in_quotes = true;
      field_was_quoted = true;
      record_has_content = true;
    } else if (c == ',') {
      record_has_content = true;
      end_field();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue; // CRLF: the LF ends the record
    } else if (c == '\n') {
      end_record();
      ++line;
    } else {
      if (field_was_quoted)
        throw Error(label + " line " + std::to_string(line) +
                    ": text after a closing double quote; quote the whole field");
      field += c;
      record_has_content = true;
    }
  }
  if (in_quotes)
    throw Error(label + " line " + std::to_string(record.line) +
                ": a quoted field is never closed; add the closing double quote");
  if (record_has_content || !field.empty()) end_record();

  CsvTable table;
  if (all.empty()) throw Error(label + ": the file is empty; it needs a header row");
  table.header = std::move(all.front().fields);
  table.records.assign(std::make_move_iterator(all.begin() + 1), std::make_move_iterator(all.end()));
  return table;
}

} // namespace steppe
