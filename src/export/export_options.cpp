#include "export/export_options.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/error.hpp"

namespace steppe {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

double parse_positive(const std::string& text, std::string_view whole) {
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || !(v > 0) || !std::isfinite(v)) {
    throw Error("paper size '" + std::string(whole) +
                "' is not WIDTHxHEIGHT with a unit, e.g. 297x210mm or 11x8.5in");
  }
  return v;
}

void check_pixels(double px, const char* what) {
  if (!(px >= kMinExportPixels && px <= kMaxExportPixels)) { // in double: no int overflow, NaN fails
    char shown[64];
    std::snprintf(shown, sizeof shown, "%.0f", px);
    throw Error(std::string("export ") + what + " of " + shown + " pixels is outside " +
                std::to_string(kMinExportPixels) + ".." + std::to_string(kMaxExportPixels) +
                "; choose a smaller size or DPI");
  }
}

int to_pixels(double mm, double dpi, const char* what) {
  const double px = std::round(mm / 25.4 * dpi);
  check_pixels(px, what);
  return static_cast<int>(px);
}

} // namespace

std::string_view to_string(ExportFormat format) {
  switch (format) {
  case ExportFormat::Png: return "png";
  case ExportFormat::Svg: return "svg";
  case ExportFormat::Pdf: return "pdf";
  }
  return "png";
}

ExportFormat export_format_for(const std::filesystem::path& path) {
  const std::string ext = lower(path.extension().string());
  if (ext == ".png") return ExportFormat::Png;
  if (ext == ".svg") return ExportFormat::Svg;
  if (ext == ".pdf") return ExportFormat::Pdf;
  throw Error("cannot tell the export format of '" + path.string() +
              "': the file name must end in .png, .svg or .pdf");
}

PhysicalSize parse_physical_size(std::string_view text) {
  std::string s;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "\xC3\x97") { // '×'
      s += 'x';
      ++i;
    } else if (text[i] != ' ') {
      s += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    }
  }
  double unit_mm = 0;
  if (s.size() > 2 && s.ends_with("mm")) unit_mm = 1.0;
  else if (s.size() > 2 && s.ends_with("cm")) unit_mm = 10.0;
  else if (s.size() > 2 && s.ends_with("in")) unit_mm = 25.4;
  if (unit_mm == 0) {
    throw Error("paper size '" + std::string(text) +
                "' needs a unit: mm, cm or in (e.g. 297x210mm or 11x8.5in)");
  }
  s.resize(s.size() - 2);
  const std::size_t x = s.find('x');
  if (x == std::string::npos) {
    throw Error("paper size '" + std::string(text) +
                "' is not WIDTHxHEIGHT with a unit, e.g. 297x210mm or 11x8.5in");
  }
  return {parse_positive(s.substr(0, x), text) * unit_mm, parse_positive(s.substr(x + 1), text) * unit_mm};
}

int ExportOptions::resolved_width_px() const {
  if (!(dpi >= 10 && dpi <= 2400)) throw Error("export DPI " + std::to_string(dpi) + " is outside 10..2400");
  const int px = physical ? to_pixels(physical->width_mm, dpi, "width") : width_px;
  check_pixels(px, "width");
  return px;
}

int ExportOptions::resolved_height_px() const {
  if (!(dpi >= 10 && dpi <= 2400)) throw Error("export DPI " + std::to_string(dpi) + " is outside 10..2400");
  const int px = physical ? to_pixels(physical->height_mm, dpi, "height") : height_px;
  check_pixels(px, "height");
  return px;
}

double default_dpi_for_pixels(int width_px, int height_px) {
  const double scale = std::min(width_px / 1920.0, height_px / 1080.0);
  return 96.0 * std::max(1.0, scale);
}

} // namespace steppe
