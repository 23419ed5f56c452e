// Export size presets (export/export_presets) and the remembered choice (ui/export_settings).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "export/export_presets.hpp"
#include "ui/export_settings.hpp"

using namespace steppe;

TEST_CASE("export presets: sizes and DPIs a presenter needs", "[export][presets]") {
  Camera window;
  window.width_px = 1200;
  window.height_px = 700;
  window.pixel_ratio = 1.5;
  auto sized = [&](std::string_view id) {
    const ExportPreset* p = find_export_preset(id);
    REQUIRE(p != nullptr);
    ExportOptions o;
    apply_export_preset(*p, window, o);
    return o;
  };
  const ExportOptions w = sized("window");
  CHECK(w.resolved_width_px() == 1200);
  CHECK(w.resolved_height_px() == 700);
  CHECK(w.dpi == Approx(144));
  const ExportOptions hd = sized("1920x1080");
  CHECK(hd.resolved_width_px() == 1920);
  CHECK(hd.dpi == Approx(96));
  const ExportOptions uhd = sized("3840x2160");
  CHECK(uhd.resolved_height_px() == 2160);
  CHECK(uhd.dpi == Approx(default_dpi_for_pixels(3840, 2160))); // type scales with the canvas
  const ExportOptions slide = sized("slide-16x9");
  CHECK(slide.resolved_width_px() == 1920);
  CHECK(slide.resolved_height_px() == 1080);
  CHECK(slide.dpi == Approx(144)); // room-size type
  const ExportOptions a4 = sized("a4-300");
  CHECK(a4.resolved_width_px() == 3508);
  CHECK(a4.resolved_height_px() == 2480);
  const ExportOptions a3 = sized("a3-300");
  CHECK(a3.resolved_width_px() == 4961);
  CHECK(a3.resolved_height_px() == 3508);
  CHECK(find_export_preset("letter") == nullptr);
  // Custom kinds leave the options to the typed fields.
  ExportOptions custom;
  custom.width_px = 777;
  apply_export_preset(*find_export_preset("custom-px"), window, custom);
  CHECK(custom.width_px == 777);
}

TEST_CASE("the CLI's DPI rule for pixel sizes", "[export][presets]") {
  CHECK(default_dpi_for_pixels(1920, 1080) == Approx(96));
  CHECK(default_dpi_for_pixels(800, 600) == Approx(96)); // never below 96
  CHECK(default_dpi_for_pixels(3840, 2160) == Approx(192));
  CHECK(default_dpi_for_pixels(3840, 1080) == Approx(96)); // the smaller factor
  CHECK(default_dpi_for_pixels(2880, 2160) == Approx(144));
}

TEST_CASE("the last export preset is remembered in the XDG config folder", "[ui][presets]") {
  const std::filesystem::path dir = std::filesystem::path(STEPPE_TEST_OUTPUT_DIR) / "xdg-presets";
  std::filesystem::remove_all(dir);
  const std::filesystem::path file = dir / "steppe" / "export.toml";
  CHECK_FALSE(ui::load_export_preset(file).has_value()); // no file yet
  ui::save_export_preset(file, "a4-300");
  CHECK(ui::load_export_preset(file) == std::optional<std::string>("a4-300"));
  ui::save_export_preset(file, "slide-16x9");
  CHECK(ui::load_export_preset(file) == std::optional<std::string>("slide-16x9"));
  CHECK_THROWS(ui::save_export_preset(file, "letter"));
  {
    std::ofstream damaged(file);
    damaged << "preset = \"from-a-newer-version\"\n";
  }
  CHECK_FALSE(ui::load_export_preset(file).has_value());

  setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
  CHECK(ui::export_settings_path() == std::optional<std::filesystem::path>(file));
  setenv("XDG_CONFIG_HOME", "relative/ignored", 1); // the spec wants an absolute path
  const char* home = std::getenv("HOME");
  if (home != nullptr) CHECK(ui::export_settings_path() == std::filesystem::path(home) / ".config/steppe/export.toml");
  unsetenv("XDG_CONFIG_HOME");
}
