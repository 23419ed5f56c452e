#include "ui/selection_state.hpp"

namespace steppe::ui {

bool SelectionState::set_hovered(std::string_view code) {
  if (hovered_ == code) return false;
  hovered_ = code;
  return true;
}

bool SelectionState::click(std::string_view code) {
  if (code.empty() || code == selected_) return clear();
  return select(code);
}

bool SelectionState::select(std::string_view code) {
  if (selected_ == code) return false;
  selected_ = code;
  return true;
}

bool SelectionState::clear() {
  if (selected_.empty()) return false;
  selected_.clear();
  return true;
}

} // namespace steppe::ui
