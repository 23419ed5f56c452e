#include "export/export_presets.hpp"

#include <array>

namespace steppe {
namespace {

constexpr std::array<ExportPreset, 8> kPresets{{
    {"window", "窗口 Window", ExportPresetKind::Window, 0, 0, {}, 96},
    {"1920x1080", "1920 × 1080", ExportPresetKind::Pixels, 1920, 1080, {}, 96},
    {"3840x2160", "3840 × 2160 4K", ExportPresetKind::Pixels, 3840, 2160, {}, 192},
    {"slide-16x9", "16:9 幻灯片 slide", ExportPresetKind::Paper, 0, 0, {338.6666666666667, 190.5}, 144},
    {"a4-300", "A4 横 300 dpi", ExportPresetKind::Paper, 0, 0, {297, 210}, 300},
    {"a3-300", "A3 横 300 dpi", ExportPresetKind::Paper, 0, 0, {420, 297}, 300},
    {"custom-px", "自定像素 Custom px", ExportPresetKind::CustomPixels, 0, 0, {}, 96},
    {"custom-paper", "自定纸张 Custom paper", ExportPresetKind::CustomPaper, 0, 0, {}, 300},
}};

} // namespace

std::span<const ExportPreset> export_presets() { return kPresets; }

const ExportPreset* find_export_preset(std::string_view id) {
  for (const ExportPreset& p : kPresets) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

void apply_export_preset(const ExportPreset& preset, const Camera& window_view, ExportOptions& options) {
  switch (preset.kind) {
  case ExportPresetKind::Window:
    options.physical.reset();
    options.width_px = window_view.width_px;
    options.height_px = window_view.height_px;
    options.dpi = 96.0 * (window_view.pixel_ratio > 0 ? window_view.pixel_ratio : 1.0);
    break;
  case ExportPresetKind::Pixels:
    options.physical.reset();
    options.width_px = preset.width_px;
    options.height_px = preset.height_px;
    options.dpi = preset.dpi;
    break;
  case ExportPresetKind::Paper:
    options.physical = preset.paper;
    options.dpi = preset.dpi;
    break;
  case ExportPresetKind::CustomPixels:
  case ExportPresetKind::CustomPaper:
    break;
  }
}

} // namespace steppe
