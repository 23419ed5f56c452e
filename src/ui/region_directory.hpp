#pragma once
// The atlas seen from the side panel: leagues in code order, each with its
// banners, and region lookups by code. Indices are Atlas::regions indices,
// the same ones the renderer's colour table and the picker use.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/atlas.hpp"

namespace steppe::ui {

struct LeagueEntry {
  std::size_t index = 0;             // the league
  std::vector<std::size_t> banners;  // its banners, by code
};

class RegionDirectory {
public:
  // Keeps a reference: `atlas` must outlive the directory.
  explicit RegionDirectory(const Atlas& atlas);

  const Atlas& atlas() const { return atlas_; }
  const Region& region(std::size_t index) const { return atlas_.regions.at(index); }
  std::optional<std::size_t> index_of(std::string_view code) const;
  // The league a banner belongs to (the league itself for a league); nullopt otherwise.
  std::optional<std::size_t> league_of(std::size_t index) const;
  const std::vector<LeagueEntry>& leagues() const { return leagues_; }

  // Every region's Chinese and English name, concatenated: the glyphs the UI font needs.
  std::string all_names() const;

private:
  const Atlas& atlas_;
  std::unordered_map<std::string, std::size_t> by_code_;
  std::vector<LeagueEntry> leagues_;
};

} // namespace steppe::ui
