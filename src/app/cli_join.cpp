// `steppe join --table F --key COLUMN [--level L] [--sheet S] [--data BOUNDARIES] [--json]`:
// what every row of a user's table matches, before anything is drawn — the same
// matcher and join as `render --table` and the window's table panel. Exit 1
// when no row matches at the level drawn (the message names the file, the
// column and the first keys with why they did not match).
#include <cmath>
#include <iostream>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "app/cli_atlas.hpp"
#include "app/commands.hpp"
#include "core/error.hpp"
#include "core/table_join.hpp"
#include "io/name_lists.hpp"
#include "io/table_indicator.hpp"
#include "io/table_reader.hpp"

namespace steppe::app {

namespace {

struct JoinCliOptions {
  std::string table, key, value, level, sheet, encoding = "auto", data, province_column, city_column;
  bool json = false;
};

nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json report_json(const Table& table, const std::string& key, const RowContextColumns& context,
                           const JoinReport& join, const NameMatcher& matcher) {
  nlohmann::json rows = nlohmann::json::array();
  std::map<std::string, std::size_t> counts;
  for (const RowOutcome& o : join.outcomes) {
    const std::string status(to_string(o.status));
    ++counts[status];
    nlohmann::json r{{"row", o.row_number}, {"key", o.key}, {"status", status}};
    if (o.region) {
      const RegionName& region = matcher.regions()[*o.region];
      r["code"] = region.code;
      r["name"] = region.name_zh;
      if (region.level) r["level"] = std::string(to_string(*region.level));
    } else {
      r["code"] = nullptr;
      r["name"] = nullptr;
    }
    r["how"] = or_null(o.how);
    r["candidates"] = o.candidates;
    if (!o.note.empty()) r["note"] = o.note;
    rows.push_back(std::move(r));
  }
  nlohmann::json totals = nlohmann::json::array();
  for (const StatedTotal& t : join.stated_totals) {
    totals.push_back({{"row", t.row_number},
                      {"code", matcher.regions()[t.region].code},
                      {"stated", std::isnan(t.stated) ? nlohmann::json(nullptr) : nlohmann::json(t.stated)},
                      {"parts_sum", t.parts_sum},
                      {"parts", t.parts},
                      {"parts_in_atlas", t.parts_in_atlas}});
  }
  return {{"table", table.source.string()},
          {"sheet", or_null(table.sheet)},
          {"key", key},
          {"header_row", table.header_row},
          {"title_lines", table.title_lines},
          {"province_column", or_null(context.province)},
          {"city_column", or_null(context.city)},
          {"level", join.level ? nlohmann::json(std::string(to_string(*join.level))) : nlohmann::json(nullptr)},
          {"whole_country", join.whole_country},
          {"code_year", join.code_year ? nlohmann::json(*join.code_year) : nlohmann::json(nullptr)},
          {"counts", counts},
          {"stated_totals", totals},
          {"rows", rows}};
}

int run(const JoinCliOptions& o) {
  JoinOptions options;
  if (!o.level.empty()) {
    options.level = parse_level(o.level);
    if (!options.level || *options.level == Level::Region) {
      std::cerr << "steppe join: unknown level '" << o.level << "'; use --level league or --level banner\n";
      return kFailure;
    }
  }
  TableReadOptions read;
  const std::optional<TableEncoding> enc = parse_table_encoding(o.encoding);
  if (!enc) {
    std::cerr << "steppe join: --encoding must be auto, utf-8 or gbk (got '" << o.encoding << "')\n";
    return kUsage;
  }
  read.encoding = *enc;
  read.sheet = o.sheet;
  const Table table = read_table(o.table, read);
  const Atlas atlas = load_cli_atlas(o.data, "join");
  NameMatcher matcher = NameMatcher::from_atlas(atlas);
  add_builtin_name_lists(matcher);
  RowContextColumns context = table.context_columns(o.key);
  if (!o.province_column.empty()) context.province = table.columns[table.column_index(o.province_column)];
  if (!o.city_column.empty()) context.city = table.columns[table.column_index(o.city_column)];
  if (!o.value.empty()) table.column_index(o.value); // names the columns if it is not there
  const JoinReport join = join_table_columns(table, o.key, o.value, matcher, options, &context);

  if (o.json) {
    std::cout << report_json(table, o.key, context, join, matcher).dump(2) << "\n";
  } else {
    std::cout << "Table " << table.source.string() << (table.sheet.empty() ? "" : " (sheet " + table.sheet + ")")
              << ", key column '" << o.key << "'";
    if (!context.province.empty()) std::cout << ", province column '" << context.province << "'";
    if (!context.city.empty()) std::cout << ", city column '" << context.city << "'";
    std::cout << ".\n";
    if (!table.title_lines.empty()) {
      std::cout << "Header on row " << table.header_row << "; skipped above it:";
      for (const auto& t : table.title_lines) std::cout << " \"" << t << "\"";
      std::cout << "\n";
    }
    std::cout << join.text(matcher);
  }
  if (join.matched.empty()) {
    std::cerr << "steppe join: " << nothing_matched_message(table, o.key, join, matcher) << "\n";
    return kFailure;
  }
  return kOk;
}

} // namespace

void add_join_command(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<JoinCliOptions>();
  auto* cmd = app.add_subcommand("join", "Show what every row of a table matches (codes, names, levels, provinces)");
  cmd->add_option("--table", opts->table, "A CSV/XLSX/ODS table")->required();
  cmd->add_option("--key", opts->key, "Column naming the region (code or name)")->required();
  cmd->add_option("--value", opts->value, "Column of numbers (optional: checks stated totals)");
  cmd->add_option("--level", opts->level, "Level to draw: league or banner (default: the level with most rows)");
  cmd->add_option("--sheet", opts->sheet, "Spreadsheet sheet (default: the first)");
  cmd->add_option("--encoding", opts->encoding, "CSV encoding: auto, utf-8 or gbk")->capture_default_str();
  cmd->add_option("--data", opts->data, "Boundary file whose regions to match (default: the built-in atlas)");
  cmd->add_option("--province-column", opts->province_column, "Column naming each row's province");
  cmd->add_option("--city-column", opts->city_column, "Column naming each row's city or league");
  cmd->add_flag("--json", opts->json, "Print JSON instead of text");
  cmd->callback([opts, &exit_code] {
    try {
      exit_code = run(*opts);
    } catch (const steppe::Error& e) {
      std::cerr << "steppe join: " << e.what() << "\n";
      exit_code = kFailure;
    }
  });
}

} // namespace steppe::app
