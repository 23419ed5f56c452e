#include "app/render_thematic.hpp"

#include <sstream>

#include "core/name_matcher.hpp"
#include "core/normalise.hpp"
#include "core/table_join.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "io/name_lists.hpp"
#include "io/table_indicator.hpp"
#include "io/table_reader.hpp"

namespace steppe::app {

namespace {

std::vector<double> parse_breaks(const std::string& text) {
  std::vector<double> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    const ParsedValue v = parse_value(item);
    if (v.kind != ParsedValue::Kind::Number) {
      throw ThematicUsageError("--breaks: '" + item + "' is not a number; give inner thresholds like --breaks 500,1000,1500");
    }
    out.push_back(v.number);
  }
  if (out.empty()) throw ThematicUsageError("--breaks needs at least one number, e.g. --breaks 500,1000");
  return out;
}


Indicator find_indicator(const std::string& id) {
  const std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());
  for (const Indicator& ind : all)
    if (ind.meta.id == id) return ind;
  std::string similar;
  for (const Indicator& ind : all) {
    if (!id.empty() && ind.meta.id.find(id) != std::string::npos) {
      if (!similar.empty()) similar += ", ";
      similar += ind.meta.id;
    }
  }
  std::string msg = "unknown indicator '" + id + "'; `steppe indicators` lists the " +
                    std::to_string(all.size()) + " available ids";
  if (!similar.empty()) msg += " (similar: " + similar + ")";
  throw ThematicUsageError(msg);
}

std::size_t count_level(const Atlas& atlas, Level level) {
  std::size_t n = 0;
  for (const Region& r : atlas.regions) n += r.level == level ? 1 : 0;
  return n;
}

// "103 banners, no leagues" for messages.
std::string atlas_levels(const Atlas& atlas) {
  std::string out;
  for (Level level : {Level::Region, Level::League, Level::Banner}) {
    const std::size_t n = count_level(atlas, level);
    if (n == 0) continue;
    out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(to_string(level)) + (n == 1 ? "" : "s");
  }
  return out.empty() ? std::string("no regions") : out;
}

std::string boundary_name(const ThematicOptions& o) {
  return o.boundary_file.empty() ? std::string("the built-in atlas") : "the boundary file " + o.boundary_file;
}

// A table of one level over a boundary file without that level would draw an
// all-grey map (or match league names to the banners that once bore them):
// the table's level is read against the built-in atlas, which has every level.
void check_table_level(const ThematicOptions& o, const Table& table, const JoinOptions& options,
                       const RowContextColumns& context, const Atlas& atlas) {
  if (count_level(atlas, Level::League) > 0 && count_level(atlas, Level::Banner) > 0) return;
  const Atlas builtin = load_builtin_atlas(nullptr, /*geodesic_areas=*/false);
  NameMatcher matcher = NameMatcher::from_atlas(builtin);
  add_builtin_name_lists(matcher);
  const JoinReport join = join_table_columns(table, o.key, o.value, matcher, options, &context);
  if (!join.level || *join.level == Level::Region || count_level(atlas, *join.level) > 0) return;
  std::string keys;
  std::size_t shown = 0;
  for (const JoinedRow& row : join.matched) {
    if (shown++ == 5) {
      keys += ", …";
      break;
    }
    keys += (keys.empty() ? "" : ", ") + row.key;
  }
  const std::string level(to_string(*join.level));
  throw Error(o.table + ": the table's rows are " + level + "s (" + join.level_summary() + ": " + keys + "), but " +
              boundary_name(o) + " holds " + atlas_levels(atlas) + " and no " + level +
              "s, so nothing could be drawn; draw it on the built-in atlas (leave out --data), give a boundary "
              "file with the " + level + "s, or a table of the file's level" +
              (join.rows_per_level.size() > 1 ? " (--level picks one level of a mixed table)" : ""));
}

// A user's table as an indicator: one row per matched region with a number.
Indicator table_indicator(const ThematicOptions& o, const Atlas& atlas, std::ostream& report) {
  if (o.key.empty() || o.value.empty())
    throw ThematicUsageError("--table needs --key COLUMN (region names or codes) and --value COLUMN");
  TableReadOptions read;
  const std::optional<TableEncoding> enc = parse_table_encoding(o.encoding);
  if (!enc) throw ThematicUsageError("--encoding must be auto, utf-8 or gbk (got '" + o.encoding + "')");
  read.encoding = *enc;
  read.sheet = o.sheet;
  const Table table = read_table(o.table, read);
  NameMatcher matcher = NameMatcher::from_atlas(atlas);
  add_builtin_name_lists(matcher);
  JoinOptions options;
  if (!o.level.empty()) {
    options.level = parse_level(o.level);
    if (!options.level || *options.level == Level::Region)
      throw ThematicUsageError("--level must be league or banner (got '" + o.level + "')");
  }
  RowContextColumns context = table.context_columns(o.key);
  if (!o.province_column.empty()) context.province = table.columns[table.column_index(o.province_column)];
  if (!o.city_column.empty()) context.city = table.columns[table.column_index(o.city_column)];
  check_table_level(o, table, options, context, atlas);
  const JoinReport join = join_table_columns(table, o.key, o.value, matcher, options, &context);
  report << join.text(matcher);
  return steppe::table_indicator(table, o.key, o.value, o.unit, join, matcher, atlas);
}

} // namespace

