#include "io/table_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <atomic>
#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include "core/error.hpp"
#include "core/name_matcher.hpp"
#include "core/text_clean.hpp"
#include "io/gdal_handles.hpp"
#include "io/indicator_csv.hpp"
#include "io/input_file.hpp"
#include "io/text_encoding.hpp"

namespace steppe {

namespace {

enum class Format { Csv, Xlsx, Ods };

std::string lower_ascii(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

std::string shown(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

// Sets a GDAL configuration option on this thread for the lifetime of the
// object (GDAL 3.6's XLSX/ODS drivers take HEADERS/FIELD_TYPES only this way).
class ThreadConfigOption {
public:
  ThreadConfigOption(const char* key, const char* value) : key_(key) {
    const char* old = CPLGetThreadLocalConfigOption(key, nullptr);
    had_old_ = old != nullptr;
    if (had_old_) old_ = old;
    CPLSetThreadLocalConfigOption(key, value);
  }
  ~ThreadConfigOption() { CPLSetThreadLocalConfigOption(key_, had_old_ ? old_.c_str() : nullptr); }
  ThreadConfigOption(const ThreadConfigOption&) = delete;
  ThreadConfigOption& operator=(const ThreadConfigOption&) = delete;

private:
  const char* key_;
  std::string old_;
  bool had_old_ = false;
};

// A UTF-8 copy of a CSV file in GDAL's in-memory file system, removed on destruction.
class MemFile {
public:
  explicit MemFile(std::string content) : content_(std::move(content)) {
    static std::atomic<unsigned> counter{0};
    path_ = "/vsimem/steppe_table_" + std::to_string(counter++) + ".csv";
    VSILFILE* f = VSIFileFromMemBuffer(path_.c_str(), reinterpret_cast<GByte*>(content_.data()),
                                       static_cast<vsi_l_offset>(content_.size()), FALSE);
    if (f != nullptr) VSIFCloseL(f);
  }
  ~MemFile() { VSIUnlink(path_.c_str()); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;
  const std::string& path() const { return path_; }

private:
  std::string content_;
  std::string path_;
};

std::string read_bytes(const std::filesystem::path& path) { return read_input_file(path, InputKind::Table); }

// The line on which every non-blank CSV record starts. Quotes toggle "inside
// a field" the way GDAL's reader counts them, so quoted line breaks continue
// a record; records with no characters at all are skipped, as GDAL skips them.
std::vector<std::size_t> record_start_lines(std::string_view text) {
  std::vector<std::size_t> starts;
  std::size_t line = 1;
  std::size_t start = 1;
  bool in_quotes = false;
  bool content = false;
  for (char c : text) {
    if (c == '\n') {
      if (!in_quotes) {
        if (content) starts.push_back(start);
        content = false;
        start = line + 1;
      }
      ++line;
    } else if (c != '\r') {
      if (c == '"') in_quotes = !in_quotes;
      content = true;
    }
  }
  if (content) starts.push_back(start);
  return starts;
}

bool blank(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(),
                     [](const std::string& s) { return normalise_text(s).empty(); });
}

std::vector<std::string> cells_of(OGRFeature& feature, int field_count) {
  std::vector<std::string> cells;
  for (int i = 0; i < field_count; ++i) {
    // Control characters would reach the terminal (join report) and SVG/PDF.
    cells.push_back(feature.IsFieldSetAndNotNull(i) ? clean_text(feature.GetFieldAsString(i), true).text : "");
  }
  return cells;
}

// A numeric cell rendered with more digits than a double holds
// ("2633.9800000000000182", as GDAL's ODS writer stores 2633.98) becomes the
// shortest text that reads back to the same double ("2633.98").
std::string shortest_number_text(const std::string& cell) {
  std::size_t digits = 0;
  bool point = false;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '.' && !point) point = true;
    else if (!(c == '-' && i == 0)) return cell;
  }
  if (!point || digits <= 15) return cell;
  double v = 0;
  const auto parsed = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (parsed.ec != std::errc() || parsed.ptr != cell.data() + cell.size()) return cell;
  std::array<char, 64> buf{};
  const auto written = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  if (written.ec != std::errc()) return cell;
  return std::string(buf.data(), written.ptr);
}

// Spreadsheet column letters: 0 -> "A", 26 -> "AA".
std::string column_letters(std::size_t index) {
  std::string out;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) {
    out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return out;
}

gdal::DatasetPtr open_vector(const std::string& path, const char* driver,
                             const std::vector<const char*>& open_options,
                             const std::filesystem::path& shown_path) {
  gdal::ensure_registered();
  gdal::ErrorCapture errors;
  const char* drivers[] = {driver, nullptr};
  std::vector<const char*> options = open_options;
  options.push_back(nullptr);
  GDALDataset* ds = GDALDataset::FromHandle(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                       drivers, options.data(), nullptr));
  if (ds == nullptr) {
    std::string why = errors.last_error();
    throw Error("cannot read " + shown(shown_path) + " as " + driver +
                (why.empty() ? std::string() : ": " + why) +
                "; check that it is a valid file of that kind (re-save it from Excel or "
                "LibreOffice if in doubt)");
  }
  return gdal::DatasetPtr(ds);
}

std::string decode_csv(std::string bytes, TableEncoding requested, const std::filesystem::path& path,
                       std::string& encoding_name) {
  const bool bom = bytes.starts_with("\xEF\xBB\xBF");
  if (bom) bytes.erase(0, 3);
  const bool utf8 = is_valid_utf8(bytes);
  if (requested == TableEncoding::Utf8 || (requested == TableEncoding::Auto && utf8)) {
    if (!utf8) {
      throw Error("table file " + shown(path) + " is not valid UTF-8; save it as UTF-8 CSV, "
                  "or read it as GBK (encoding gbk)");
    }
    encoding_name = bom ? "UTF-8 with BOM" : "UTF-8";
    return bytes;
  }
  // GB18030 is a superset of GBK/CP936 and decodes every GBK file.
  auto converted = to_utf8(bytes, "GB18030");
  if (!converted) {
    throw Error("table file " + shown(path) +
                (requested == TableEncoding::Gbk ? " is not valid GBK text"
                                                 : " is neither UTF-8 nor GBK text") +
                "; save it as UTF-8 CSV");
  }
  encoding_name = "GBK";
  return *converted;
}

// A cell as written, without the spaces around it (a title keeps its full-width punctuation).
std::string trimmed(const std::string& cell) {
  const auto first = cell.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return cell.substr(first, cell.find_last_not_of(" \t\r\n") - first + 1);
}

std::size_t filled(const std::vector<std::string>& cells) {
  return static_cast<std::size_t>(std::count_if(
      cells.begin(), cells.end(), [](const std::string& c) { return !normalise_text(c).empty(); }));
}

// Index of the header among the first rows: a title or notes above it ("2020年各旗县
// 人口", "单位：人") fill one cell, the header at least two and none of them a number.
// 0 when the first row is already the header, or no such row comes before the data.
std::size_t header_index(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty() || filled(rows.front()) >= 2) return 0;
  const auto has_number = [](const std::vector<std::string>& cells) {
    return std::any_of(cells.begin(), cells.end(),
                       [](const std::string& c) { return parse_value(c).kind == ParsedValue::Kind::Number; });
  };
  for (std::size_t i = 1; i < rows.size() && i < 12; ++i) {
    if (filled(rows[i]) < 2) continue;
    if (has_number(rows[i])) return 0; // a data row before any header: the first row was the header
    
    const bool data_after = i + 1 >= rows.size() || filled(rows[i + 1]) >= 2;
    return data_after ? i : 0;
  }
  return 0;
}

