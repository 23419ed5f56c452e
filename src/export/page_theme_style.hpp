#pragma once
// What the projector theme (core/page_theme) changes on a page, applied to
// the scene before it is composed, so the window's F5, PNG, SVG and PDF dress
// it alike: darker and heavier borders (banners, leagues, the outline), a
// darker no-data hatch, black labels with an opaque halo, and larger labels
// (leagues 18, banners 14 logical px instead of 16 and 12: at a 1080p slide's
// pixel ratio of 1.75, a banner name is 24 px, a shrunk league name 22 px).
// The choropleth palette is left as chosen (legend and map must agree).
#include "core/page_theme.hpp"
#include "export/export_map.hpp"

namespace steppe {

void apply_page_theme(ExportScene& scene, PageTheme theme);

// The pieces, for callers that hold a style and label options of their own.
MapStyle themed_style(MapStyle style, PageTheme theme);
LabelOptions themed_labels(LabelOptions labels, PageTheme theme);

} // namespace steppe
