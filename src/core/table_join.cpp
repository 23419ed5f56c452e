#include "core/table_join.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace steppe {

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Cells that statistical tables use for "no data".
bool is_missing_token(const std::string& s) {
  static const std::array<std::string_view, 16> tokens{
      "", "-", "--", "—", "——", "–", "na", "n/a", "null", "nan", "无", "…", "……", "...",
      "none", "#n/a"};
  std::string lower;
  for (char c : s) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return std::find(tokens.begin(), tokens.end(), lower) != tokens.end();
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Strict number syntax: [+-] digits (plain or grouped by ',' in threes)
// [. digits] [e[+-]digits] [%]. Returns the text without group commas and '%'.
std::optional<std::string> number_syntax(std::string s) {
  if (!s.empty() && s.back() == '%') s.pop_back();
  std::size_t i = 0;
  std::string out;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    if (s[i] == '-') out.push_back('-');
    ++i;
  }
  // Integer part with optional thousands separators.
  std::size_t group = 0;
  std::size_t integer_digits = 0;
  bool grouped = false;
  for (; i < s.size() && (is_digit(s[i]) || s[i] == ','); ++i) {
    if (s[i] == ',') {
      if (integer_digits == 0 || (grouped && group != 3) || (!grouped && group > 3)) return {};
      grouped = true;
      group = 0;
      continue;
    }
    out.push_back(s[i]);
    ++group;
    ++integer_digits;
  }
  if (integer_digits == 0 || (grouped && group != 3)) return {};
  if (i < s.size() && s[i] == '.') {
    out.push_back('.');
    ++i;
    const std::size_t start = i;
    for (; i < s.size() && is_digit(s[i]); ++i) out.push_back(s[i]);
    if (i == start) return {};
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    out.push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) out.push_back(s[i++]);
    const std::size_t start = i;
    for (; i < s.size() && is_digit(s[i]); ++i) out.push_back(s[i]);
    if (i == start) return {};
  }
  if (i != s.size()) return {};
  return out;
}


} // namespace

ParsedValue parse_value(std::string_view text) {
  std::string s = normalise_text(text);
  // U+2212 MINUS SIGN, as typeset documents write negatives.
  for (std::size_t pos; (pos = s.find("\xE2\x88\x92")) != std::string::npos;) s.replace(pos, 3, "-");
  if (is_missing_token(s)) return {ParsedValue::Kind::Missing, 0.0};
  const auto plain = number_syntax(s);
  if (!plain) return {ParsedValue::Kind::Invalid, 0.0};
  double v = 0.0;
  const auto res = std::from_chars(plain->data(), plain->data() + plain->size(), v);
  if (res.ec != std::errc() || res.ptr != plain->data() + plain->size() || !std::isfinite(v)) {
    return {ParsedValue::Kind::Invalid, 0.0};
  }
  return {ParsedValue::Kind::Number, v};
}

std::string_view to_string(RowStatus status) {
  switch (status) {
  case RowStatus::Matched: return "matched";
  case RowStatus::Unmatched: return "unmatched";
  case RowStatus::Ambiguous: return "ambiguous";
  case RowStatus::OtherLevel: return "other-level";
  case RowStatus::OtherProvince: return "other-province";
  case RowStatus::Duplicate: return "duplicate";
  }
  return "unknown";
}

bool is_inner_mongolia(std::string_view province) {
  const std::string p = normalise_text(province);
  std::string lower;
  for (char c : p) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return p.find("内蒙古") != std::string::npos || p == "内蒙" || p == "蒙" ||
         lower.find("inner mongolia") != std::string::npos || lower.find("nei mongol") != std::string::npos ||
         lower == "neimenggu" || p.starts_with("15");
}

bool is_total_key(std::string_view key) {
  std::string k;
  for (char c : normalise_text(key))
    if (c != ' ') k.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  static const std::array<std::string_view, 9> totals{"合计", "总计", "全区", "全自治区", "总计:", "合计:",
                                                     "total", "sum", "全区合计"};
  return std::find(totals.begin(), totals.end(), k) != totals.end();
}