// Drops the title/notes lines above the header from a CSV text; returns how many lines.
std::size_t drop_title_lines(std::string& text, std::vector<std::string>& dropped) {
  CsvTable parsed;
  try {
    parsed = parse_csv(text, "table");
  } catch (const std::exception&) {
    return 0; // GDAL reports the problem with its own words below
  }
  std::vector<std::vector<std::string>> rows{parsed.header};
  for (const auto& r : parsed.records) rows.push_back(r.fields);
  const std::size_t h = header_index(rows);
  if (h == 0) return 0;
  const std::vector<std::size_t> starts = record_start_lines(text);
  if (starts.size() <= h) return 0;
  const std::size_t header_line = starts[h];
  std::size_t offset = 0;
  for (std::size_t line = 1; line < header_line; ++line) offset = text.find('\n', offset) + 1;
  for (std::size_t i = 0; i < h; ++i) {
    std::string joined;
    for (const auto& c : rows[i])
      if (!normalise_text(c).empty()) joined += (joined.empty() ? "" : " ") + trimmed(c);
    dropped.push_back(joined);
  }
  text.erase(0, offset);
  return header_line - 1;
}

Table read_csv(const std::filesystem::path& path, const TableReadOptions& options) {
  Table table;
  table.source = path;
  std::string bytes = read_bytes(path);
  if (const std::size_t nul = bytes.find('\0'); nul != std::string::npos) {
    const auto line = std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(nul), '\n') + 1;
    throw Error("table file " + shown(path) + " line " + std::to_string(line) +
                ": contains a NUL byte (character 0), which is not text; re-save the table as CSV (UTF-8)");
  }
  std::string text = decode_csv(std::move(bytes), options.encoding, path, table.encoding);
  const std::size_t skipped = drop_title_lines(text, table.title_lines);
  table.header_row = skipped + 1;
  std::vector<std::size_t> lines = record_start_lines(text);
  for (auto& l : lines) l += skipped;
  if (lines.empty()) {
    throw Error("table file " + shown(path) + " is empty; the first row must name the columns");
  }
  MemFile mem(text);
  auto ds = open_vector(mem.path(), "CSV",
                        {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO"}, path);
  OGRLayer* layer = ds->GetLayer(0);
  if (layer == nullptr) throw Error("table file " + shown(path) + " holds no table");
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  const int n = defn->GetFieldCount();
  for (int i = 0; i < n; ++i) table.columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());

  std::vector<std::vector<std::string>> records;
  for (auto& feature : *layer) records.push_back(cells_of(*feature, n));
  // Data record k starts on lines[k + 1]; if GDAL ever split records
  // differently, number them by position rather than show wrong lines.
  const bool lines_agree = lines.size() == records.size() + 1;
  for (std::size_t k = 0; k < records.size(); ++k) {
    if (blank(records[k])) continue;
    table.row_numbers.push_back(lines_agree ? lines[k + 1] : k + 2 + skipped);
    table.rows.push_back(std::move(records[k]));
  }
  return table;
}

