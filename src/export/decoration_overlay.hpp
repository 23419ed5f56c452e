#pragma once
// The export's decorations — title block, footer, legend, scale bar, north
// arrow — alone on a transparent canvas, drawn by the same layout and Cairo
// code export_map paints over the map. The window lays this image over its
// map (render/overlay_image), so the screen and an export of the same view
// show the same pixels.
#include <vector>

#include "export/export_map.hpp"
#include "export/page_composition.hpp"
#include "render/image.hpp"
#include "render/label_layer.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

struct DecorationOverlay {
  Image image;                 // premultiplied RGBA, rows top first, transparent off the decorations
  std::vector<TextItem> labels; // the map labels as the export places them (none under a panel), canvas px
  Bounds legend_px;             // the legend panel, canvas px (invalid: no legend)
  Camera camera;                // the composition's camera for the whole canvas (draw the map with it)
  MapStyle style;               // the composition's map style (hatch spacing snapped to whole pixels)
};

// For options' canvas (resolved size, dpi, view, language; options.out is
// ignored). No GL needed. Throws steppe::Error as export_map does for a bad
// scene or size.
DecorationOverlay render_decoration_overlay(const ExportOptions& options, const ExportScene& scene,
                                            const LabelLayer& labels);

// A page of panes' decorations — each pane's title block, legend, scale bar
// and north arrow at its box, then the page's own — on a transparent canvas of
// the page's size (premultiplied RGBA), as the PNG writer paints them.
Image page_decorations_image(const PageComposition& page);

} // namespace steppe
