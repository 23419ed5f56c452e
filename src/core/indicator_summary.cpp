#include "core/indicator_summary.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/choropleth.hpp"
#include "core/palette.hpp"

namespace steppe {

namespace {

bool is_growth(const IndicatorMeta& meta) {
  return meta.classification.midpoint.has_value() && (meta.unit == "%" || meta.unit == "％");
}

std::string level_noun_plural(IndicatorLevel level) {
  switch (level) {
  case IndicatorLevel::Region: return "regions";
  case IndicatorLevel::League: return "leagues";
  case IndicatorLevel::Banner: return "banners";
  case IndicatorLevel::Point: return "points";
  }
  return "regions";
}

} // namespace

NumberStyle value_style(const Indicator& indicator) {
  NumberStyle style;
  int decimals = -1;
  std::vector<double> numbers;
  for (const IndicatorValue& row : indicator.values) {
    if (!row.value) continue;
    numbers.push_back(*row.value);
    decimals = std::max(decimals, decimals_in_text(row.value_text));
  }
  if (decimals < 0) decimals = decimals_for(numbers);
  style.decimals = std::clamp(decimals, 0, 4);
  style.unit = indicator.meta.unit;
  style.explicit_plus = is_growth(indicator.meta);
  return style;
}

std::string indicator_title(const IndicatorMeta& meta) {
  if (meta.title_en.empty()) return meta.title_zh;
  if (meta.title_zh.empty()) return meta.title_en;
  return meta.title_zh + " / " + meta.title_en;
}

namespace {
std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}
} // namespace

bool indicator_matches(const IndicatorMeta& meta, std::string_view query) {
  const std::string haystack =
      ascii_lower(meta.id + " " + meta.title_zh + " " + meta.title_en + " " + meta.unit + " " + meta.unit_en + " " +
                  meta.period + " " + meta.period_zh + " " + meta.series + " " + std::string(to_string(meta.level)) +
                  " " + std::string(to_string(meta.kind)) + " " + kind_label(meta.kind));
  const std::string q = ascii_lower(query);
  std::size_t at = 0;
  while (at < q.size()) {
    const std::size_t end = std::min(q.find(' ', at), q.size());
    if (end > at && haystack.find(q.substr(at, end - at)) == std::string::npos) return false;
    at = end + 1;
  }
  return true;
}

std::string kind_label(IndicatorKind kind) {
  switch (kind) {
  case IndicatorKind::Estimate: return "预计 estimate";
  case IndicatorKind::Target: return "目标 target";
  case IndicatorKind::Actual:
  case IndicatorKind::Inventory:
  case IndicatorKind::Derived: break;
  }
  return "";
}

std::string indicator_list_line(const IndicatorMeta& m) {
  std::string line = m.title_zh + "  " + (m.period_zh.empty() ? m.period : m.period_zh);
  if (const std::string kind = kind_label(m.kind); !kind.empty()) line += " · " + kind;
  if (!m.unit.empty()) line += " · " + m.unit;
  return line;
}

std::string period_label(const IndicatorMeta& meta) {
  // Estimates and targets are never read as achieved figures: say so first.
  const std::string kind = kind_label(meta.kind);
  const std::string prefix = kind.empty() ? "" : kind + " · ";
  std::string zh = meta.period_zh;
  const std::string year = meta.period.substr(0, 4);
  if (zh.empty()) return prefix + meta.period;
  if (year.size() == 4 && zh.find(year) == std::string::npos) zh = year + "年" + zh;
  if (zh == meta.period || zh == meta.period + "年") return prefix + zh;
  return prefix + zh + " (" + meta.period + ")";
}

std::string source_line(const IndicatorSource& source) {
  std::string s = "来源 / Source: " + source.title;
  if (!source.date.empty()) s += ", " + source.date;
  if (!source.file.empty()) s += " (" + source.file + ")";
  return s;
}

std::string format_share(double ratio, int decimals) {
  return format_number(ratio * 100.0, decimals, "%");
}

std::string consistency_note(const Indicator& indicator) {
  const IndicatorMeta& meta = indicator.meta;
  std::string note = total_note(indicator);
  if (!meta.caveat.empty()) note += (note.empty() ? "" : "; ") + meta.caveat;
  return note;
}

std::string total_note(const Indicator& indicator) {
  const IndicatorMeta& meta = indicator.meta;
  if (!meta.total) return {};
  const std::optional<double> share = share_of_total(indicator);
  if (!share) return {};
  NumberStyle style = value_style(indicator);
  style.explicit_plus = false;
  double sum = 0;
  std::size_t parts = 0;
  for (const IndicatorValue& row : indicator.values) {
    if (!row.value) continue;
    sum += *row.value;
    ++parts;
  }
  const IndicatorTotal& t = *meta.total;
  std::string s = std::to_string(parts) + " part" + (parts == 1 ? "" : "s") + " sum to " +
                  format_number(sum, style) + " = " + format_share(*share) + " of the stated " +
                  t.name + " total (" + format_number(t.value, style) + ")";
  const double rest = t.value - sum;
  if (t.counted_apart) {
    // "+ 5 development zones counted apart (574,100) = 24,049,155 = 100.0%"
    const double whole = sum + *t.counted_apart;
    s += "; + " + t.counted_apart_label + " counted apart (" + format_number(*t.counted_apart, style) +
         ") = " + format_number(whole, style) + " = " + format_share(whole / t.value);
    if (std::abs(t.value - whole) > 0) s += "; difference " + format_number(t.value - whole, style);
  } else if (std::abs(rest) > 0) {
    s += "; difference " + format_number(rest, style);
  }
  if (!t.stated_share.empty()) {
    s += "; the document says " + t.stated_share;
    if (!t.stated_share_quote.empty()) s += " (“" + t.stated_share_quote + "”)";
  }
  return s;
}