namespace {

std::string region_code_label(const NameMatcher& matcher, std::size_t index) {
  const RegionName& r = matcher.regions()[index];
  return r.name_zh + " (" + r.code + ")";
}

bool all_digits_text(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The year whose code list holds most of the table's abolished codes (ties: the later year).
std::optional<int> best_code_year(std::span<const TableRow> rows, const NameMatcher& matcher) {
  std::vector<std::vector<std::pair<int, int>>> spans;
  for (const TableRow& r : rows) {
    auto years = matcher.old_code_years(normalise_text(r.key));
    if (!years.empty()) spans.push_back(std::move(years));
  }
  if (spans.empty()) return std::nullopt;
  int best = 0;
  std::size_t best_count = 0;
  for (int y = 1980; y <= 2030; ++y) {
    std::size_t count = 0;
    for (const auto& s : spans)
      if (std::any_of(s.begin(), s.end(), [y](const auto& p) { return p.first <= y && (p.second == 0 || y < p.second); }))
        ++count;
    if (count >= best_count && count > 0) {
      best = y;
      best_count = count;
    }
  }
  if (best_count == 0) return std::nullopt;
  return best;
}

// Rows that certainly belong to another province, for deciding whether the table is whole-country.
bool certainly_elsewhere(const TableRow& row, const NameMatcher& matcher) {
  if (!normalise_text(row.province).empty()) return !is_inner_mongolia(row.province);
  const std::string key = normalise_text(row.key);
  if (all_digits_text(key))
    return key.size() >= 6 && !key.starts_with("15") && !matcher.foreign_province_of_code(key).empty();
  return matcher.match(key).status == NameMatch::Status::NotFound && !matcher.foreign(key).empty() &&
         matcher.inner_mongolia_units(key).empty();
}

std::vector<std::string> foreign_labels(const std::vector<const ForeignUnit*>& units) {
  std::vector<std::string> out;
  for (const ForeignUnit* u : units) out.push_back(u->label());
  return out;
}

bool loose(MatchKind kind) {
  return kind == MatchKind::ShortForm || kind == MatchKind::English || kind == MatchKind::History ||
         kind == MatchKind::Romanization;
}

// Whether region `inner` lies inside (or is) region `outer`, following parents.
bool inside(const NameMatcher& matcher, std::size_t inner, std::size_t outer) {
  const auto& regions = matcher.regions();
  std::size_t at = inner;
  for (int depth = 0; depth < 4; ++depth) {
    if (at == outer) return true;
    const auto parent = matcher.index_of_code(regions[at].parent);
    if (!parent) return regions[outer].level == Level::Region && regions[inner].level != Level::Region;
    at = *parent;
  }
  return false;
}

// Development zones and parks (呼和浩特经济技术开发区, 乌拉盖管委会) lie inside banners
// and are counted apart in statistics; they are no region of the map.
bool is_zone_name(const std::string& key) {
  static const std::array<std::string_view, 6> endings{"开发区", "管委会", "管理委员会", "园区", "高新区", "新区"};
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return key.ends_with(e); });
}

int level_rank(Level l) { return l == Level::Region ? 0 : l == Level::League ? 1 : 2; }

} // namespace

