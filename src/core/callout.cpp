#include "core/callout.hpp"

#include "core/indicator_summary.hpp"
#include "core/map_visual.hpp"
#include "core/number_format.hpp"

namespace steppe {

std::vector<CalloutText> build_callouts(const Indicator& indicator, const Atlas& atlas) {
  std::vector<CalloutText> out;
  if (indicator.meta.level == IndicatorLevel::Point) return out;
  const NumberStyle style = value_style(indicator);
  for (const std::string& code : indicator_places(indicator)) {
    const IndicatorValue* row = indicator.find(code);
    if (row == nullptr || !row->value) continue;
    CalloutText t;
    t.code = code;
    const Region* r = atlas.find(code);
    t.place = r != nullptr ? r->name_zh : row->name;
    NumberStyle s = style;
    if (!row->unit.empty()) s.unit = row->unit;
    const int decimals = decimals_in_text(row->value_text);
    if (decimals >= 0) s.decimals = decimals;
    t.value = format_number(*row->value, s);
    IndicatorMeta meta = indicator.meta;
    meta.kind = row->kind; // a row of another kind says so (预计 for one city, achieved for the other)
    if (!row->period.empty() && row->period != indicator.meta.period) {
      meta.period = row->period;
      meta.period_zh.clear();
    }
    t.when = period_label(meta);
    if (!row->quote.empty()) t.quote = "“" + row->quote + "”";
    t.source = source_line(indicator.meta.source);
    out.push_back(std::move(t));
  }
  return out;
}

} // namespace steppe
