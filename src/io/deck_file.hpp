#pragma once
// A deck (title + ordered views) as one TOML file: a [deck] table and one
// [[view]] table per view, in presentation order (format: decks/README.md).
// Saving is atomic; malformed files throw steppe::Error naming the file, the
// line, the field and what to do.
#include <filesystem>
#include <string>

#include "core/map_view.hpp"
#include "io/view_file.hpp"

namespace steppe {

std::string deck_to_toml(const Deck& deck);
Deck parse_deck_toml(const std::string& text, const std::string& label, const ViewChecks& checks = {});

Deck read_deck_file(const std::filesystem::path& path, const ViewChecks& checks = {});
void write_deck_file(const std::filesystem::path& path, const Deck& deck);

// The decks shipped with steppe: $STEPPE_DECK_DIR if set, else share/steppe/decks (io/shipped_data.hpp).
std::filesystem::path builtin_deck_dir();

} // namespace steppe