Table read_spreadsheet(const std::filesystem::path& path, Format format,
                       const TableReadOptions& options) {
  const bool xlsx = format == Format::Xlsx;
  // Every cell as text, and no header guessing: steppe takes the first
  // non-blank row as the header itself, so FIDs stay spreadsheet row numbers.
  ThreadConfigOption headers(xlsx ? "OGR_XLSX_HEADERS" : "OGR_ODS_HEADERS", "DISABLE");
  ThreadConfigOption types(xlsx ? "OGR_XLSX_FIELD_TYPES" : "OGR_ODS_FIELD_TYPES", "STRING");
  check_gdal_input(path.string(), InputKind::Table);
  auto ds = open_vector(path.string(), xlsx ? "XLSX" : "ODS", {}, path);

  std::vector<std::string> sheets;
  for (int i = 0; i < ds->GetLayerCount(); ++i) sheets.emplace_back(ds->GetLayer(i)->GetName());
  OGRLayer* layer = nullptr;
  if (options.sheet.empty()) {
    layer = ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
  } else {
    layer = ds->GetLayerByName(options.sheet.c_str());
  }
  if (layer == nullptr) {
    std::string list;
    for (const auto& s : sheets) list += (list.empty() ? "" : ", ") + s;
    throw Error(options.sheet.empty()
                    ? "spreadsheet " + shown(path) + " has no sheet with data"
                    : "sheet '" + options.sheet + "' not found in " + shown(path) +
                          "; its sheets are: " + (list.empty() ? "(none)" : list));
  }

  Table table;
  table.source = path;
  table.sheet = layer->GetName();
  const int n = layer->GetLayerDefn()->GetFieldCount();
  std::vector<std::vector<std::string>> all;
  std::vector<std::size_t> fids;
  for (auto& feature : *layer) {
    std::vector<std::string> cells = cells_of(*feature, n);
    if (blank(cells)) continue;
    for (auto& c : cells) c = shortest_number_text(c);
    fids.push_back(static_cast<std::size_t>(feature->GetFID()));
    all.push_back(std::move(cells));
  }
  const bool have_header = !all.empty();
  const std::size_t h = header_index(all);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i < h) {
      std::string joined;
      for (const auto& c : all[i])
        if (!normalise_text(c).empty()) joined += (joined.empty() ? "" : " ") + trimmed(c);
      table.title_lines.push_back(joined);
    } else if (i == h) {
      table.columns = std::move(all[i]);
      table.header_row = fids[i];
    } else {
      table.row_numbers.push_back(fids[i]);
      table.rows.push_back(std::move(all[i]));
    }
  }
  if (!have_header) {
    throw Error("sheet '" + table.sheet + "' of " + shown(path) +
                " is empty; the first row must name the columns");
  }
  // Columns with neither a header nor any data are spreadsheet padding.
  while (!table.columns.empty() && normalise_text(table.columns.back()).empty() &&
         std::all_of(table.rows.begin(), table.rows.end(), [](const auto& r) {
           return normalise_text(r.back()).empty();
         })) {
    table.columns.pop_back();
    for (auto& r : table.rows) r.pop_back();
  }
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (normalise_text(table.columns[i]).empty()) table.columns[i] = column_letters(i);
  }
  return table;
}

} // namespace

