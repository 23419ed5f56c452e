#pragma once
// `steppe render --deck FILE --out OUT`: every view of a deck, as one PDF page
// each (OUT ends in .pdf) or as numbered PNGs in the folder OUT.
#include <string>

namespace steppe::app {

struct DeckRenderOptions {
  std::string deck, out;
  int width = 1600, height = 1000;
  double dpi = 96;
  std::string size; // physical, e.g. "297x210mm"
  std::string data; // a user boundary file instead of the built-in atlas
};

// Returns the exit code; throws steppe::Error (kFailure) for bad decks or files.
int render_deck(const DeckRenderOptions& options);

} // namespace steppe::app