JoinReport join_table(std::span<const TableRow> rows, const NameMatcher& matcher,
                      std::string_view value_column, const JoinOptions& options) {
  JoinReport report;
  report.value_column = std::string(value_column);
  report.table_rows = rows.size();
  report.code_year = best_code_year(rows, matcher);
  std::size_t elsewhere = 0;
  for (const TableRow& row : rows)
    if (certainly_elsewhere(row, matcher)) ++elsewhere;
  report.whole_country = elsewhere >= 3 || (elsewhere > 0 && elsewhere * 10 >= rows.size());

  // First pass: every row's region (or why not), in table order.
  std::vector<JoinedRow> candidates;
  std::vector<std::size_t> outcome_of; // candidates[i] -> index in report.outcomes
  std::vector<std::size_t> total_rows; // outcomes of 合计-style rows
  for (const TableRow& row : rows) {
    RowOutcome out;
    out.row_number = row.row_number;
    out.key = row.key;
    const std::string key = normalise_text(row.key);
    const bool province_given = !normalise_text(row.province).empty();
    auto set_aside = [&](std::string note, std::vector<std::string> elsewhere_units) {
      out.status = RowStatus::OtherProvince;
      out.note = std::move(note);
      out.candidates = elsewhere_units;
      report.other_province.push_back({row.row_number, row.key, {}, std::move(elsewhere_units), out.note});
      report.outcomes.push_back(std::move(out));
    };
    if (province_given && !is_inner_mongolia(row.province)) {
      set_aside(normalise_text(row.province) + " (province column)", {});
      continue;
    }
    if (all_digits_text(key) && key.size() >= 6 && !key.starts_with("15")) {
      if (const std::string province = matcher.foreign_province_of_code(key); !province.empty()) {
        set_aside(province + " (code " + key.substr(0, 2) + "....)", foreign_labels(matcher.foreign(key)));
        continue;
      }
    }
    if (is_total_key(key)) {
      out.status = RowStatus::OtherLevel;
      out.how = "total row";
      total_rows.push_back(report.outcomes.size());
      report.outcomes.push_back(std::move(out));
      continue;
    }
    // The city column: another province's city sets the row aside; one of the leagues narrows it.
    std::optional<std::size_t> league;
    if (const std::string city = normalise_text(row.city); !city.empty() && !province_given) {
      const NameMatch c = matcher.match(city);
      if (c.matched()) league = c.region();
      else if (const auto f = matcher.foreign(city); !f.empty()) {
        set_aside(f.front()->province + " (city column: " + city + ")", {});
        continue;
      }
    } else if (!city.empty()) {
      const NameMatch c = matcher.match(city);
      if (c.matched()) league = c.region();
    }

    NameMatch m = matcher.match(key, report.code_year);
    const auto foreign = province_given || all_digits_text(key) ? std::vector<const ForeignUnit*>{}
                                                                : matcher.foreign(key);
    if (m.status != NameMatch::Status::NotFound && league && m.candidates.size() > 1) {
      std::vector<std::size_t> kept;
      for (std::size_t c : m.candidates)
        if (inside(matcher, c, *league)) kept.push_back(c);
      if (kept.size() == 1) {
        m.candidates = kept;
        m.status = NameMatch::Status::Matched;
        m.how += "; decided by the city column";
      }
    }
    if (m.status == NameMatch::Status::NotFound) {
      if (const auto home = matcher.inner_mongolia_units(key); !home.empty()) {
        out.status = RowStatus::Unmatched;
        out.note = is_zone_name(key) ? "a development zone or park (" + home.front()->code + "), not a region of the map"
                                     : "an Inner Mongolia unit (" + home.front()->code + ") that this map does not hold";
        report.unknown_keys.push_back({row.row_number, row.key, {}, {}, out.note});
        report.outcomes.push_back(std::move(out));
      } else if (!foreign.empty()) {
        set_aside(foreign.front()->province + " (name found only outside Inner Mongolia)", foreign_labels(foreign));
      } else {
        out.status = RowStatus::Unmatched;
        if (is_zone_name(key)) out.note = "a development zone or park, not a region of the map";
        report.unknown_keys.push_back({row.row_number, row.key, {}, {}, out.note});
        report.outcomes.push_back(std::move(out));
      }
      continue;
    }
    if (!foreign.empty() && !province_given && !league) {
      if (report.whole_country && loose(m.kind)) {
        set_aside(foreign.front()->province + " (exact name of a unit outside Inner Mongolia; not read as " +
                      region_code_label(matcher, m.candidates.front()) + ", a " + m.how + ")",
                  foreign_labels(foreign));
        continue;
      }
      if (report.whole_country) {
        out.status = RowStatus::Ambiguous;
        for (std::size_t c : m.candidates) out.candidates.push_back(region_code_label(matcher, c));
        for (const auto& l : foreign_labels(foreign)) out.candidates.push_back(l);
        out.note = "the name is also used outside Inner Mongolia; add a province column or use codes";
        report.ambiguous_keys.push_back({row.row_number, row.key, m.candidates, foreign_labels(foreign), out.note});
        report.outcomes.push_back(std::move(out));
        continue;
      }
      m.how += "; also the name of " + foreign.front()->label() + (foreign.size() > 1 ? " and others" : "") +
               ", but this table has no other provinces";
    }
    if (m.status == NameMatch::Status::Ambiguous) {
      out.status = RowStatus::Ambiguous;
      out.how = m.how;
      for (std::size_t c : m.candidates) out.candidates.push_back(region_code_label(matcher, c));
      if (!m.via.empty() && m.via.front()->codes.size() > 1)
        out.note = "an abolished unit split in several (" + m.via.front()->change + "); not guessed";
      report.ambiguous_keys.push_back({row.row_number, row.key, m.candidates, {}, out.note});
      report.outcomes.push_back(std::move(out));
      continue;
    }
    JoinedRow j;
    j.row_number = row.row_number;
    j.key = row.key;
    j.region = m.region();
    j.how = m.kind;
    j.how_text = m.how;
    j.value_text = row.value;
    const ParsedValue v = parse_value(row.value);
    j.value_kind = v.kind;
    j.value = v.kind == ParsedValue::Kind::Number ? v.number : kNaN;
    out.status = RowStatus::Matched;
    out.region = j.region;
    out.how = m.how;
    outcome_of.push_back(report.outcomes.size());
    report.outcomes.push_back(std::move(out));
    candidates.push_back(std::move(j));
  }

  // The level drawn: the one asked for, else the one with most rows (ties: the finer).
  std::map<Level, std::size_t> per_level;
  for (const JoinedRow& j : candidates)
    if (const auto l = matcher.regions()[j.region].level) ++per_level[*l];
  for (const auto& [l, n] : per_level) report.rows_per_level.emplace_back(l, n);
  if (options.level) {
    report.level = options.level;
  } else if (!per_level.empty()) {
    Level best = per_level.begin()->first;
    for (const auto& [l, n] : per_level)
      if (n > per_level[best] || (n == per_level[best] && level_rank(l) > level_rank(best))) best = l;
    report.level = best;
  }
  std::vector<JoinedRow> drawn;
  std::vector<std::size_t> drawn_outcome;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto l = matcher.regions()[candidates[i].region].level;
    if (report.level && l && *l != *report.level) {
      RowOutcome& o = report.outcomes[outcome_of[i]];
      o.status = RowStatus::OtherLevel;
      o.note = std::string(to_string(*l)) + ", not drawn";
      report.other_level.push_back(candidates[i]);
      continue;
    }
    drawn_outcome.push_back(outcome_of[i]);
    drawn.push_back(std::move(candidates[i]));
  }

  // Second pass: a region named by two rows gets neither value.
  std::map<std::size_t, std::vector<std::size_t>> rows_of_region; // region -> indices in drawn
  for (std::size_t i = 0; i < drawn.size(); ++i) rows_of_region[drawn[i].region].push_back(i);
  std::vector<bool> duplicate(drawn.size(), false);
  for (const auto& [region, idx] : rows_of_region) {
    if (idx.size() < 2) continue;
    DuplicateRegion d;
    d.region = region;
    for (std::size_t i : idx) {
      duplicate[i] = true;
      d.row_numbers.push_back(drawn[i].row_number);
      d.keys.push_back(drawn[i].key);
      report.outcomes[drawn_outcome[i]].status = RowStatus::Duplicate;
    }
    report.duplicates.push_back(std::move(d));
  }

  report.region_values.assign(matcher.regions().size(), kNaN);
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    JoinedRow& j = drawn[i];
    if (j.value_kind == ParsedValue::Kind::Missing) {
      report.missing_values.push_back({j.row_number, j.key, j.value_text});
    } else if (j.value_kind == ParsedValue::Kind::Invalid) {
      report.non_numeric.push_back({j.row_number, j.key, j.value_text});
    }
    if (duplicate[i]) continue;
    report.region_values[j.region] = j.value;
    report.matched.push_back(std::move(j));
  }
  for (std::size_t r = 0; r < matcher.regions().size(); ++r) {
    const auto l = matcher.regions()[r].level;
    if (report.level && l && *l != *report.level) continue;
    if (rows_of_region.find(r) == rows_of_region.end()) report.regions_without_row.push_back(r);
  }

  // Stated totals: rows of a coarser level (and 合计 rows) against the drawn rows inside them.
  auto check_total = [&](std::size_t row_number, const std::string& key, std::size_t whole, const std::string& value) {
    StatedTotal t;
    t.row_number = row_number;
    t.key = key;
    t.region = whole;
    const ParsedValue v = parse_value(value);
    t.stated = v.kind == ParsedValue::Kind::Number ? v.number : kNaN;
    for (const JoinedRow& j : report.matched) {
      if (!inside(matcher, j.region, whole) || j.value_kind != ParsedValue::Kind::Number) continue;
      t.parts_sum += j.value;
      ++t.parts;
    }
    for (std::size_t r = 0; r < matcher.regions().size(); ++r) {
      const auto l = matcher.regions()[r].level;
      if (report.level && l && *l == *report.level && r != whole && inside(matcher, r, whole)) ++t.parts_in_atlas;
    }
    report.stated_totals.push_back(t);
  };
  if (report.level) {
    for (const JoinedRow& j : report.other_level) {
      const auto l = matcher.regions()[j.region].level;
      if (l && level_rank(*l) < level_rank(*report.level)) check_total(j.row_number, j.key, j.region, j.value_text);
    }
    // A 合计 row totals the drawn rows' common parent, else the whole region.
    std::set<std::string> parents;
    for (const JoinedRow& j : report.matched) parents.insert(matcher.regions()[j.region].parent);
    std::optional<std::size_t> whole;
    if (parents.size() == 1) whole = matcher.index_of_code(*parents.begin());
    if (!whole) whole = matcher.index_of_code("150000");
    for (std::size_t o : total_rows) {
      RowOutcome& out = report.outcomes[o];
      const auto it = std::find_if(rows.begin(), rows.end(), [&](const TableRow& r) { return r.row_number == out.row_number; });
      if (whole) {
        out.region = *whole;
        out.note = "stated total of " + region_code_label(matcher, *whole) + ", not drawn";
        check_total(out.row_number, out.key, *whole, it == rows.end() ? std::string() : it->value);
      } else {
        out.note = "total row, not drawn";
      }
    }
  }
  return report;
}

std::string JoinReport::level_summary() const {
  std::string s;
  for (const auto& [l, n] : rows_per_level) {
    if (!s.empty()) s += ", ";
    const std::string noun(to_string(l));
    s += std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
  }
  return s.empty() ? "no rows matched" : s;
}

} // namespace steppe