void add_thematic_options(CLI::App& cmd, ThematicOptions& o) {
  cmd.add_option("--indicator", o.indicator, "Indicator id to map (see `steppe indicators`)");
  cmd.add_option("--classify", o.classify, "Classification: equal, quantile, jenks, stddev or manual");
  cmd.add_option("--classes", o.classes, "Number of classes (2-9)")->check(CLI::Range(2, 9));
  cmd.add_option("--palette", o.palette, "ColorBrewer scheme, e.g. YlOrBr, Blues, RdBu");
  cmd.add_flag("--reverse", o.reverse, "Reverse the palette");
  cmd.add_option("--breaks", o.breaks, "Manual inner class breaks, e.g. 500,1000,1500");
  cmd.add_option("--table", o.table, "A CSV/XLSX/ODS table to map (with --key and --value)");
  cmd.add_option("--key", o.key, "Table column naming the region (code or name)");
  cmd.add_option("--value", o.value, "Table column with the numbers");
  cmd.add_option("--encoding", o.encoding, "CSV encoding: auto, utf-8 or gbk")->capture_default_str();
  cmd.add_option("--sheet", o.sheet, "Spreadsheet sheet (default: the first)");
  cmd.add_option("--unit", o.unit, "Unit of the table's values, e.g. 亿元");
  cmd.add_option("--level", o.level, "Table level to draw: league or banner (default: the level with most rows)");
  cmd.add_option("--province-column", o.province_column, "Table column naming each row's province");
  cmd.add_option("--city-column", o.city_column, "Table column naming each row's city or league");
  cmd.add_option("--normalise", o.normalise, "Show the values per-capita, per-10k, per-km2 or as a share of the league");
  cmd.add_option("--population", o.population,
                 "Indicator of people for --normalise per-capita/per-10k (default: census_population_<level>_2020)");
}

Thematic prepare_thematic(const ThematicOptions& o, const Atlas& atlas, const Projection& projection,
                          std::ostream& report) {
  if (!o.indicator.empty() && !o.table.empty())
    throw ThematicUsageError("--indicator and --table exclude each other");
  Thematic t;
  t.indicator = o.indicator.empty() ? table_indicator(o, atlas, report) : find_indicator(o.indicator);
  if (const std::optional<Level> level = parse_level(to_string(t.indicator.meta.level));
      level && *level != Level::Region && count_level(atlas, *level) == 0) {
    const std::string name(to_string(*level));
    throw Error((o.indicator.empty() ? o.table : "indicator " + o.indicator) + ": its values are for " + name +
                "s, but " + boundary_name(o) + " holds " + atlas_levels(atlas) + " and no " + name +
                "s, so nothing could be drawn; leave out --data or give a boundary file with the " + name + "s");
  }
  if (!o.normalise.empty()) {
    const std::optional<Normalisation> how = parse_normalisation(o.normalise);
    if (!how) throw ThematicUsageError("--normalise must be per-capita, per-10k, per-km2 or share (got '" + o.normalise + "')");
    std::optional<Indicator> population;
    if (*how == Normalisation::PerCapita || *how == Normalisation::Per10k)
      population = find_indicator(o.population.empty()
                                      ? "census_population_" + std::string(to_string(t.indicator.meta.level)) + "_2020"
                                      : o.population);
    t.indicator = normalise(t.indicator, *how, atlas, population ? &*population : nullptr);
    report << "Normalised: " << t.indicator.meta.caveat << "\n";
  }
  const ChoroplethSpec spec = make_spec(o);
  try {
    if (t.indicator.meta.level == IndicatorLevel::Point) {
      t.points = build_point_layer(t.indicator, [&projection](Vec2 p) { return projection.forward(p); }, {},
                                   atlas_place_names(atlas));
    } else {
      t.choropleth = build_choropleth(atlas, t.indicator, spec);
    }
    t.visual = map_visual(t.indicator);
    if (t.visual == MapVisual::Callout) t.callouts = build_callouts(t.indicator, atlas);
  } catch (const ThematicUsageError&) {
    throw;
  } catch (const Error& e) {
    // Palettes, class counts and breaks come from the command line.
    throw ThematicUsageError(e.what());
  }
  return t;
}

ChoroplethSpec make_spec(const ThematicOptions& o) {
  ChoroplethSpec spec;
  if (!o.classify.empty()) {
    spec.method = parse_class_method(o.classify);
    if (!spec.method) {
      throw ThematicUsageError("--classify '" + o.classify +
                               "' is not a method; use equal, quantile, jenks, stddev or manual");
    }
  }
  if (!o.breaks.empty()) {
    if (spec.method && *spec.method != ClassMethod::Manual)
      throw ThematicUsageError("--breaks goes with --classify manual (or without --classify)");
    spec.method = ClassMethod::Manual;
    spec.manual_breaks = parse_breaks(o.breaks);
  } else if (spec.method == ClassMethod::Manual) {
    throw ThematicUsageError("--classify manual needs --breaks a,b,c");
  }
  spec.classes = o.classes;
  spec.palette = o.palette;
  spec.reversed = o.reverse;
  return spec;
}

} // namespace steppe::app
