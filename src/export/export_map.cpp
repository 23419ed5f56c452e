#include "export/export_map.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <system_error>

#include "core/phase_timings.hpp"
#include "core/region_paint.hpp"
#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"
#include "export/page_report.hpp"
#include "export/raster_export.hpp"
#include "export/vector_export.hpp"
#include "io/safe_output.hpp"
#include "render/choropleth_paint.hpp"
#include "render/offscreen_context.hpp"

namespace steppe {

namespace {

Rgba8 rgba(Rgb c) { return {c.r, c.g, c.b, 255}; }

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
  if (scene.atlas != nullptr) scene.data_regions = choropleth_data_regions(*scene.atlas, choropleth);
  scene.labels.carries_data = carries_data_of(choropleth);
}

ExportScene choropleth_scene(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
                             const Choropleth& choropleth) {
  ExportScene scene;
  scene.atlas = &atlas;
  scene.projection = &projection;
  scene.geometry = &geometry;
  scene.style = choropleth_map_style();
  apply_choropleth(scene, choropleth);
  return scene;
}

std::vector<std::uint8_t> carries_data_of(const Choropleth& choropleth) {
  std::vector<std::uint8_t> out(choropleth.state_by_region.size(), 0);
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = choropleth.state_by_region[i] == RegionDataState::Value ? 1 : 0;
  }
  return out;
}

std::vector<std::size_t> choropleth_data_regions(const Atlas& atlas, const Choropleth& choropleth) {
  // The values, and the hatched "no data" beside them: a region without a
  // value whose league holds one (the 6 other banners of 通辽市 on the coal
  // map) is part of what the map says. A league-level "no data" elsewhere is not.
  std::set<std::string> parents_with_values;
  const std::size_t n = std::min(atlas.regions.size(), choropleth.value_by_region.size());
  for (std::size_t i = 0; i < n; ++i)
    if (choropleth.value_by_region[i]) parents_with_values.insert(atlas.regions[i].parent);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < n; ++i) {
    const bool no_data = i < choropleth.state_by_region.size() &&
                         choropleth.state_by_region[i] == RegionDataState::NoData &&
                         atlas.regions[i].level == Level::Banner && parents_with_values.count(atlas.regions[i].parent) > 0;
    if (choropleth.value_by_region[i] || no_data) out.push_back(i);
  }
  return out;
}

void apply_callouts(ExportScene& scene, const std::vector<CalloutText>& callouts) {
  scene.callouts = callouts;
  if (scene.atlas == nullptr) return;
  for (const CalloutText& t : callouts) {
    for (std::size_t i = 0; i < scene.atlas->regions.size() && i < scene.region_patterns.size(); ++i)
      if (scene.atlas->regions[i].code == t.code && scene.region_patterns[i] == kPatternSolid)
        scene.region_patterns[i] = kPatternSelected;
  }
}

Bounds places_bounds(const Atlas& atlas, const MapGeometry& geometry, const std::vector<CalloutText>& callouts) {
  Bounds out;
  for (const CalloutText& t : callouts) {
    for (std::size_t i = 0; i < atlas.regions.size() && i < geometry.shape_bounds.size(); ++i) {
      if (atlas.regions[i].code != t.code || !geometry.shape_bounds[i].valid()) continue;
      out.expand(Vec2{geometry.shape_bounds[i].min_x, geometry.shape_bounds[i].min_y});
      out.expand(Vec2{geometry.shape_bounds[i].max_x, geometry.shape_bounds[i].max_y});
    }
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
  if (format == ExportFormat::Png && !scene.render_in_current_context) {
    const ScopedPhase phase("EGL context");
    context.emplace();
  }
  // Label anchors from the scene's geometry, computed (if not prepared) only when labels are drawn.
  const LabelLayer labels = scene.geometry != nullptr ? LabelLayer(*scene.atlas, *scene.geometry)
                                                      : LabelLayer(*scene.atlas, *scene.projection);
  const cairo::PangoMeasure measure;
  std::optional<Composition> composed;
  {
    const ScopedPhase phase("compose page (labels placed)");
    composed.emplace(compose_export(options, scene, labels, measure));
  }
  const Composition& composition = *composed;

  ExportResult result;
  result.path = options.out;
  result.format = format;
  result.width_px = composition.width_px;
  result.height_px = composition.height_px;
  result.width_pt = composition.width_px * 72.0 / composition.dpi;
  result.height_pt = composition.height_px * 72.0 / composition.dpi;
  result.warnings = composition.warnings;
  result.page = page_report(composition, scene);

  SafeOutput out(options.out); // removes its temporary file unless committed
  const std::filesystem::path& tmp = out.temp_path();
  try {
    const ScopedPhase phase(format == ExportFormat::Png ? "draw + read back + encode PNG" : "draw + write vector file");
    if (format == ExportFormat::Png) {
      result.tiles = write_png_export(tmp, composition, scene, options.max_tile_px, progress);
    } else {
      write_vector_export(tmp, format, composition, scene, progress);
    }
    out.commit();
  } catch (const ExportCancelled&) {
    throw;
  } catch (const std::exception& e) {
    throw Error("export to " + options.out.string() + " failed: " + e.what());
  }
  if (progress) progress(1.0, "done");
  return result;
}

} // namespace steppe
