#include "core/table_join.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
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

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string region_label(const NameMatcher& matcher, std::size_t index) {
  const RegionName& r = matcher.regions()[index];
  return r.name_zh + " (" + r.code + ")";
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

JoinReport join_table(std::span<const TableRow> rows, const NameMatcher& matcher,
                      std::string_view value_column) {
  JoinReport report;
  report.value_column = std::string(value_column);
  report.table_rows = rows.size();

  // First pass: match every key; group matched rows by region.
  std::vector<JoinedRow> candidates;
  std::map<std::size_t, std::vector<std::size_t>> rows_of_region; // region -> indices in candidates
  for (const TableRow& row : rows) {
    const NameMatch m = matcher.match(row.key);
    if (m.status == NameMatch::Status::NotFound) {
      report.unknown_keys.push_back({row.row_number, row.key, {}});
      continue;
    }
    if (m.status == NameMatch::Status::Ambiguous) {
      report.ambiguous_keys.push_back({row.row_number, row.key, m.candidates});
      continue;
    }
    JoinedRow j;
    j.row_number = row.row_number;
    j.key = row.key;
    j.region = m.region();
    j.how = m.kind;
    j.value_text = row.value;
    const ParsedValue v = parse_value(row.value);
    j.value_kind = v.kind;
    j.value = v.kind == ParsedValue::Kind::Number ? v.number : kNaN;
    rows_of_region[j.region].push_back(candidates.size());
    candidates.push_back(std::move(j));
  }

  // Second pass: a region named by two rows gets neither value.
  std::vector<bool> duplicate(candidates.size(), false);
  for (const auto& [region, idx] : rows_of_region) {
    if (idx.size() < 2) continue;
    DuplicateRegion d;
    d.region = region;
    for (std::size_t i : idx) {
      duplicate[i] = true;
      d.row_numbers.push_back(candidates[i].row_number);
      d.keys.push_back(candidates[i].key);
    }
    report.duplicates.push_back(std::move(d));
  }

  report.region_values.assign(matcher.regions().size(), kNaN);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    JoinedRow& j = candidates[i];
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
    if (rows_of_region.find(r) == rows_of_region.end()) report.regions_without_row.push_back(r);
  }
  return report;
}

std::string JoinReport::text(const NameMatcher& matcher) const {
  std::ostringstream out;
  std::size_t with_number = 0;
  for (const auto& j : matched) {
    if (j.value_kind == ParsedValue::Kind::Number) ++with_number;
  }
  out << "Joined " << matched.size() << " of " << table_rows << " table rows to regions ("
      << with_number << " with a number in column " << quoted(value_column) << ").\n";

  std::vector<const JoinedRow*> loose;
  for (const auto& j : matched) {
    if (j.how == MatchKind::ShortForm || j.how == MatchKind::Traditional ||
        j.how == MatchKind::English) {
      loose.push_back(&j);
    }
  }
  if (!loose.empty()) {
    out << "\nMatched by " << "short form, traditional characters or English name ("
        << loose.size() << "), please check:\n";
    for (const auto* j : loose) {
      out << "  row " << j->row_number << ": " << quoted(j->key) << " -> "
          << region_label(matcher, j->region) << " [" << to_string(j->how) << "]\n";
    }
  }
  if (!unknown_keys.empty()) {
    out << "\nTable rows with no region (" << unknown_keys.size()
        << "), 未匹配; use the official name or the 6-digit code:\n";
    for (const auto& u : unknown_keys) {
      out << "  row " << u.row_number << ": " << quoted(u.key) << "\n";
    }
  }
  if (!ambiguous_keys.empty()) {
    out << "\nAmbiguous keys (" << ambiguous_keys.size()
        << "), 有歧义; write the full name or the code:\n";
    for (const auto& a : ambiguous_keys) {
      out << "  row " << a.row_number << ": " << quoted(a.key) << " could be ";
      for (std::size_t i = 0; i < a.candidates.size(); ++i) {
        if (i > 0) out << (i + 1 == a.candidates.size() ? " or " : ", ");
        out << region_label(matcher, a.candidates[i]);
      }
      out << "\n";
    }
  }
  if (!duplicates.empty()) {
    out << "\nRegions named by more than one row (" << duplicates.size()
        << "), 重复; none of their values is used, remove all but one:\n";
    for (const auto& d : duplicates) {
      out << "  " << region_label(matcher, d.region) << ": ";
      for (std::size_t i = 0; i < d.row_numbers.size(); ++i) {
        if (i > 0) out << (i + 1 == d.row_numbers.size() ? " and " : ", ");
        out << "row " << d.row_numbers[i] << " (" << quoted(d.keys[i]) << ")";
      }
      out << "\n";
    }
  }
  if (!non_numeric.empty()) {
    out << "\nValues that are not numbers (" << non_numeric.size() << ") in column "
        << quoted(value_column) << ", 非数值; write a plain number, or leave the cell empty "
        << "or \"—\" for no data:\n";
    for (const auto& p : non_numeric) {
      out << "  row " << p.row_number << " (" << quoted(p.key) << "): " << quoted(p.text) << "\n";
    }
  }
  if (!missing_values.empty()) {
    out << "\nMissing values (" << missing_values.size()
        << "), 无数据; drawn as no data, not as zero:\n";
    for (const auto& p : missing_values) {
      out << "  row " << p.row_number << " (" << quoted(p.key) << "): " << quoted(p.text) << "\n";
    }
  }
  if (!regions_without_row.empty()) {
    out << "\nRegions with no row in the table (" << regions_without_row.size()
        << "), drawn as no data:\n  ";
    for (std::size_t i = 0; i < regions_without_row.size(); ++i) {
      if (i > 0) out << (i % 6 == 0 ? "\n  " : ", ");
      out << region_label(matcher, regions_without_row[i]);
    }
    out << "\n";
  }
  return out.str();
}

} // namespace steppe
