#pragma once
// One saved map view as a TOML file people can read and edit (the [view]
// table of decks/README.md). Saving is atomic (io/atomic_write). Reading
// validates every field; a malformed file throws steppe::Error naming the
// file, the line, the field and what to do instead.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/map_view.hpp"

namespace steppe {

// Limits on what a view or deck file may hold (README "Limits").
inline constexpr std::size_t kMaxTextFieldChars = 1000; // title, subtitle, notes, ...
inline constexpr std::size_t kMaxDeckViews = 100;

// What a view may refer to. Empty lists are not checked (e.g. a user atlas).
struct ViewChecks {
  std::vector<std::string> indicator_ids; // `steppe indicators`
  std::vector<std::string> region_codes;  // `steppe info`
};

// ViewChecks for the shipped indicators and the built-in atlas codes given.
ViewChecks builtin_view_checks(const std::vector<std::string>& region_codes);

// The view as TOML text: a [view] table (plus [view.classification] when set).
std::string view_to_toml(const MapView& view);
// Parses TOML text holding a [view] table; `label` names the source in messages.
MapView parse_view_toml(const std::string& text, const std::string& label, const ViewChecks& checks = {});

MapView read_view_file(const std::filesystem::path& path, const ViewChecks& checks = {});
void write_view_file(const std::filesystem::path& path, const MapView& view);

} // namespace steppe
