#include "core/legend.hpp"

namespace steppe {

std::vector<std::string> Legend::lines() const {
  std::vector<std::string> out;
  auto add = [&out](const std::string& s) {
    if (!s.empty()) out.push_back(s);
  };
  add(title);
  add(period_label);
  for (const LegendEntry& e : entries) {
    add(e.label + " (" + std::to_string(e.count) + ")");
  }
  add(symbols_title);
  for (const LegendSymbol& s : symbols) add(s.label);
  add(coverage_note);
  add(consistency_note);
  add(classification_note);
  for (const std::string& w : warnings) add("! " + w);
  add(source_line);
  return out;
}

} // namespace steppe
