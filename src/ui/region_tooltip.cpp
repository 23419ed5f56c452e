#include "ui/region_tooltip.hpp"

#include <cmath>
#include <string>

#include "core/number_format.hpp"
#include "ui/ui_text.hpp"

namespace steppe::ui {
namespace {

// "11,867 km²": whole km² (one decimal below 100, so small districts are not
// "0"), thousands grouped from four digits as a presenter reads them aloud.
std::string area_text(double km2) {
  NumberStyle style;
  style.decimals = std::fabs(km2) < 100 ? 1 : 0;
  style.min_grouping_digits = 4;
  style.unit = "km\u00b2";
  return format_number(km2, style);
}

void row(const char* key, const std::string& value) {
  ImGui::TextDisabled("%s", key);
  ImGui::SameLine(ImGui::GetFontSize() * 6.5f);
  ImGui::TextUnformatted(value.c_str());
}

} // namespace

void draw_region_tooltip(const RegionDirectory& directory, std::size_t region_index,
                         ImFont* heading) {
  const Region& r = directory.region(region_index);
  ImGui::BeginTooltip();
  if (heading != nullptr) ImGui::PushFont(heading);
  ImGui::TextUnformatted(r.name_zh.c_str());
  if (heading != nullptr) ImGui::PopFont();
  if (!r.name_en.empty()) ImGui::TextUnformatted(r.name_en.c_str());
  ImGui::Separator();
  row(text::kCode, r.code);
  if (r.level == Level::Banner) {
    if (const auto league = directory.league_of(region_index)) {
      const Region& l = directory.region(*league);
      row(text::kLeague, l.name_zh + "  " + l.name_en);
    }
  }
  // An area of 0 means the source had none: show a dash, never "0 km²".
  row(text::kArea, r.area_km2 > 0 ? area_text(r.area_km2) : text::kUnknown);
  ImGui::EndTooltip();
}

} // namespace steppe::ui
