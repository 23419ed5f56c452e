#pragma once
// ColorBrewer 2.0 colour schemes (Cynthia Brewer, Penn State) for choropleths,
// with ColorBrewer's own suitability ratings, and the no-data convention:
// regions without a value are filled with a neutral grey that no scheme uses
// AND drawn hatched, so "missing" can never be read as "low".
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace steppe {

struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  friend bool operator==(const Rgb&, const Rgb&) = default;
};

// "#rrggbb" (lower-case).
std::string to_hex(Rgb colour);

enum class PaletteKind { Sequential, Diverging };
std::string_view to_string(PaletteKind kind);

// ColorBrewer's ratings per scheme and class count: Ok (1), Maybe (2), Bad (0).
enum class Suitability { Bad, Maybe, Ok };

inline constexpr int kMinPaletteClasses = 2; // 2 uses the outer colours of the 3-class scheme
inline constexpr int kMaxPaletteClasses = 9;

struct Palette {
  std::string name;          // canonical spelling, e.g. "YlGnBu"
  PaletteKind kind = PaletteKind::Sequential;
  bool reversed = false;
  std::vector<Rgb> colours;  // one per class, lowest class first (after reversal)
  Suitability colour_blind = Suitability::Bad;
  Suitability print = Suitability::Bad;

  bool colour_blind_safe() const { return colour_blind == Suitability::Ok; }
  bool print_safe() const { return print == Suitability::Ok; }
};

// Canonical names of every available scheme, sequential first.
std::vector<std::string> palette_names();
std::vector<std::string> palette_names(PaletteKind kind);

// The scheme `name` (case-insensitive) for `classes` (2..9) classes.
// Throws steppe::Error naming the available schemes when `name` is unknown,
// or the allowed range when `classes` is out of it.
Palette make_palette(std::string_view name, int classes, bool reversed = false);

// Fill for regions with no value; never part of any scheme above.
Rgb no_data_colour();
// Colour of the diagonal hatch lines drawn over no-data regions.
Rgb no_data_hatch_colour();
// No-data regions are always drawn hatched (legend swatch too).
inline constexpr bool kNoDataHatched = true;

} // namespace steppe
