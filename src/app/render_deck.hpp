#pragma once
// `steppe render --deck FILE --out OUT`: every view of a deck, as one PDF page
// each (OUT ends in .pdf) or as numbered PNGs in the folder OUT.
// `steppe render --view FILE --out OUT`: one saved view (a [view] table, the
// format of a deck's [[view]]) as its slide, to one PNG, SVG or PDF.
#include <optional>
#include <string>

namespace steppe::app {

struct DeckRenderOptions {
  std::string deck, out;
  std::string view; // --view FILE instead of --deck: one page to `out`
  // Unset: a 16:9 slide, 1920 x 1080 px (a PDF: 338.7 x 190.5 mm at 144 dpi).
  std::optional<int> width, height;
  std::optional<double> dpi;
  std::string size; // physical, e.g. "297x210mm"
  std::string data; // a user boundary file instead of the built-in atlas
  bool notes = false; // --notes: presenter notes under each page / beside each PNG
  std::string theme;  // --theme: standard or projector (empty: the deck's)
};

// Returns the exit code; throws steppe::Error (kFailure) for bad decks or files.
int render_deck(const DeckRenderOptions& options);

} // namespace steppe::app
