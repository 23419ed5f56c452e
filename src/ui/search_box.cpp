#include "ui/search_box.hpp"

#include <imgui.h>

#include "ui/widget_probe.hpp"

namespace steppe::ui {

std::optional<std::size_t> SearchBox::draw() {
  std::optional<std::size_t> picked;
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputTextWithHint("##search", "搜索 Search 名称、代码或拼音首字母 name, code or initials",
                                              buffer_.data(), buffer_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
  note_widget("search_box");
  note_text("search_box_text", buffer_.data());
  const std::string query(buffer_.data());
  if (query != last_query_) {
    last_query_ = query;
    hits_ = search_.find(query, kMaxCandidates);
  }
  if (enter && !hits_.empty()) picked = hits_.front().region;
  if (!query.empty()) {
    if (hits_.empty()) ImGui::TextDisabled("无结果 no match");
    for (const SearchHit& h : hits_) {
      const Region& r = atlas_.regions[h.region];
      const std::string label = r.name_zh + "  " + r.name_en + "  (" + r.code + ")##find" + r.code;
      if (ImGui::Selectable(label.c_str())) picked = h.region;
    }
  }
  if (picked) {
    buffer_.fill('\0');
    last_query_.clear();
    hits_.clear();
  }
  return picked;
}

} // namespace steppe::ui
