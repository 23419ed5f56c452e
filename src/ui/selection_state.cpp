#include "ui/selection_state.hpp"

#include <algorithm>

namespace steppe::ui {

bool SelectionState::is_selected(std::string_view code) const {
  return std::find(codes_.begin(), codes_.end(), code) != codes_.end();
}

bool SelectionState::set_hovered(std::string_view code) {
  if (hovered_ == code) return false;
  hovered_ = code;
  return true;
}

bool SelectionState::click(std::string_view code) {
  if (code.empty() || (codes_.size() == 1 && code == selected_)) return clear();
  return select(code);
}

bool SelectionState::toggle(std::string_view code) {
  if (code.empty()) return false;
  const auto at = std::find(codes_.begin(), codes_.end(), code);
  if (at == codes_.end()) {
    codes_.emplace_back(code);
  } else {
    codes_.erase(at);
  }
  selected_ = codes_.empty() ? std::string() : codes_.back();
  return true;
}

bool SelectionState::select(std::string_view code) {
  if (code.empty()) return clear();
  if (codes_.size() == 1 && selected_ == code) return false;
  selected_ = code;
  codes_.assign(1, selected_);
  return true;
}

bool SelectionState::clear() {
  if (codes_.empty()) return false;
  selected_.clear();
  codes_.clear();
  return true;
}

} // namespace steppe::ui
