#pragma once
// What to export, filled alike by the window's export dialog and `steppe render`:
// one struct, one code path (export_map) for PNG, SVG and PDF.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/camera.hpp"
#include "render/label_layer.hpp"

namespace steppe {

enum class ExportFormat { Png, Svg, Pdf };
std::string_view to_string(ExportFormat format);
// From the extension (.png/.svg/.pdf, any case); throws steppe::Error otherwise.
ExportFormat export_format_for(const std::filesystem::path& path);

// A physical page size, e.g. A4 landscape 297 × 210 mm.
struct PhysicalSize {
  double width_mm = 0;
  double height_mm = 0;
};
// "297x210mm", "11x8.5in", "297×210 mm"; throws steppe::Error naming the text otherwise.
PhysicalSize parse_physical_size(std::string_view text);

struct ExportOptions {
  std::filesystem::path out; // .png, .svg or .pdf: the format follows the extension

  // Size: pixels, or (when `physical` is set) millimetres at `dpi`.
  int width_px = 1600;
  int height_px = 1200;
  std::optional<PhysicalSize> physical;
  // Resolution: lines, symbols and text scale by dpi/96 (pixel_ratio), so a
  // 300-DPI export looks like the screen, only sharper. For SVG/PDF it sets
  // how many pixels make an inch (the page size in points).
  double dpi = 96;
  // Type scale for where the page is seen: 1 for a screen or print; slides
  // and deck pages are set larger, for the back of a room (deck_export's
  // slide_type_scale). Lines, symbols and text scale by pixel_ratio().
  double type_scale = 1.0;

  // The screen view to reproduce: its visible extent (centre, units_per_px,
  // width_px, height_px) is framed in the export's map area at the export's
  // aspect ratio (more map shows on the longer side). pixel_ratio is ignored.
  // Unset: the whole atlas.
  std::optional<Camera> view;
  // As in the window: the view is framed in the whole canvas (the title band
  // and footer lie over the map), so an export of the window's size and view
  // has the window's camera. False: framed in the map area between them.
  bool view_fills_canvas = false;

  LabelLanguage language = LabelLanguage::Zh;
  std::string title;    // top-left, large; empty: none
  std::string subtitle; // under the title
  std::string credits;  // bottom-right, e.g. "审图号：蒙S(2023)001号"
  std::string source;   // bottom-left provenance line; empty: the legend's source_line if any
  bool source_from_legend = true; // false: an empty `source` stays empty (a pane of a page)
  double title_size = 24;         // the title's em size, logical px (a pane's title is smaller)
  bool show_legend = true;
  bool show_scale_bar = true;
  bool show_north_arrow = true;
  // The locator inset (Inner Mongolia within China, export/locator_draw) in a
  // corner of the map box that hides no data; off unless asked for.
  bool show_locator = false;

  // Raster only: the largest tile edge in pixels (0 = automatic: the GL limits
  // and a memory-sensible 4096). Tests force small tiles.
  int max_tile_px = 0;

  ExportFormat format() const { return export_format_for(out); }
  double pixel_ratio() const { return dpi / 96.0 * type_scale; }
  // The output size in pixels (from `physical` and `dpi` when set), validated:
  // throws steppe::Error for sizes outside 16..kMaxExportPixels or a bad DPI.
  int resolved_width_px() const;
  int resolved_height_px() const;
};

// The DPI of a pixel-sized export when none is asked for: type and lines grow
// with the canvas beyond Full HD, so a 3840x2160 map reads like a 1920x1080 one,
// only sharper: dpi = 96 x max(1, min(width / 1920, height / 1080)).
double default_dpi_for_pixels(int width_px, int height_px);

inline constexpr int kMinExportPixels = 16;
inline constexpr int kMaxExportPixels = 16384;

} // namespace steppe
