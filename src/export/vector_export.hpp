#pragma once
// The SVG and PDF writers: one Cairo surface in points (72 per inch, the
// canvas scaled by 72/dpi), the map as vectors, labels and decorations as text.
#include <cairo.h>

#include <filesystem>
#include <string>
#include <vector>

#include "export/export_composition.hpp"
#include "export/page_composition.hpp"

namespace steppe {

// One page of a vector export onto `cr` (whose units are points): paper,
// map, labels, point symbols and their labels, decorations. The single-page
// SVG/PDF and every page of a deck's PDF are drawn by this one function.
void draw_vector_page(cairo_t* cr, const Composition& composition, const ExportScene& scene,
                      const ProgressCallback& progress = {});

// A composition in canvas pixels onto `cr` as it stands (no page scaling):
// background, map, labels, points, decorations.
void draw_composition_vector(cairo_t* cr, const Composition& composition, const ExportScene& scene,
                             const ProgressCallback& progress = {});

// A page of several panes: each pane clipped to its box, then the page's decorations.
void draw_page_vector(cairo_t* cr, const PageComposition& page, const std::vector<const ExportScene*>& scenes,
                      const ProgressCallback& progress = {});
void write_page_vector(const std::filesystem::path& path, ExportFormat format, const PageComposition& page,
                       const std::vector<const ExportScene*>& scenes, const ProgressCallback& progress);

void write_vector_export(const std::filesystem::path& path, ExportFormat format, const Composition& composition,
                         const ExportScene& scene, const ProgressCallback& progress);

// Cairo's SVG draws text as glyph outlines (<symbol>/<use>), which no search or
// screen reader can read. This adds the map's title as <title>, subtitle and
// source as <desc>, and every label as an invisible (fill-opacity 0) <text> at
// its place, so the SVG carries the names as text. Exposed for tests.
std::string add_svg_text_layer(const std::string& svg, const Composition& composition,
                               const std::vector<TextItem>& labels);

} // namespace steppe
