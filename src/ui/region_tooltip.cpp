#include "ui/region_tooltip.hpp"

#include <string>

#include "ui/number_format.hpp"
#include "ui/ui_text.hpp"

namespace steppe::ui {
namespace {

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
  row(text::kArea, r.area_km2 > 0 ? format_area_km2(r.area_km2) : text::kUnknown);
  ImGui::EndTooltip();
}

} // namespace steppe::ui
