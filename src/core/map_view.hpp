#pragma once
// A prepared map view (what a presenter saves to show again) and a deck (an
// ordered list of views). Pure data: io/view_file and io/deck_file read and
// write them as TOML (decks/README.md), export/deck_export renders them and
// ui/presentation_mode shows them full screen.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.hpp"
#include "core/choropleth.hpp"
#include "core/geometry.hpp"
#include "core/page_theme.hpp"

namespace steppe {

// Label languages as the view stores them (render/LabelLanguage has the same four).
enum class ViewLabels { Zh, En, Both, None };
std::string_view to_string(ViewLabels labels);
// "zh", "en", "both", "none" (exact, lower case); nullopt otherwise.
std::optional<ViewLabels> parse_view_labels(std::string_view text);

// What a view frames. The lon/lat box (degrees, x = lon, y = lat) is stored
// rather than projected metres, so a view survives a change of projection.
struct ViewExtent {
  std::string region_code;     // frame this region (GB/T 2260 code)
  std::optional<Bounds> lonlat; // or this box
  // Neither: the whole atlas.
  bool whole_atlas() const { return region_code.empty() && !lonlat; }
};
bool same_extent(const ViewExtent& a, const ViewExtent& b);

struct MapView {
  std::string title, subtitle, notes;
  std::string indicator;               // indicator id; empty: plain map
  std::string topic;                   // or every shipped figure on a subject (core/topic_map): "算力,智算"
  ChoroplethSpec classification;       // empty fields: the indicator's own
  ViewExtent extent;
  std::vector<std::string> selection;  // region codes drawn highlighted
  std::optional<ViewLabels> labels;    // unset: the deck's
  std::vector<Annotation> annotations; // the presenter's marks (core/annotation)
  bool locator = false;                // `locator = true`: the inset of the region within China
};

bool same_view(const MapView& a, const MapView& b);

struct Deck {
  std::string title;
  std::string credits;                // bottom-right line on every page (e.g. 审图号)
  ViewLabels labels = ViewLabels::Zh; // for views that set none
  PageTheme theme = PageTheme::Standard; // `theme = "projector"`: every page dressed for a room
  std::vector<MapView> views;

  ViewLabels labels_of(const MapView& view) const { return view.labels.value_or(labels); }
};

bool same_deck(const Deck& a, const Deck& b);

// A file-name-safe ASCII slug of the view ("tongliao-coal-by-banner"): from the
// title's ASCII words, else the indicator id, else "view".
std::string view_slug(const MapView& view);
// "01-<slug>" for the view at `index` (0-based) of a deck of `count` views
// (two digits, three from 100 views on).
std::string numbered_slug(const MapView& view, std::size_t index, std::size_t count);

} // namespace steppe
