#include "core/table_join.hpp"

#include <array>
#include <cmath>
#include <map>
#include <sstream>

// The human-readable join report (JoinReport::text).

namespace steppe {

namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string region_label(const NameMatcher& matcher, std::size_t index) {
  const RegionName& r = matcher.regions()[index];
  return r.name_zh + " (" + r.code + ")";
}

// A number without trailing zeros: 24049155, 97.6, 0.25.
std::string plain(double v) {
  std::array<char, 64> buf{};
  std::snprintf(buf.data(), buf.size(), "%.10g", std::round(v * 10.0) / 10.0);
  return buf.data();
}

} // namespace

std::string JoinReport::text(const NameMatcher& matcher) const {
  std::ostringstream out;
  std::size_t with_number = 0;
  for (const auto& j : matched) {
    if (j.value_kind == ParsedValue::Kind::Number) ++with_number;
  }
  const bool values = !value_column.empty(); // `steppe join` without --value checks keys only
  out << "Joined " << matched.size() << " of " << table_rows << " table rows to regions";
  if (values) out << " (" << with_number << " with a number in column " << quoted(value_column) << ")";
  out << ".\n";

  if (level) {
    out << "Level drawn: " << to_string(*level) << " (table rows: " << level_summary() << ")";
    if (other_level.size() == 1) out << "; 1 row of another level is not drawn";
    if (other_level.size() > 1) out << "; " << other_level.size() << " rows of other levels are not drawn";
    out << ".\n";
  }
  if (whole_country || !other_province.empty()) {
    std::map<std::string, std::size_t> by_province;
    for (const auto& o : other_province) {
      const std::string p = o.note.substr(0, o.note.find(" ("));
      ++by_province[p];
    }
    out << "Rows of other provinces set aside (" << other_province.size() << "):";
    std::size_t shown = 0;
    for (const auto& [p, n] : by_province) {
      if (shown++ == 8) {
        out << " …";
        break;
      }
      out << (shown == 1 ? " " : ", ") << p << " " << n;
    }
    out << ".\n";
  }
  if (code_year) out << "Abolished codes read as in the " << *code_year << " code list (the year most of them fit).\n";

  std::vector<const JoinedRow*> loose;
  for (const auto& j : matched) {
    if (j.how != MatchKind::Code && j.how != MatchKind::Name) loose.push_back(&j);
    else if (!j.how_text.empty() && j.how_text != "exact" && j.how_text != "code") loose.push_back(&j);
  }
  if (!loose.empty()) {
    out << "\nMatched other than by exact name or code (" << loose.size() << "), please check:\n";
    for (const auto* j : loose) {
      out << "  row " << j->row_number << ": " << quoted(j->key) << " -> "
          << region_label(matcher, j->region) << " ["
          << (j->how_text.empty() ? std::string(to_string(j->how)) : j->how_text) << "]\n";
    }
  }
  if (!other_level.empty()) {
    out << "\nOther level, not drawn (" << other_level.size() << "):\n";
    for (const auto& j : other_level) {
      out << "  row " << j.row_number << ": " << quoted(j.key) << " -> " << region_label(matcher, j.region);
      if (const auto l = matcher.regions()[j.region].level) out << " (" << to_string(*l) << ")";
      out << "\n";
    }
  }
  if (values && !stated_totals.empty()) {
    out << "\nStated totals against their parts:\n";
    for (const auto& t : stated_totals) {
      out << "  row " << t.row_number << ": " << region_label(matcher, t.region) << ": ";
      if (std::isnan(t.stated)) {
        out << "no number in the row";
      } else {
        out << t.parts << " of " << t.parts_in_atlas << " parts sum to " << plain(t.parts_sum) << " = "
            << plain(t.stated == 0 ? 0 : 100.0 * t.parts_sum / t.stated) << "% of the stated " << plain(t.stated);
      }
      out << "\n";
    }
  }
  if (!other_province.empty()) {
    out << "\nRows of other provinces (" << other_province.size() << "), set aside:\n";
    for (const auto& o : other_province) {
      out << "  row " << o.row_number << ": " << quoted(o.key) << " — " << o.note << "\n";
    }
  }
  if (!unknown_keys.empty()) {
    out << "\nTable rows with no region (" << unknown_keys.size()
        << "), 未匹配; use the official name or the 6-digit code:\n";
    for (const auto& u : unknown_keys) {
      out << "  row " << u.row_number << ": " << quoted(u.key) << (u.note.empty() ? "" : " — " + u.note) << "\n";
    }
  }
  if (!ambiguous_keys.empty()) {
    out << "\nAmbiguous keys (" << ambiguous_keys.size()
        << "), 有歧义; write the full name or the code:\n";
    for (const auto& a : ambiguous_keys) {
      out << "  row " << a.row_number << ": " << quoted(a.key) << " could be ";
      std::vector<std::string> all;
      for (std::size_t c : a.candidates) all.push_back(region_label(matcher, c));
      all.insert(all.end(), a.elsewhere.begin(), a.elsewhere.end());
      for (std::size_t i = 0; i < all.size(); ++i) {
        if (i > 0) out << (i + 1 == all.size() ? " or " : ", ");
        out << all[i];
      }
      if (!a.note.empty()) out << " — " << a.note;
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
  if (values && !missing_values.empty()) {
    out << "\nMissing values (" << missing_values.size()
        << "), 无数据; drawn as no data, not as zero:\n";
    for (const auto& p : missing_values) {
      out << "  row " << p.row_number << " (" << quoted(p.key) << "): " << quoted(p.text) << "\n";
    }
  }
  if (!regions_without_row.empty() && regions_without_row.size() < matcher.regions().size()) {
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
