#include "core/palette.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/error.hpp"

// Colour values and ratings are ColorBrewer 2.0's (colorbrewer2.org), typed in.
// Rating digits per class count 3..9: 1 = ok, 2 = maybe, 0 = bad.

namespace steppe {

namespace {

struct Scheme {
  std::string_view name;
  PaletteKind kind;
  std::string_view blind;   // 7 digits, classes 3..9
  std::string_view print;   // 7 digits, classes 3..9
  std::array<std::string_view, 7> ramps; // classes 3..9, hex colours without '#'
};

constexpr PaletteKind kSeq = PaletteKind::Sequential;
constexpr PaletteKind kDiv = PaletteKind::Diverging;

const std::array<Scheme, 12> kSchemes{{
    {"Blues", kSeq, "1111111", "1200000",
     {"deebf7 9ecae1 3182bd",
      "eff3ff bdd7e7 6baed6 2171b5",
      "eff3ff bdd7e7 6baed6 3182bd 08519c",
      "eff3ff c6dbef 9ecae1 6baed6 3182bd 08519c",
      "eff3ff c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
      "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
      "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b"}},
    {"Greens", kSeq, "1111111", "1000000",
     {"e5f5e0 a1d99b 31a354",
      "edf8e9 bae4b3 74c476 238b45",
      "edf8e9 bae4b3 74c476 31a354 006d2c",
      "edf8e9 c7e9c0 a1d99b 74c476 31a354 006d2c",
      "edf8e9 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
      "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
      "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b"}},
    {"Oranges", kSeq, "1111111", "1200000",
     {"fee6ce fdae6b e6550d",
      "feedde fdbe85 fd8d3c d94701",
      "feedde fdbe85 fd8d3c e6550d a63603",
      "feedde fdd0a2 fdae6b fd8d3c e6550d a63603",
      "feedde fdd0a2 fdae6b fd8d3c f16913 d94801 8c2d04",
      "fff5eb fee6ce fdd0a2 fdae6b fd8d3c f16913 d94801 8c2d04",
      "fff5eb fee6ce fdd0a2 fdae6b fd8d3c f16913 d94801 a63603 7f2704"}},
    {"Reds", kSeq, "1111111", "1220000",
     {"fee0d2 fc9272 de2d26",
      "fee5d9 fcae91 fb6a4a cb181d",
      "fee5d9 fcae91 fb6a4a de2d26 a50f15",
      "fee5d9 fcbba1 fc9272 fb6a4a de2d26 a50f15",
      "fee5d9 fcbba1 fc9272 fb6a4a ef3b2c cb181d 99000d",
      "fff5f0 fee0d2 fcbba1 fc9272 fb6a4a ef3b2c cb181d 99000d",
      "fff5f0 fee0d2 fcbba1 fc9272 fb6a4a ef3b2c cb181d a50f15 67000d"}},
    {"Purples", kSeq, "1111111", "1000000",
     {"efedf5 bcbddc 756bb1",
      "f2f0f7 cbc9e2 9e9ac8 6a51a3",
      "f2f0f7 cbc9e2 9e9ac8 756bb1 54278f",
      "f2f0f7 dadaeb bcbddc 9e9ac8 756bb1 54278f",
      "f2f0f7 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
      "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
      "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d"}},
    {"YlOrBr", kSeq, "1111111", "1120000",
     {"fff7bc fec44f d95f0e",
      "ffffd4 fed98e fe9929 cc4c02",
      "ffffd4 fed98e fe9929 d95f0e 993404",
      "ffffd4 fee391 fec44f fe9929 d95f0e 993404",
      "ffffd4 fee391 fec44f fe9929 ec7014 cc4c02 8c2d04",
      "ffffe5 fff7bc fee391 fec44f fe9929 ec7014 cc4c02 8c2d04",
      "ffffe5 fff7bc fee391 fec44f fe9929 ec7014 cc4c02 993404 662506"}},
    {"YlGnBu", kSeq, "1111111", "1112220",
     {"edf8b1 7fcdbb 2c7fb8",
      "ffffcc a1dab4 41b6c4 225ea8",
      "ffffcc a1dab4 41b6c4 2c7fb8 253494",
      "ffffcc c7e9b4 7fcdbb 41b6c4 2c7fb8 253494",
      "ffffcc c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
      "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
      "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58"}},
    {"OrRd", kSeq, "1111111", "1100000",
     {"fee8c8 fdbb84 e34a33",
      "fef0d9 fdcc8a fc8d59 d7301f",
      "fef0d9 fdcc8a fc8d59 e34a33 b30000",
      "fef0d9 fdd49e fdbb84 fc8d59 e34a33 b30000",
      "fef0d9 fdd49e fdbb84 fc8d59 ef6548 d7301f 990000",
      "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f 990000",
      "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f b30000 7f0000"}},
    {"RdBu", kDiv, "1111111", "1111000",
     {"ef8a62 f7f7f7 67a9cf",
      "ca0020 f4a582 92c5de 0571b0",
      "ca0020 f4a582 f7f7f7 92c5de 0571b0",
      "b2182b ef8a62 fddbc7 d1e5f0 67a9cf 2166ac",
      "b2182b ef8a62 fddbc7 f7f7f7 d1e5f0 67a9cf 2166ac",
      "b2182b d6604d f4a582 fddbc7 d1e5f0 92c5de 4393c3 2166ac",
      "b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac"}},
    {"BrBG", kDiv, "1111111", "1111000",
     {"d8b365 f5f5f5 5ab4ac",
      "a6611a dfc27d 80cdc1 018571",
      "a6611a dfc27d f5f5f5 80cdc1 018571",
      "8c510a d8b365 f6e8c3 c7eae5 5ab4ac 01665e",
      "8c510a d8b365 f6e8c3 f5f5f5 c7eae5 5ab4ac 01665e",
      "8c510a bf812d dfc27d f6e8c3 c7eae5 80cdc1 35978f 01665e",
      "8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e"}},
    {"PuOr", kDiv, "1111111", "1122000",
     {"f1a340 f7f7f7 998ec3",
      "e66101 fdb863 b2abd2 5e3c99",
      "e66101 fdb863 f7f7f7 b2abd2 5e3c99",
      "b35806 f1a340 fee0b6 d8daeb 998ec3 542788",
      "b35806 f1a340 fee0b6 f7f7f7 d8daeb 998ec3 542788",
      "b35806 e08214 fdb863 fee0b6 d8daeb b2abd2 8073ac 542788",
      "b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788"}},
    {"RdYlBu", kDiv, "1111111", "1111200",
     {"fc8d59 ffffbf 91bfdb",
      "d7191c fdae61 abd9e9 2c7bb6",
      "d7191c fdae61 ffffbf abd9e9 2c7bb6",
      "d73027 fc8d59 fee090 e0f3f8 91bfdb 4575b4",
      "d73027 fc8d59 fee090 ffffbf e0f3f8 91bfdb 4575b4",
      "d73027 f46d43 fdae61 fee090 e0f3f8 abd9e9 74add1 4575b4",
      "d73027 f46d43 fdae61 fee090 ffffbf e0f3f8 abd9e9 74add1 4575b4"}},
}};

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1; // the table is lower-case by construction
}

std::uint8_t hex_byte(std::string_view s) {
  return static_cast<std::uint8_t>(hex_digit(s[0]) * 16 + hex_digit(s[1]));
}

std::vector<Rgb> parse_ramp(std::string_view ramp) {
  std::vector<Rgb> out;
  for (std::size_t i = 0; i + 6 <= ramp.size(); i += 7) {
    out.push_back({hex_byte(ramp.substr(i, 2)), hex_byte(ramp.substr(i + 2, 2)),
                   hex_byte(ramp.substr(i + 4, 2))});
  }
  return out;
}

Suitability rating(char digit) {
  switch (digit) {
  case '1': return Suitability::Ok;
  case '2': return Suitability::Maybe;
  default: return Suitability::Bad;
  }
}

std::string joined_names() {
  std::string out;
  for (const auto& s : kSchemes) {
    if (!out.empty()) out += ", ";
    out += s.name;
  }
  return out;
}

} // namespace

