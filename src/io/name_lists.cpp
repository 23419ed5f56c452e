#include "io/name_lists.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "core/error.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_csv.hpp"

namespace steppe {

namespace {

struct Rows {
  std::string label;
  CsvTable table;
  std::map<std::string, std::size_t> col;

  const std::string& get(const CsvRecord& r, const std::string& name) const {
    return r.fields.at(col.at(name));
  }
  [[noreturn]] void fail(const CsvRecord& r, const std::string& field, const std::string& what) const {
    throw Error(label + " line " + std::to_string(r.line) + ": field '" + field + "': " + what);
  }
};

Rows read_rows(const std::filesystem::path& path, const std::vector<std::string>& columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot open the name list; set STEPPE_DATA_DIR to the geodata folder");
  std::ostringstream s;
  s << in.rdbuf();
  Rows rows{path.string(), parse_csv(s.str(), path.string()), {}};
  for (std::size_t i = 0; i < rows.table.header.size(); ++i) rows.col[rows.table.header[i]] = i;
  for (const auto& c : columns)
    if (!rows.col.count(c)) throw Error(rows.label + " line 1: missing column '" + c + "'");
  for (const auto& r : rows.table.records)
    if (r.fields.size() != rows.table.header.size())
      throw Error(rows.label + " line " + std::to_string(r.line) + ": " + std::to_string(r.fields.size()) +
                  " fields but the header has " + std::to_string(rows.table.header.size()));
  return rows;
}

int year_of(const Rows& rows, const CsvRecord& r, const std::string& field) {
  const std::string& text = rows.get(r, field);
  if (text.empty()) return 0;
  try {
    std::size_t used = 0;
    const int y = std::stoi(text, &used);
    if (used == text.size() && y >= 1949 && y <= 2100) return y;
  } catch (const std::exception&) {
  }
  rows.fail(r, field, "\"" + text + "\" is not a year");
}

} // namespace

std::vector<NameAlias> read_name_history(const std::filesystem::path& csv) {
  const Rows rows = read_rows(csv, {"old_code", "old_name", "from", "to", "new_codes", "change", "source"});
  std::vector<NameAlias> out;
  for (const auto& r : rows.table.records) {
    NameAlias a;
    a.old_name = rows.get(r, "old_name");
    a.from = year_of(rows, r, "from");
    a.to = year_of(rows, r, "to");
    a.change = rows.get(r, "change");
    a.source = rows.get(r, "source");
    std::stringstream codes(rows.get(r, "new_codes"));
    for (std::string c; std::getline(codes, c, ';');)
      if (!c.empty()) a.codes.push_back(c);
    if (a.codes.empty()) rows.fail(r, "new_codes", "is empty; name the present code(s)");
    if (a.source.empty()) rows.fail(r, "source", "is empty; every change needs its source");
    if (a.old_name.empty()) rows.fail(r, "old_name", "is empty");
    // One entry for the old name, one for the old code.
    a.kind = NameAlias::Kind::OldName;
    a.key = a.old_name;
    out.push_back(a);
    if (const std::string& code = rows.get(r, "old_code"); !code.empty()) {
      a.kind = NameAlias::Kind::OldCode;
      a.key = code;
      out.push_back(std::move(a));
    }
  }
  return out;
}

std::vector<NameAlias> read_romanizations(const std::filesystem::path& csv) {
  const Rows rows = read_rows(csv, {"code", "romanization", "form", "source"});
  std::vector<NameAlias> out;
  for (const auto& r : rows.table.records) {
    NameAlias a;
    a.kind = NameAlias::Kind::Romanization;
    a.key = a.old_name = rows.get(r, "romanization");
    a.codes = {rows.get(r, "code")};
    a.change = rows.get(r, "form");
    a.source = rows.get(r, "source");
    if (a.key.empty()) rows.fail(r, "romanization", "is empty");
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<ForeignUnit> read_foreign_units(const std::filesystem::path& csv) {
  const Rows rows = read_rows(csv, {"code", "name", "level", "city", "province"});
  std::vector<ForeignUnit> out;
  for (const auto& r : rows.table.records)
    out.push_back({rows.get(r, "code"), rows.get(r, "name"), rows.get(r, "level"), rows.get(r, "city"),
                   rows.get(r, "province")});
  return out;
}

void add_name_lists(NameMatcher& matcher, const std::filesystem::path& dir) {
  std::vector<NameAlias> aliases = read_name_history(dir / "name_history.csv");
  std::vector<NameAlias> roman = read_romanizations(dir / "romanizations.csv");
  aliases.insert(aliases.end(), roman.begin(), roman.end());
  matcher.add_aliases(std::move(aliases));
  matcher.add_foreign_units(read_foreign_units(dir / "china_units_2023.csv"));
}

void add_builtin_name_lists(NameMatcher& matcher) { add_name_lists(matcher, builtin_geodata_dir() / "names"); }

} // namespace steppe
