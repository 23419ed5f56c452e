#pragma once
// Which region the pointer is over and which ones the presenter picked.
// Codes are GB/T 2260 region codes; an empty string means "none".
// The selection is a set (for comparison) with one primary region: the one
// clicked last, which the list reveals and the single-region views use.
#include <string>
#include <string_view>
#include <vector>

namespace steppe::ui {

class SelectionState {
public:
  const std::string& hovered() const { return hovered_; }
  // The primary selected region ("" for none).
  const std::string& selected() const { return selected_; }
  // Every selected region, in the order they were added (the primary last).
  const std::vector<std::string>& selected_codes() const { return codes_; }
  bool is_selected(std::string_view code) const;

  // Each returns true when something visible changed (so the frame must be redrawn).
  bool set_hovered(std::string_view code);
  // A plain click on the map: selects only `code`; clicking the only selected
  // region again, or empty map (""), clears the selection.
  bool click(std::string_view code);
  // Ctrl/Shift-click (map or list): adds `code` to the selection, or removes it
  // when it is already selected. Empty map ("") changes nothing.
  bool toggle(std::string_view code);
  // From the list, a search or a double-click: leaves only `code` selected.
  bool select(std::string_view code);
  bool clear();

private:
  std::string hovered_;
  std::string selected_;
  std::vector<std::string> codes_;
};

} // namespace steppe::ui
