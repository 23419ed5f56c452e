// export_page: a page of several panes written as PNG, SVG or PDF.
#include <optional>

#include "export/cairo_text.hpp"
#include "export/page_composition.hpp"
#include "export/raster_export.hpp"
#include "export/vector_export.hpp"
#include "io/safe_output.hpp"
#include "render/offscreen_context.hpp"

namespace steppe {

ExportResult export_page(const PageSpec& spec, const ProgressCallback& progress) {
  const ExportOptions& o = spec.options;
  const ExportFormat format = o.format();
  (void)o.resolved_width_px();
  (void)o.resolved_height_px();
  if (spec.panes.empty()) throw Error("a page needs at least one map pane");
  if (progress && !progress(0.0, "preparing")) throw ExportCancelled("export cancelled");

  std::optional<OffscreenContext> context;
  if (format == ExportFormat::Png && !spec.panes.front().scene.render_in_current_context) context.emplace();
  const ExportScene& first = spec.panes.front().scene;
  const LabelLayer labels(*first.atlas, *first.projection);
  const cairo::PangoMeasure measure;
  const PageComposition page = compose_page(spec, labels, measure);
  std::vector<const ExportScene*> scenes;
  for (const PagePane& p : spec.panes) scenes.push_back(&p.scene);

  ExportResult result;
  result.path = o.out;
  result.format = format;
  result.width_px = page.page.width_px;
  result.height_px = page.page.height_px;
  result.width_pt = page.page.width_px * 72.0 / page.page.dpi;
  result.height_pt = page.page.height_px * 72.0 / page.page.dpi;
  result.warnings = page.warnings;
  result.page = page_report(page, spec);

  SafeOutput out(o.out); // removes its temporary file unless committed
  try {
    if (format == ExportFormat::Png) {
      write_page_png(out.temp_path(), page, scenes, o.max_tile_px, progress);
    } else {
      write_page_vector(out.temp_path(), format, page, scenes, progress);
    }
    out.commit();
  } catch (const ExportCancelled&) {
    throw;
  } catch (const std::exception& e) {
    throw Error("export to " + o.out.string() + " failed: " + e.what());
  }
  if (progress) progress(1.0, "done");
  return result;
}

} // namespace steppe
