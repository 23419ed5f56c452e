#include "core/choropleth.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

#include "core/error.hpp"
#include "core/indicator_summary.hpp"
#include "core/number_format.hpp"

namespace steppe {

namespace {

constexpr int kMaxClassesPerSide = 4; // a diverging scheme of at most 9 colours

int level_rank(Level level) {
  switch (level) {
  case Level::Region: return 0;
  case Level::League: return 1;
  case Level::Banner: return 2;
  }
  return 2;
}

std::string level_noun(Level level, bool plural) {
  switch (level) {
  case Level::Region: return plural ? "regions" : "region";
  case Level::League: return plural ? "leagues" : "league";
  case Level::Banner: return plural ? "banners" : "banner";
  }
  return "regions";
}

// The ancestor of `index` at `level`, walking parent codes; nullopt if none.
std::optional<std::size_t> ancestor_at(const Atlas& atlas,
                                       const std::unordered_map<std::string, std::size_t>& by_code,
                                       std::size_t index, Level level) {
  std::size_t i = index;
  for (int guard = 0; guard < 8; ++guard) {
    if (atlas.regions[i].level == level) return i;
    const auto it = by_code.find(atlas.regions[i].parent);
    if (it == by_code.end()) return std::nullopt;
    i = it->second;
  }
  return std::nullopt;
}

ClassMethod method_of(const Indicator& indicator, const ChoroplethSpec& spec) {
  if (spec.method) return *spec.method;
  const std::optional<ClassMethod> m = parse_class_method(indicator.meta.classification.method);
  if (!m) {
    throw Error("indicator " + indicator.meta.id + ": [classification] method '" +
                indicator.meta.classification.method +
                "' is not a classification method; use quantile, equal_interval, natural_breaks "
                "or stddev (or pass --classify)");
  }
  return *m;
}

struct ClassColours {
  Palette palette;
  std::vector<Rgb> per_class;
};

// Diverging palettes around a midpoint: classes at or below it take the low
// half of the scheme, classes above it the high half, so that a positive
// growth rate is never drawn in the "decline" colours.
ClassColours diverging_colours(const std::string& name, bool reversed, int below, int above) {
  const int m = std::max({below, above, 1});
  ClassColours c{make_palette(name, 2 * m, reversed), {}};
  for (int j = 0; j < below; ++j) c.per_class.push_back(c.palette.colours[static_cast<std::size_t>(m - below + j)]);
  for (int j = 0; j < above; ++j) c.per_class.push_back(c.palette.colours[static_cast<std::size_t>(m + j)]);
  return c;
}

// Inner breaks of `values` classified on their own (none for a single class).
std::vector<double> inner_breaks(const std::vector<double>& values, ClassMethod method, int classes) {
  if (values.empty() || classes < 2) return {};
  const Classification c = classify(values, method, classes);
  if (c.breaks.size() <= 2) return {};
  return {c.breaks.begin() + 1, c.breaks.end() - 1};
}

struct Classified {
  Classification classification;
  ClassColours colours;
};

Classified classify_values(const std::vector<double>& values, const Indicator& indicator,
                           const ChoroplethSpec& spec) {
  const IndicatorClassification& meta = indicator.meta.classification;
  const ClassMethod method = method_of(indicator, spec);
  const int requested = spec.classes > 0 ? spec.classes : meta.classes;
  const std::string palette_name = spec.palette.empty() ? meta.palette : spec.palette;
  const bool reversed = spec.reversed;
  // Validate the palette name up front so the error names it.
  const Palette probe = make_palette(palette_name, 3, reversed);

  Classified out;
  if (method != ClassMethod::Manual && (requested < kMinClasses || requested > kMaxClasses)) {
    throw Error("number of classes must be between " + std::to_string(kMinClasses) + " and " +
                std::to_string(kMaxClasses) + " (got " + std::to_string(requested) + ")");
  }
  const bool split = probe.kind == PaletteKind::Diverging && meta.midpoint &&
                     method != ClassMethod::Manual && !values.empty();
  if (!split) {
    out.classification = classify(values, method, requested, spec.manual_breaks);
    const int k = out.classification.class_count();
    out.colours.palette = make_palette(palette_name, std::clamp(k, kMinClasses, kMaxClasses), reversed);
    if (k == 1) out.colours.per_class = {out.colours.palette.colours.back()};
    else out.colours.per_class = out.colours.palette.colours;
    return out;
  }

  const double mid = *meta.midpoint;
  std::vector<double> low, high;
  for (double v : values) (v <= mid ? low : high).push_back(v);
  const double n = static_cast<double>(values.size());
  int k_low = 0, k_high = 0;
  if (low.empty()) k_high = std::min(requested, kMaxClassesPerSide);
  else if (high.empty()) k_low = std::min(requested, kMaxClassesPerSide);
  else {
    k_low = std::clamp(static_cast<int>(std::lround(requested * static_cast<double>(low.size()) / n)), 1,
                       kMaxClassesPerSide);
    k_high = std::clamp(requested - k_low, 1, kMaxClassesPerSide);
  }
  std::vector<double> inner = inner_breaks(low, method, k_low);
  if (!low.empty() && !high.empty()) inner.push_back(mid);
  for (double b : inner_breaks(high, method, k_high)) inner.push_back(b);
  const int low_classes = low.empty() ? 0 : static_cast<int>(inner_breaks(low, method, k_low).size()) + 1;
  const int high_classes = high.empty() ? 0 : static_cast<int>(inner_breaks(high, method, k_high).size()) + 1;

  if (inner.empty()) {
    // One class on one side of the midpoint: classify() cannot make a single class.
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    out.classification.breaks = {*lo, *hi};
    out.classification.counts = {values.size()};
  } else {
    out.classification = classify(values, ClassMethod::Manual, 0, inner);
  }
  out.classification.method = method;
  out.classification.requested_classes = requested;
  std::string note = "diverging palette split at " + format_number(mid, 0) + ": " +
                     std::to_string(low_classes) + " class" + (low_classes == 1 ? "" : "es") +
                     " at or below, " + std::to_string(high_classes) + " above";
  if (out.classification.class_count() != requested) {
    note += " (" + std::to_string(out.classification.class_count()) + " instead of " +
            std::to_string(requested) + ")";
  }
  out.classification.note = note;
  out.colours = diverging_colours(palette_name, reversed, low_classes, high_classes);
  // Keep colours and classes aligned even if classify() merged something.
  out.colours.per_class.resize(static_cast<std::size_t>(std::max(out.classification.class_count(), 0)),
                               out.colours.per_class.empty() ? no_data_colour()
                                                             : out.colours.per_class.back());
  return out;
}

} // namespace

Rgb not_covered_colour() { return {0xf2, 0xf0, 0xea}; }

std::optional<Level> atlas_level(IndicatorLevel level) {
  switch (level) {
  case IndicatorLevel::Region: return Level::Region;
  case IndicatorLevel::League: return Level::League;
  case IndicatorLevel::Banner: return Level::Banner;
  case IndicatorLevel::Point: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<double> Choropleth::shown_value(std::size_t region) const {
  if (region >= value_region.size() || !value_region[region]) return std::nullopt;
  return value_by_region[*value_region[region]];
}

Choropleth build_choropleth(const Atlas& atlas, const Indicator& indicator, const ChoroplethSpec& spec) {
  const IndicatorMeta& meta = indicator.meta;
  const std::optional<Level> level = atlas_level(meta.level);
  if (!level) {
    throw Error("indicator " + meta.id +
                " is a point layer (level = \"point\"): it is drawn as symbols, not as a "
                "choropleth; pick a league or banner indicator (`steppe indicators`)");
  }
  const std::size_t n = atlas.regions.size();
  std::unordered_map<std::string, std::size_t> by_code;
  for (std::size_t i = 0; i < n; ++i) by_code.emplace(atlas.regions[i].code, i);

  Choropleth c;
  c.indicator_id = meta.id;
  c.level = meta.level;
  c.value_by_region.assign(n, std::nullopt);
  c.value_region.assign(n, std::nullopt);
  c.class_by_region.assign(n, -1);
  c.state_by_region.assign(n, RegionDataState::OtherLevel);
  c.fill_by_region.assign(n, not_covered_colour());
  c.pattern_by_region.assign(n, kChoroplethSolid);
  c.row_by_region.assign(n, std::nullopt);
  Legend& legend = c.legend;

  // Rows -> regions of the indicator's level.
  for (std::size_t r = 0; r < indicator.values.size(); ++r) {
    const IndicatorValue& row = indicator.values[r];
    if (!row.value) continue;
    const auto it = by_code.find(row.code);
    if (it == by_code.end()) {
      legend.warnings.push_back("line " + std::to_string(row.line) + ": " + row.code + " (" + row.name +
                                ") is not a region of this atlas; its value is not shown");
      continue;
    }
    const std::size_t i = it->second;
    if (atlas.regions[i].level != *level) {
      legend.warnings.push_back("line " + std::to_string(row.line) + ": " + row.code + " " +
                                atlas.regions[i].name_zh + " is a " +
                                level_noun(atlas.regions[i].level, false) + ", not a " +
                                level_noun(*level, false) + "; its value is not shown");
      continue;
    }
    if (c.value_by_region[i]) {
      legend.warnings.push_back("line " + std::to_string(row.line) + ": a second value for " +
                                atlas.regions[i].name_zh + "; the first (line " +
                                std::to_string(indicator.values[*c.row_by_region[i]].line) + ") is shown");
      continue;
    }
    c.value_by_region[i] = *row.value;
    c.row_by_region[i] = r;
  }

  // Coverage: which regions of the level the source reports on.
  std::set<std::size_t> covering_parents; // ancestors one level up (banner indicators)
  // A boundary file of banners only has no league regions: their leagues are
  // then known by the banners' parent codes.
  std::set<std::string> covering_codes;
  bool everything_covered = *level != Level::Banner;
  if (meta.total) {
    const auto it = by_code.find(meta.total->code);
    if (it != by_code.end()) {
      if (atlas.regions[it->second].level == Level::Region) everything_covered = true;
      else covering_parents.insert(it->second);
    } else if (meta.total->code.size() == 6 && meta.total->code.ends_with("0000")) {
      everything_covered = true;
    } else {
      covering_codes.insert(meta.total->code);
    }
  }
  if (*level == Level::Banner) {
    for (std::size_t i = 0; i < n; ++i) {
      if (!c.value_by_region[i]) continue;
      if (const auto p = ancestor_at(atlas, by_code, i, Level::League)) covering_parents.insert(*p);
      else if (!atlas.regions[i].parent.empty()) covering_codes.insert(atlas.regions[i].parent);
    }
  }

  std::size_t in_scope = 0, with_value = 0, not_covered = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Region& r = atlas.regions[i];
    if (level_rank(r.level) < level_rank(*level)) continue; // OtherLevel
    const std::optional<std::size_t> owner = ancestor_at(atlas, by_code, i, *level);
    if (!owner) continue;
    bool covered = everything_covered;
    if (!covered) {
      const auto p = ancestor_at(atlas, by_code, *owner, Level::League);
      covered = p ? covering_parents.count(*p) > 0 : covering_codes.count(atlas.regions[*owner].parent) > 0;
    }
    if (!covered) {
      c.state_by_region[i] = RegionDataState::NotCovered;
      if (r.level == *level) ++not_covered;
      continue;
    }
    if (r.level == *level) {
      ++in_scope;
      if (c.value_by_region[i]) ++with_value;
    }
    if (c.value_by_region[*owner]) {
      c.state_by_region[i] = RegionDataState::Value;
      c.value_region[i] = *owner;
    } else {
      c.state_by_region[i] = RegionDataState::NoData;
      c.fill_by_region[i] = no_data_colour();
      c.pattern_by_region[i] = kChoroplethNoDataHatch;
    }
  }

  // Classification of the regions at the indicator's level, each once.
  std::vector<double> values;
  for (std::size_t i = 0; i < n; ++i)
    if (c.value_by_region[i]) values.push_back(*c.value_by_region[i]);
  // Panes of one quantity share one scale: classes from the union of their values.
  const std::vector<double>& class_values = spec.pooled_values.empty() ? values : spec.pooled_values;
  Classified classified = classify_values(class_values, indicator, spec);
  c.classes = std::move(classified.classification);
  c.palette = std::move(classified.colours.palette);
  const std::vector<Rgb>& colours = classified.colours.per_class;
  for (std::size_t i = 0; i < n; ++i) {
    if (c.state_by_region[i] != RegionDataState::Value) continue;
    const int k = c.classes.class_of(*c.value_by_region[*c.value_region[i]]);
    c.class_by_region[i] = k;
    if (k >= 0 && static_cast<std::size_t>(k) < colours.size())
      c.fill_by_region[i] = colours[static_cast<std::size_t>(k)];
  }

  // Legend.
  const NumberStyle style = value_style(indicator);
  legend.title = indicator_title(meta);
  legend.unit = meta.unit;
  legend.period_label = period_label(meta);
  legend.source_line = source_line(meta.source);
  // Classes are closed above, so a break value belongs to the lower class.
  // Label each class by the values it actually holds (an audience reads
  // "1035.54 – 1590.92" as including 1035.54); an empty class keeps its
  // break interval, written with ">" to show the open lower end.
  std::vector<double> class_min(static_cast<std::size_t>(c.classes.class_count()),
                                std::numeric_limits<double>::infinity());
  std::vector<double> class_max(class_min.size(), -std::numeric_limits<double>::infinity());
  for (const double v : class_values) {
    const int k = c.classes.class_of(v);
    if (k < 0 || static_cast<std::size_t>(k) >= class_min.size()) continue;
    class_min[static_cast<std::size_t>(k)] = std::min(class_min[static_cast<std::size_t>(k)], v);
    class_max[static_cast<std::size_t>(k)] = std::max(class_max[static_cast<std::size_t>(k)], v);
  }
  std::vector<std::size_t> own_counts(class_min.size(), 0);
  for (const double v : values) {
    const int k = c.classes.class_of(v);
    if (k >= 0 && static_cast<std::size_t>(k) < own_counts.size()) ++own_counts[static_cast<std::size_t>(k)];
  }
  for (int k = 0; k < c.classes.class_count(); ++k) {
    const auto ku = static_cast<std::size_t>(k);
    LegendEntry e;
    e.colour = ku < colours.size() ? colours[ku] : no_data_colour();
    if (class_min[ku] <= class_max[ku]) {
      const double lo = class_min[ku], hi = class_max[ku];
      e.label = lo == hi ? format_number(lo, style) : format_range(lo, hi, style);
    } else {
      e.label = "> " + format_range(c.classes.breaks[ku], c.classes.breaks[ku + 1], style);
    }
    // This map's own regions per class (a shared legend adds the panes' counts up).
    e.count = spec.pooled_values.empty() ? c.classes.counts[ku] : own_counts[ku];
    legend.entries.push_back(e);
  }
  const std::size_t no_data = in_scope - with_value;
  if (no_data > 0 || values.empty()) {
    legend.entries.push_back({LegendEntryKind::NoData, no_data_colour(), true, "无数据 / no data", no_data});
  }
  if (not_covered > 0) {
    legend.entries.push_back({LegendEntryKind::NotCovered, not_covered_colour(), false,
                              "来源未涉及 / not covered by the source", not_covered});
  }

  // Coverage note: "2 of 8 banners of 通辽市 have a value; 99.7% of the stated 通辽市 total".
  std::string scope;
  if (!everything_covered && covering_parents.empty() && !covering_codes.empty()) {
    scope = " in " + std::to_string(covering_codes.size()) + (covering_codes.size() == 1 ? " league" : " leagues");
  } else if (!everything_covered && covering_parents.size() == 1) {
    scope = " of " + atlas.regions[*covering_parents.begin()].name_zh;
  } else if (!everything_covered && covering_parents.size() > 1) {
    scope = " in " + std::to_string(covering_parents.size()) + " leagues";
  }
  legend.coverage_note = std::to_string(with_value) + " of " + std::to_string(in_scope) + " " +
                         level_noun(*level, in_scope != 1) + scope + " ha" +
                         (with_value == 1 ? "s" : "ve") + " a value";
  if (const std::optional<double> share = share_of_total(indicator)) {
    legend.coverage_note += "; " + format_share(*share) + " of the stated " + meta.total->name + " total";
  }
  if (not_covered > 0) {
    legend.coverage_note += "; " + std::to_string(not_covered) + " other " +
                            level_noun(*level, not_covered != 1) + " not covered by the source";
  }
  legend.consistency_note = consistency_note(indicator);
  const std::string method_name(to_string(c.classes.method));
  legend.classification_note = method_name + ", " + std::to_string(c.classes.class_count()) + " class" +
                               (c.classes.class_count() == 1 ? "" : "es");
  if (!c.classes.note.empty()) legend.classification_note += " (" + c.classes.note + ")";
  if (!spec.pooled_values.empty()) {
    legend.classification_note += "; one scale for " + std::to_string(spec.pooled_panes) +
                                  " maps of the same quantity";
  }
  for (std::string& w : period_warnings(indicator)) legend.warnings.push_back(std::move(w));
  return c;
}

} // namespace steppe