std::string to_hex(Rgb colour) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out = "#";
  for (std::uint8_t v : {colour.r, colour.g, colour.b}) {
    out.push_back(digits[v >> 4]);
    out.push_back(digits[v & 0x0f]);
  }
  return out;
}

std::string_view to_string(PaletteKind kind) {
  return kind == PaletteKind::Sequential ? "sequential" : "diverging";
}

std::vector<std::string> palette_names() {
  std::vector<std::string> out;
  for (const auto& s : kSchemes) out.emplace_back(s.name);
  return out;
}

std::vector<std::string> palette_names(PaletteKind kind) {
  std::vector<std::string> out;
  for (const auto& s : kSchemes) {
    if (s.kind == kind) out.emplace_back(s.name);
  }
  return out;
}

Palette make_palette(std::string_view name, int classes, bool reversed) {
  const Scheme* scheme = nullptr;
  for (const auto& s : kSchemes) {
    if (iequals(s.name, name)) scheme = &s;
  }
  if (scheme == nullptr) {
    throw Error("unknown colour scheme '" + std::string(name) + "'; available: " +
                joined_names() + " (names are case-insensitive; ask for reversed to flip one)");
  }
  if (classes < kMinPaletteClasses || classes > kMaxPaletteClasses) {
    throw Error("colour scheme " + std::string(scheme->name) + " has " +
                std::to_string(kMinPaletteClasses) + " to " + std::to_string(kMaxPaletteClasses) +
                " classes; " + std::to_string(classes) + " were asked for");
  }
  // Two classes take the two ends of the 3-class scheme (ColorBrewer starts at 3).
  const int ramp_classes = classes < 3 ? 3 : classes;
  const auto idx = static_cast<std::size_t>(ramp_classes - 3);
  Palette p;
  p.name = std::string(scheme->name);
  p.kind = scheme->kind;
  p.reversed = reversed;
  p.colour_blind = rating(scheme->blind[idx]);
  p.print = rating(scheme->print[idx]);
  p.colours = parse_ramp(scheme->ramps[idx]);
  if (classes == 2) p.colours = {p.colours.front(), p.colours.back()};
  if (reversed) std::reverse(p.colours.begin(), p.colours.end());
  return p;
}

Rgb no_data_colour() { return {0xcc, 0xcc, 0xcc}; }

Rgb no_data_hatch_colour() { return {0x80, 0x80, 0x80}; }

} // namespace steppe
