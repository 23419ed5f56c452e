#include "io/table_indicator.hpp"

#include <set>

#include "core/error.hpp"

namespace steppe {

JoinReport join_table_columns(const Table& table, const std::string& key_column,
                              const std::string& value_column, const NameMatcher& matcher,
                              const JoinOptions& options, const RowContextColumns* context) {
  const RowContextColumns found = context ? *context : table.context_columns(key_column);
  const std::vector<TableRow> rows = table.join_rows(key_column, value_column, found);
  return join_table(rows, matcher, value_column, options);
}

std::string nothing_matched_message(const Table& table, const std::string& key_column, const JoinReport& join,
                                    const NameMatcher& matcher) {
  std::string s = table.source.string() + ": no row of column '" + key_column + "' matched a region" +
                  (join.level ? " at level " + std::string(to_string(*join.level)) : std::string()) + "; ";
  if (!join.rows_per_level.empty()) s += "the table's matched rows are " + join.level_summary() + "; ";
  std::size_t shown = 0;
  std::string keys;
  for (const RowOutcome& o : join.outcomes) {
    if (shown == 5) break;
    if (o.status == RowStatus::Matched) continue;
    ++shown;
    keys += (keys.empty() ? "" : ", ") + std::string("row ") + std::to_string(o.row_number) + " \"" + o.key + "\" (";
    switch (o.status) {
    case RowStatus::Unmatched: keys += "no region of that name or code"; break;
    case RowStatus::Ambiguous: keys += "ambiguous: " + std::to_string(o.candidates.size()) + " candidates"; break;
    case RowStatus::OtherLevel:
      keys += o.region ? std::string(to_string(matcher.regions()[*o.region].level.value_or(Level::Banner))) + " row"
                       : std::string("total row");
      break;
    case RowStatus::OtherProvince: keys += "other province: " + o.note; break;
    case RowStatus::Duplicate: keys += "named twice"; break;
    case RowStatus::Matched: break;
    }
    keys += ")";
  }
  s += keys.empty() ? "the column is empty" : "the first keys: " + keys;
  return s + "; give the column of codes (150581) or names (霍林郭勒市), or choose --level";
}

Indicator table_indicator(const Table& table, const std::string& key_column, const std::string& value_column,
                          const std::string& unit,
                          const JoinReport& join, const NameMatcher& matcher, const Atlas& atlas) {
  const std::string file = table.source.filename().string();
  if (join.matched.empty()) throw Error(nothing_matched_message(table, key_column, join, matcher));
  Indicator ind;
  IndicatorMeta& m = ind.meta;
  m.id = "table";
  m.title_zh = table.columns[table.column_index(value_column)];
  m.unit = unit;
  m.kind = IndicatorKind::Actual;
  m.source.file = file;
  m.source.title = "user table";
  m.classification = {"quantile", 5, "YlOrBr", std::nullopt};
  std::set<Level> levels;
  for (const JoinedRow& r : join.matched) {
    const RegionName& name = matcher.regions()[r.region];
    if (const Region* region = atlas.find(name.code)) levels.insert(region->level);
    if (r.value_kind != ParsedValue::Kind::Number) continue;
    IndicatorValue v;
    v.code = name.code;
    v.name = r.key;
    v.value = r.value;
    v.value_text = r.value_text;
    v.unit = unit;
    v.quote = "row " + std::to_string(r.row_number) + ": " + r.key + " = " + r.value_text;
    v.source_file = file;
    v.line = r.row_number;
    ind.values.push_back(std::move(v));
  }
  if (levels.size() > 1) {
    throw Error(table.source.string() + ": the rows name both leagues and banners (" + join.level_summary() +
                "); choose one with --level league or --level banner");
  }
  if (levels.empty()) throw Error(table.source.string() + ": the matched regions are not in this atlas");
  if (ind.values.empty())
    throw Error(table.source.string() + ": column '" + value_column + "' has no number in the " +
                std::to_string(join.matched.size()) + " matched rows (e.g. row " +
                std::to_string(join.matched.front().row_number) + ": \"" + join.matched.front().value_text +
                "\"); choose a column of numbers");
  const Level level = *levels.begin();
  m.level = level == Level::Region ? IndicatorLevel::Region
            : level == Level::League ? IndicatorLevel::League
                                     : IndicatorLevel::Banner;
  return ind;
}

} // namespace steppe