std::vector<std::string> period_warnings(const Indicator& indicator) {
  std::vector<std::string> out;
  std::set<std::string> others;
  for (const IndicatorValue& row : indicator.values)
    if (!row.period.empty() && row.period != indicator.meta.period) others.insert(row.period);
  if (!others.empty()) {
    std::string list;
    for (const std::string& p : others) list += (list.empty() ? "" : ", ") + p;
    out.push_back("mixed periods: some rows are for " + list + ", not " + indicator.meta.period);
  }
  // Rows of another kind than the indicator's (包头's 预计 beside 通辽's achieved 2013 figure).
  // A derived indicator (normalised) keeps its source's row kinds: they are
  // mixed only when they differ among themselves.
  IndicatorKind expected = indicator.meta.kind;
  if (expected == IndicatorKind::Derived && !indicator.values.empty()) expected = indicator.values.front().kind;
  for (IndicatorKind k : {IndicatorKind::Actual, IndicatorKind::Estimate, IndicatorKind::Target}) {
    if (k == expected) continue;
    std::string names;
    for (const IndicatorValue& row : indicator.values)
      if (row.kind == k) names += (names.empty() ? "" : ", ") + row.name;
    if (names.empty()) continue;
    const std::string label = k == IndicatorKind::Actual ? "achieved (actual)" : kind_label(k);
    out.push_back("mixed kinds: " + label + " for " + names);
  }
  return out;
}

std::optional<std::size_t> value_rank(const Choropleth& c, std::size_t region) {
  if (region >= c.value_region.size() || !c.value_region[region]) return std::nullopt;
  const double v = *c.value_by_region[*c.value_region[region]];
  std::size_t larger = 0;
  for (const std::optional<double>& other : c.value_by_region)
    if (other && *other > v) ++larger;
  return larger + 1;
}

std::vector<std::string> RegionTooltip::lines() const {
  std::vector<std::string> out;
  for (const std::string* s : {&region_name, &value_line, &via_line, &rank_line, &share_line,
                               &period_line, &quote_line, &source_line})
    if (!s->empty()) out.push_back(*s);
  return out;
}

RegionTooltip region_tooltip(const Atlas& atlas, const Indicator& indicator, const Choropleth& c,
                             std::size_t region) {
  RegionTooltip t;
  if (region >= atlas.regions.size() || region >= c.state_by_region.size()) return t;
  const Region& r = atlas.regions[region];
  t.region_name = r.name_en.empty() ? r.name_zh : r.name_zh + " " + r.name_en;
  t.period_line = period_label(indicator.meta);
  switch (c.state_by_region[region]) {
  case RegionDataState::NoData:
    t.value_line = "无数据 / no data";
    return t;
  case RegionDataState::NotCovered:
    t.value_line = "来源未涉及 / not covered by the source";
    return t;
  case RegionDataState::OtherLevel:
    t.value_line = "";
    return t;
  case RegionDataState::Value: break;
  }
  const std::size_t owner = *c.value_region[region];
  const double v = *c.value_by_region[owner];
  t.has_value = true;
  t.value_line = format_number(v, value_style(indicator));
  if (owner != region) t.via_line = atlas.regions[owner].name_zh + " (value of the whole " +
                                    std::string(to_string(indicator.meta.level)) + ")";
  std::size_t with_value = 0;
  for (const std::optional<double>& o : c.value_by_region)
    if (o) ++with_value;
  if (const auto rank = value_rank(c, region)) {
    t.rank_line = "rank " + std::to_string(*rank) + " of " + std::to_string(with_value) + " " +
                  level_noun_plural(indicator.meta.level) + " with a value";
  }
  if (indicator.meta.total && indicator.meta.total->value != 0 && !is_growth(indicator.meta)) {
    NumberStyle style = value_style(indicator);
    t.share_line = format_share(v / indicator.meta.total->value) + " of the stated " +
                   indicator.meta.total->name + " total (" +
                   format_number(indicator.meta.total->value, style) + ")";
  }
  if (const std::optional<std::size_t> row_index = c.row_by_region[owner];
      row_index && *row_index < indicator.values.size()) {
    const IndicatorValue* row = &indicator.values[*row_index];
    // A reference table's row carries its provenance (file, code, column), not a sentence.
    if (!row->quote.empty())
      t.quote_line = is_table_source(indicator.meta.source) ? "出处 / provenance: " + row->quote
                                                            : "“" + row->quote + "”";
    t.source_line = source_line(indicator.meta.source);
    if (row->kind != indicator.meta.kind) { // this row is 预计 (or a target) in an achieved indicator
      IndicatorMeta as_row = indicator.meta;
      as_row.kind = row->kind;
      t.period_line = period_label(as_row);
    }
    if (!row->period.empty() && row->period != indicator.meta.period)
      t.period_line += " — this row: " + row->period;
  }
  return t;
}

} // namespace steppe
