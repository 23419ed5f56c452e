#pragma once
// Turns saved views (core/map_view) into what is drawn — projected frame,
// choropleth colours, selection outlines, label language — and exports a
// whole deck: one multi-page PDF (a page per view, through the export
// composition and Cairo) or a numbered PNG series DIR/01-<slug>.png ...
// Used by `steppe render --deck` and the window's deck panel; the
// presentation mode uses ViewResolver to show the same views on screen.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/callout.hpp"
#include "core/choropleth.hpp"
#include "core/indicator.hpp"
#include "core/map_view.hpp"
#include "core/point_layer.hpp"
#include "core/topic_map.hpp"
#include "export/export_map.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "render/label_layer.hpp"

namespace steppe {

LabelLanguage label_language(ViewLabels labels);
ViewLabels view_labels(LabelLanguage language);

// A view ready to draw.
struct ResolvedView {
  Bounds frame;                              // projected metres to fit in the viewport
  std::optional<Choropleth> choropleth;      // when the view has a region indicator
  std::optional<PointLayer> points;          // when it has a point indicator (parks, data centres)
  std::vector<Rgba8> region_colours;         // per Atlas::regions index; empty: plain map
  std::vector<std::uint8_t> region_patterns; // no-data hatch, selection outlines
  std::vector<CalloutText> callouts;         // a one- or two-place indicator (core/map_visual), or a topic's
  std::optional<TopicMap> topic;             // a topic view (core/topic_map): its legend
  std::vector<Annotation> annotations;       // the view's own marks (core/annotation)
  LabelLanguage language = LabelLanguage::Zh;

  // The choropleth's or the point layer's legend; nullptr for a plain map.
  const Legend* legend() const {
    return choropleth ? &choropleth->legend : points ? &points->legend : topic ? &topic->legend : nullptr;
  }
};

// Projected bounds of a lon/lat box (its edges sampled, as they curve).
Bounds project_lonlat_box(const Bounds& lonlat, const Projection& projection);
// The lon/lat box that frames `world` (projected) again: project_lonlat_box of
// the result is `world` as near as a few corrections get it. (The lon/lat
// envelope of world's corners frames far more: meridians and parallels curve,
// so a window's view saved that way came back zoomed out on its slide.)
Bounds lonlat_box_framing(const Bounds& world, const Projection& projection);

class ViewResolver {
public:
  // The references must outlive the resolver.
  ViewResolver(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
               std::filesystem::path indicator_dir);

  // Throws steppe::Error naming the view (by its 1-based number and title) for
  // unknown indicators or region codes and classifications the data cannot take.
  ResolvedView resolve(const MapView& view, ViewLabels labels, std::size_t number) const;

private:
  const Indicator& indicator(const std::string& id, const std::string& where) const;
  // Outlines the view's selected regions (keeping any no-data hatch).
  ResolvedView with_selection(ResolvedView r, const MapView& view, const std::string& where) const;

  const Atlas& atlas_;
  const Projection& projection_;
  const MapGeometry& geometry_;
  std::filesystem::path indicator_dir_;
  mutable std::map<std::string, Indicator> cache_;
  mutable std::optional<std::vector<Indicator>> all_; // every indicator, read once for topic views
};

// A deck's page is a slide: 16:9 by default (1920 × 1080 px; a PDF page of
// 338.7 × 190.5 mm at 144 dpi), with room-size type. The presentation (F5)
// draws the same composition at the screen's size, so handouts are the slides.
inline constexpr int kSlideWidthPx = 1920, kSlideHeightPx = 1080;
inline constexpr double kSlidePdfDpi = 144; // 1920 px = 338.7 mm
// Pixel ratio of a slide 1920 px wide: the title is 42 px, league labels 22 px,
// banner labels 19 px there (legible from the back of a room).
inline constexpr double kSlidePixelRatioAt1920 = 1.75;
// No map label line on a 1920 × 1080 slide is smaller than this (px); the
// title is 24 × 1.75 = 42 px.
inline constexpr double kSlideMinLabelPxAt1080 = 18;

// The type scale that gives a page `width_px` wide at `dpi` the slide's
// proportions (pixel ratio 1.75 × width / 1920).
double slide_type_scale(int width_px, double dpi);

struct DeckExportOptions {
  std::filesystem::path out;  // "*.pdf": one file; anything else: a folder of PNGs
  int width_px = kSlideWidthPx; // page / image size (PDF: at dpi)
  int height_px = kSlideHeightPx;
  double dpi = 96;
  std::optional<PhysicalSize> physical;
  // Presenter notes in the handout (export/handout_notes): a PDF page is the
  // slide with the view's notes in a band under it; a PNG folder gets a text
  // file NN-slug.txt (number, title, notes) beside each NN-slug.png.
  bool notes = false;
  std::optional<PageTheme> theme; // unset: the deck's own (`theme = ...`, else standard)
};

struct DeckExportResult {
  std::vector<std::filesystem::path> files; // the PDF, or the PNGs in deck order
  int pages = 0;
  std::vector<std::string> warnings;
};

// The page options of view `index` (title, subtitle, credits, size, view
// camera, slide type scale): a handout page and a slide are both this.
ExportOptions view_export_options(const Deck& deck, std::size_t index, const ResolvedView& resolved,
                                  const DeckExportOptions& options, const std::filesystem::path& out);

// A view's notes as the text file beside its PNG page: "N. title", the
// subtitle, a blank line, the notes ("(no notes)" when it has none).
std::string notes_text(const Deck& deck, std::size_t index);

// What view `r` draws: its paint, legend, points and data regions, dressed
// in `theme` (export/page_theme_style).
ExportScene slide_scene(const ResolvedView& r, const Atlas& atlas, const Projection& projection,
                        const MapGeometry& geometry, PageTheme theme = PageTheme::Standard);

// Exports every view of the deck. progress gets (views done / views, stage).
// A PDF is written to a temporary file and renamed into place when complete;
// PNGs are rendered into a temporary folder and moved in together once all
// are done, and pages an older export listed there are removed
// (io/safe_output.hpp). Throws steppe::Error naming the view.
DeckExportResult export_deck(const Deck& deck, const ViewResolver& resolver, const Atlas& atlas,
                             const Projection& projection, const MapGeometry& geometry,
                             const DeckExportOptions& options, const ProgressCallback& progress = {});

} // namespace steppe
