#pragma once
// The search box: type a code, a Chinese or English name or pinyin initials
// ("hlgl"); the best candidates of core/region_search drop down below it.
// Enter or a click picks one: the caller flies to it and selects it.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/region_search.hpp"

namespace steppe::ui {

class SearchBox {
public:
  static constexpr std::size_t kMaxCandidates = 8;

  // Keeps references: `search` and `atlas` must outlive the box.
  SearchBox(const RegionSearch& search, const Atlas& atlas) : search_(search), atlas_(atlas) {}

  // Draws into the current ImGui window; returns the region picked this frame.
  std::optional<std::size_t> draw();

  const std::vector<SearchHit>& candidates() const { return hits_; }

private:
  const RegionSearch& search_;
  const Atlas& atlas_;
  std::array<char, 128> buffer_{};
  std::string last_query_;
  std::vector<SearchHit> hits_;
};

} // namespace steppe::ui
