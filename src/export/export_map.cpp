#include "export/export_map.hpp"

#include <unistd.h>

#include <optional>
#include <system_error>

#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"
#include "export/raster_export.hpp"
#include "export/vector_export.hpp"
#include "render/offscreen_context.hpp"

namespace steppe {

namespace {

Rgba8 rgba(Rgb c) { return {c.r, c.g, c.b, 255}; }

// The temporary file next to the target, so the final rename stays on one file system.
std::filesystem::path temp_path_for(const std::filesystem::path& out) {
  std::filesystem::path tmp = out;
  tmp += ".steppe-tmp-" + std::to_string(::getpid());
  return tmp;
}

void check_folder(const std::filesystem::path& out) {
  const std::filesystem::path folder = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw Error("cannot export to " + out.string() + ": the folder " + folder.string() +
                " does not exist; create it or choose another path");
  }
  if (std::filesystem::is_directory(out, ec)) {
    throw Error("cannot export to " + out.string() + ": it is a folder; give a file name ending in ." +
                std::string(to_string(export_format_for(out))));
  }
}

} // namespace

void apply_choropleth(ExportScene& scene, const Choropleth& choropleth) {
  scene.region_colours.clear();
  for (const Rgb& c : choropleth.fill_by_region) scene.region_colours.push_back(rgba(c));
  scene.region_patterns = choropleth.pattern_by_region;
  scene.legend = &choropleth.legend;
  scene.labels.carries_data = carries_data_of(choropleth);
}

std::vector<std::uint8_t> carries_data_of(const Choropleth& choropleth) {
  std::vector<std::uint8_t> out(choropleth.state_by_region.size(), 0);
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = choropleth.state_by_region[i] == RegionDataState::Value ? 1 : 0;
  }
  return out;
}

void apply_point_layer(ExportScene& scene, const PointLayer& points) {
  scene.points = &points;
  scene.legend = &points.legend;
}

ExportResult export_map(const ExportOptions& options, const ExportScene& scene, const ProgressCallback& progress) {
  const ExportFormat format = options.format();
  (void)options.resolved_width_px();
  (void)options.resolved_height_px();
  check_folder(options.out);
  if (progress && !progress(0.0, "preparing")) throw ExportCancelled("export cancelled");

  // Label placement needs no GL: the layer only measures text.
  std::optional<OffscreenContext> context;
  if (format == ExportFormat::Png && !scene.render_in_current_context) context.emplace();
  const LabelLayer labels(*scene.atlas, *scene.projection);
  const cairo::PangoMeasure measure;
  const Composition composition = compose_export(options, scene, labels, measure);

  ExportResult result;
  result.path = options.out;
  result.format = format;
  result.width_px = composition.width_px;
  result.height_px = composition.height_px;
  result.width_pt = composition.width_px * 72.0 / composition.dpi;
  result.height_pt = composition.height_px * 72.0 / composition.dpi;
  result.warnings = composition.warnings;

  const std::filesystem::path tmp = temp_path_for(options.out);
  try {
    if (format == ExportFormat::Png) {
      result.tiles = write_png_export(tmp, composition, scene, options.max_tile_px, progress);
    } else {
      write_vector_export(tmp, format, composition, scene, progress);
    }
    std::error_code ec;
    std::filesystem::rename(tmp, options.out, ec);
    if (ec) throw Error("cannot move the finished file into place: " + ec.message());
  } catch (const ExportCancelled&) {
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    throw;
  } catch (const std::exception& e) {
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    throw Error("export to " + options.out.string() + " failed: " + e.what());
  }
  if (progress) progress(1.0, "done");
  return result;
}

} // namespace steppe