std::optional<TableEncoding> parse_table_encoding(std::string_view text) {
  const std::string s = lower_ascii(text);
  if (s == "auto" || s.empty()) return TableEncoding::Auto;
  if (s == "utf-8" || s == "utf8") return TableEncoding::Utf8;
  if (s == "gbk" || s == "gb18030" || s == "cp936" || s == "gb2312") return TableEncoding::Gbk;
  return std::nullopt;
}

std::size_t Table::column_index(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return i;
  }
  const std::string wanted = lower_ascii(normalise_text(name));
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (lower_ascii(normalise_text(columns[i])) == wanted) return i;
  }
  std::string list;
  for (const auto& c : columns) list += (list.empty() ? "'" : ", '") + c + "'";
  throw Error("column '" + std::string(name) + "' not found in " + shown(source) +
              (sheet.empty() ? std::string() : " (sheet '" + sheet + "')") +
              "; its columns are: " + (list.empty() ? "(none)" : list));
}

std::vector<TableRow> Table::join_rows(std::string_view key_column, std::string_view value_column,
                                       const RowContextColumns& context) const {
  const std::size_t k = column_index(key_column);
  const std::optional<std::size_t> v =
      value_column.empty() ? std::nullopt : std::optional<std::size_t>(column_index(value_column));
  const auto p = context.province.empty() ? std::nullopt : std::optional<std::size_t>(column_index(context.province));
  const auto c = context.city.empty() ? std::nullopt : std::optional<std::size_t>(column_index(context.city));
  std::vector<TableRow> out;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out.push_back({row_numbers[i], rows[i][k], v ? rows[i][*v] : std::string(), p ? rows[i][*p] : std::string(),
                   c ? rows[i][*c] : std::string()});
  }
  return out;
}

std::optional<std::size_t> Table::find_column(const std::vector<std::string_view>& headers,
                                              std::optional<std::size_t> except) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (except && i == *except) continue;
    const std::string have = lower_ascii(normalise_text(columns[i]));
    for (std::string_view h : headers)
      if (have == lower_ascii(h)) return i;
  }
  return std::nullopt;
}

RowContextColumns Table::context_columns(std::string_view key_column) const {
  static const std::vector<std::string_view> province{"省", "省份", "省区", "省名", "省级", "省（区、市）",
                                                      "省(区、市)", "所属省份", "province", "省级行政区"};
  static const std::vector<std::string_view> city{"市", "地市", "城市", "地级市", "盟市", "地区", "所属城市",
                                                  "所属地市", "city", "prefecture", "地级行政区"};
  const std::size_t key = column_index(key_column);
  RowContextColumns out;
  if (const auto p = find_column(province, key)) out.province = columns[*p];
  if (const auto c = find_column(city, key)) out.city = columns[*c];
  return out;
}

Table read_table(const std::filesystem::path& path, const TableReadOptions& options) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw Error("table file " + shown(path) + " does not exist; check the path");
  }
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(shown(path) + " is a folder; give the table file itself (.csv, .xlsx or .ods)");
  }
  const std::string ext = lower_ascii(path.extension().string());
  if (ext == ".csv" || ext == ".txt" || ext == ".tsv") return read_csv(path, options);
  if (ext == ".xlsx" || ext == ".xlsm") return read_spreadsheet(path, Format::Xlsx, options);
  if (ext == ".ods") return read_spreadsheet(path, Format::Ods, options);
  if (ext == ".xls") {
    throw Error("table file " + shown(path) + " is an old Excel .xls file, which steppe cannot "
                "read; save it as .xlsx or as CSV (UTF-8)");
  }
  throw Error("table file " + shown(path) + " has an unsupported type '" + ext +
              "'; use .csv, .xlsx or .ods");
}

} // namespace steppe
