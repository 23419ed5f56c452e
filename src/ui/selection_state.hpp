#pragma once
// Which region the pointer is over and which one the presenter picked.
// Codes are GB/T 2260 region codes; an empty string means "none".
#include <string>
#include <string_view>

namespace steppe::ui {

class SelectionState {
public:
  const std::string& hovered() const { return hovered_; }
  const std::string& selected() const { return selected_; }

  // Each returns true when something visible changed (so the frame must be redrawn).
  bool set_hovered(std::string_view code);
  // A click on the map: selects `code`; clicking the selected region again, or
  // empty map (""), clears the selection.
  bool click(std::string_view code);
  // From the list or a double-click: always leaves `code` selected.
  bool select(std::string_view code);
  bool clear();

private:
  std::string hovered_;
  std::string selected_;
};

} // namespace steppe::ui
