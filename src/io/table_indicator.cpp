#include "io/table_indicator.hpp"

#include <set>

#include "core/error.hpp"

namespace steppe {

JoinReport join_table_columns(const Table& table, const std::string& key_column,
                              const std::string& value_column, const NameMatcher& matcher) {
  const std::vector<TableRow> rows = table.join_rows(key_column, value_column);
  return join_table(rows, matcher, value_column);
}

Indicator table_indicator(const Table& table, const std::string& key_column, const std::string& value_column,
                          const std::string& unit,
                          const JoinReport& join, const NameMatcher& matcher, const Atlas& atlas) {
  const std::string file = table.source.filename().string();
  if (join.matched.empty()) {
    throw Error(table.source.string() + ": no row matched a region of the atlas through column '" + key_column +
                "'; check the key column (codes like 150581 or names like 霍林郭勒市)");
  }
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
    throw Error(table.source.string() + ": the rows name both leagues and banners; map one level at a "
                "time (split the table)");
  }
  if (levels.empty()) throw Error(table.source.string() + ": the matched regions are not in this atlas");
  const Level level = *levels.begin();
  m.level = level == Level::Region ? IndicatorLevel::Region
            : level == Level::League ? IndicatorLevel::League
                                     : IndicatorLevel::Banner;
  return ind;
}

} // namespace steppe
