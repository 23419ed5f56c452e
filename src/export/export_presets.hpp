#pragma once
// Export sizes a presenter picks from instead of typing pixels: the window's
// own size, Full HD, 4K (type scaled with the canvas, export_options'
// default_dpi_for_pixels), a 16:9 slide (13.33 x 7.5 in, PowerPoint's
// widescreen page, at 144 dpi = 1920 x 1080 with room-size type), A4 and A3
// landscape at 300 dpi, or custom pixels / paper. Shared by the window's export
// panel; `id` is what the window remembers between sessions.
#include <span>
#include <string_view>

#include "core/camera.hpp"
#include "export/export_options.hpp"

namespace steppe {

enum class ExportPresetKind { Window, Pixels, Paper, CustomPixels, CustomPaper };

struct ExportPreset {
  std::string_view id;
  std::string_view label; // "中文 English"
  ExportPresetKind kind = ExportPresetKind::Window;
  int width_px = 0, height_px = 0; // Pixels
  PhysicalSize paper{};            // Paper
  double dpi = 96;                 // Pixels, Paper
};

std::span<const ExportPreset> export_presets();
// nullptr for an unknown id.
const ExportPreset* find_export_preset(std::string_view id);

// Sets the size and DPI of `options` for a fixed preset (Window: the view's
// size at its pixel ratio; Pixels; Paper). Custom kinds leave `options` as it
// is (the caller fills the fields the presenter typed).
void apply_export_preset(const ExportPreset& preset, const Camera& window_view, ExportOptions& options);

} // namespace steppe
