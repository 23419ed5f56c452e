// steppe_bench: how fast the map comes up and redraws, headless.
//   steppe_bench [frames]   (default 60)
// Cold start (load + tessellate + GL setup + first 1920x1080 frame), frame
// time at 1920x1080 (map only and with labels), recolour time, and a
// 3840x2160 PNG export, and a 1920x1080 split view (two choropleth panes with
// labels, drawn through viewports as the window draws them on every change), and
// the window's frames against one full-screen textured blit (issue #14's yardstick:
// a frame while panning <= 4 blits, an overview frame at rest <= 10). Every
// GL timing ends with glFinish.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <glad/gl.h>

#include "core/error.hpp"
#include "geo/map_geometry.hpp"
#include "io/builtin_atlas.hpp"
#include "io/prepared_atlas.hpp"
#include "render/label_layer.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/offscreen_target.hpp"
#include "render/png_writer.hpp"
#include "core/pane_scale.hpp"
#include "export/cairo_text.hpp"
#include "export/page_composition.hpp"
#include "render/choropleth_paint.hpp"
#include "render/text_renderer.hpp"
#include "io/indicator_reader.hpp"
#include "export/decoration_overlay.hpp"
#include "render/overlay_image.hpp"
#include "render/map_frame_cache.hpp"

using namespace steppe;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// One untimed call of `draw` (first-use work), then the mean of `n` calls, GL finished.
double mean_frame_ms(int n, const std::function<void()>& draw) {
  draw();
  glFinish();
  const auto t = Clock::now();
  for (int i = 0; i < n; ++i) draw();
  glFinish();
  return ms_since(t) / n;
}

void row(const char* what, double ms, const char* note = "") {
  std::printf("  %-44s %10.2f ms  %s\n", what, ms, note);
}

int run(int frames) {
  const auto t0 = Clock::now();
  auto t = Clock::now();
  const Atlas atlas = load_builtin_atlas();
  const double load_ms = ms_since(t);
  t = Clock::now();
  const Projection projection;
  const MapGeometry geometry = build_map_geometry(atlas, projection);
  const double build_ms = ms_since(t);
  t = Clock::now();
  OffscreenContext context;
  MapRenderer map(geometry);
  const double gl_ms = ms_since(t);
  t = Clock::now();
  const Camera hd = Camera::fit(geometry.bounds, 1920, 1080);
  OffscreenTarget target(1920, 1080, 4);
  target.bind();
  const MapPaint plain;
  draw_map_frame(map, hd, plain);
  glFinish();
  const double first_ms = ms_since(t);
  const double cold_ms = ms_since(t0);

  t = Clock::now();
  for (int i = 0; i < frames; ++i) draw_map_frame(map, hd, plain);
  glFinish();
  const double frame_ms = ms_since(t) / frames;

  // The same without multisampling: every fill edge lies under an
  // anti-aliased border line, so a window may well do without it.
  double single_ms = 0;
  {
    OffscreenTarget single(1920, 1080, 1);
    single.bind();
    draw_map_frame(map, hd, plain);
    glFinish();
    t = Clock::now();
    for (int i = 0; i < frames; ++i) draw_map_frame(map, hd, plain);
    glFinish();
    single_ms = ms_since(t) / frames;
    target.bind();
  }

  std::optional<LabelLayer> labels;
  double labelled_ms = -1, label_layer_ms = -1, first_labels_ms = -1;
  try {
    t = Clock::now();
    labels.emplace(atlas, projection);
    label_layer_ms = ms_since(t);
    const LabelOptions options;
    const FrameOverlay overlay = [&](const Camera& c) { labels->draw(c, options); };
    t = Clock::now();
    draw_map_frame(map, hd, plain, overlay); // first use: anchors, fonts, the glyph atlas
    glFinish();
    first_labels_ms = ms_since(t);
    t = Clock::now();
    for (int i = 0; i < frames; ++i) draw_map_frame(map, hd, plain, overlay);
    glFinish();
    labelled_ms = ms_since(t) / frames;
  } catch (const Error& e) {
    std::fprintf(stderr, "labels skipped: %s\n", e.what());
  }

  // The shipped indicators the split view and the window's frames show.
  const std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());
  const auto find = [&all](const std::string& id) -> const Indicator& {
    for (const Indicator& i : all)
      if (i.meta.id == id) return i;
    throw Error("the benchmark needs the shipped indicator " + id);
  };

  // The window's split view: a page of two shipped choropleths (export/page_composition).
  double split_ms = -1;
  if (labels) {
    try {
      const Indicator& a = find("gdp_growth_league_2021");
      const Indicator& b = find("gdp_growth_league_2013");
      const Choropleth ca = build_choropleth(atlas, a);
      const Choropleth cb = build_choropleth(atlas, b);
      // The page of two panes as the window composes it once per view change,
      // then draws per frame: each pane through its own viewport (no read-back).
      PageSpec spec;
      for (const Choropleth* c : {&ca, &cb}) {
        PagePane pane;
        pane.title = pane_title((c == &ca ? a : b).meta);
        pane.scene = choropleth_scene(atlas, projection, geometry, *c);
        spec.panes.push_back(std::move(pane));
      }
      spec.options.width_px = 1920;
      spec.options.height_px = 1080;
      const cairo::PangoMeasure measure;
      const PageComposition page = compose_page(spec, *labels, measure);
      TextRenderer text;
      const auto draw_page = [&] {
        glEnable(GL_SCISSOR_TEST);
        for (std::size_t k = 0; k < page.panes.size(); ++k) {
          const PlacedPane& p = page.panes[k];
          const int vy = 1080 - p.box.y - p.box.h;
          glViewport(p.box.x, vy, p.box.w, p.box.h);
          glScissor(p.box.x, vy, p.box.w, p.box.h);
          glClear(GL_COLOR_BUFFER_BIT);
          const ExportScene& scene = spec.panes[k].scene;
          map.render(p.composition.camera,
                     MapPaint{p.composition.style, {scene.region_colours, scene.region_patterns}});
          text.draw(p.composition.label_items, p.box.w, p.box.h);
        }
        glDisable(GL_SCISSOR_TEST);
      };
      split_ms = mean_frame_ms(std::max(1, frames / 10), draw_page);
    } catch (const Error& e) {
      std::fprintf(stderr, "split view skipped: %s\n", e.what());
    }
    target.bind();
  }

  // The window's frames, 1920x1080 with a choropleth, its legend and labels, as
  // ui/map_canvas and ui/map_decorations_overlay draw them, each resolved into a
  // stand-in for the window: at rest the map, the labels and the decoration
  // texture; panning (the camera moved 12 px a frame) as the window did before
  // the frame cache — decorations and labels composed again (Cairo), uploaded,
  // the map drawn — and as it does now: the last full frame moved
  // (render/map_frame_cache) with the decorations over it. The yardstick: one
  // full-screen textured blit (render/overlay_image).
  double blit_ms = -1, rest_ms = -1, pan_ms = -1, moving_ms = -1;
  if (labels) {
    try {
      const Choropleth choropleth = build_choropleth(atlas, find("census_density_banner_2020"));
      const ExportScene scene = choropleth_scene(atlas, projection, geometry, choropleth);
      OffscreenTarget window(1920, 1080, 4); // as ui/map_canvas (no MSAA on software GL)
      OffscreenTarget screen(1920, 1080, 1); // stands in for the window's framebuffer
      window.bind();
      TextRenderer text;
      OverlayImage decorations;
      Camera camera = Camera::fit(geometry.bounds, 1920, 1080);
      const auto compose = [&] {
        ExportOptions o;
        o.width_px = 1920;
        o.height_px = 1080;
        o.view = camera;
        o.view_fills_canvas = true;
        DecorationOverlay d = render_decoration_overlay(o, scene, *labels);
        decorations.upload(d.image);
        return d;
      };
      DecorationOverlay composed = compose();
      const auto draw = [&] {
        window.bind();
        map.render(camera, MapPaint{composed.style, {scene.region_colours, scene.region_patterns}});
        text.draw(composed.labels, 1920, 1080);
        decorations.draw();
        window.copy_to(screen);
      };
      const int n = std::max(5, frames / 4);
      rest_ms = mean_frame_ms(n, draw);
      t = Clock::now();
      for (int i = 0; i < n; ++i) {
        camera.centre.x += 12 * camera.units_per_px;
        composed = compose();
        draw();
      }
      glFinish();
      pan_ms = ms_since(t) / n;
      // Now: the last full frame (map + labels) moved, the decorations over it.
      MapFrameCache cache;
      window.bind();
      map.render(camera, MapPaint{composed.style, {scene.region_colours, scene.region_patterns}});
      text.draw(composed.labels, 1920, 1080);
      cache.capture(window, camera);
      const Rgba8 background = scene.style.context_fill;
      t = Clock::now();
      for (int i = 0; i < frames; ++i) {
        camera.centre.x += 12 * camera.units_per_px;
        window.bind();
        cache.show(camera, 0, 0, background);
        decorations.draw();
        window.copy_to(screen);
      }
      glFinish();
      moving_ms = ms_since(t) / frames;
      window.bind();
      // The blit: an opaque 1920x1080 texture over the whole target.
      Image full(1920, 1080);
      for (std::size_t i = 0; i < full.rgba.size(); i += 4) {
        full.rgba[i] = 200;
        full.rgba[i + 1] = 190;
        full.rgba[i + 2] = 170;
        full.rgba[i + 3] = 255;
      }
      OverlayImage blit;
      blit.upload(full);
      window.bind();
      blit.draw();
      glFinish();
      t = Clock::now();
      for (int i = 0; i < frames; ++i) blit.draw();
      glFinish();
      blit_ms = ms_since(t) / frames;
    } catch (const Error& e) {
      std::fprintf(stderr, "window frames skipped: %s\n", e.what());
    }
    target.bind();
  }

  std::vector<Rgba8> colours(atlas.regions.size());
  t = Clock::now();
  for (int i = 0; i < frames; ++i) {
    for (std::size_t k = 0; k < colours.size(); ++k) {
      colours[k] = {static_cast<std::uint8_t>(k * 7 + static_cast<std::size_t>(i)), 120, 200, 255};
    }
    // A new paint: the table upload plus a tiny draw.
    Camera tiny = hd;
    tiny.width_px = tiny.height_px = 16;
    map.render(tiny, MapPaint{MapStyle{}, {colours, {}}});
    glFinish();
  }
  const double recolour_ms = ms_since(t) / frames;

  const std::filesystem::path png = std::filesystem::temp_directory_path() / "steppe_bench_4k.png";
  t = Clock::now();
  const Camera uhd = Camera::fit(geometry.bounds, 3840, 2160, 2.0);
  const Image image = render_map_image(map, uhd, plain);
  const double render4k_ms = ms_since(t);
  t = Clock::now();
  write_png(image, png);
  const double png_ms = ms_since(t);
  std::filesystem::remove(png);

  // The start `steppe render` and the window make: the atlas and its geometry
  // from the geometry cache (io/prepared_atlas), built first if missing.
  PrepareOutcome outcome;
  (void)prepare_atlas(PrepareRequest{}, projection, &outcome);
  t = Clock::now();
  const PreparedAtlas prepared = prepare_atlas(PrepareRequest{}, projection, &outcome);
  const double prepared_ms = ms_since(t);
  const bool from_cache = outcome.kind == PrepareOutcome::Kind::Loaded;

  std::size_t fill_tris = geometry.fills.size() / 3 + geometry.context_fills.size() / 3;
  std::size_t stroke_tris = (geometry.banner_borders.indices.size() + geometry.league_borders.indices.size() +
                             geometry.region_outline.indices.size() + geometry.context_outlines.indices.size()) / 3;
  char msaa[32];
  std::snprintf(msaa, sizeof msaa, "%s", target.samples() > 1 ? "4x MSAA" : "no MSAA: software GL");
  std::printf("steppe_bench on %s\n", context.description().c_str());
  std::printf("  atlas: %zu regions; %zu fill + %zu line triangles at full detail, %zu coarser line levels\n",
              atlas.regions.size(), fill_tris, stroke_tris, geometry.border_lods.size());
  row("load built-in atlas (GDAL)", load_ms);
  row("project + triangulate (ear clipping) + stroke", build_ms);
  row("load prepared atlas + geometry", prepared_ms, from_cache ? "from the geometry cache" : "cache off: built");
  row("EGL context + shaders + upload", gl_ms);
  row("first 1920x1080 frame", first_ms, msaa);
  row("cold start to first frame (total)", cold_ms);
  char note[64];
  std::snprintf(note, sizeof note, "avg of %d, %.0f fps", frames, 1000.0 / frame_ms);
  row("frame 1920x1080, map only", frame_ms, (std::string(note) + ", " + msaa).c_str());
  std::snprintf(note, sizeof note, "avg of %d, %.0f fps", frames, 1000.0 / single_ms);
  row("frame 1920x1080, map only, 1 sample", single_ms, note);
  if (labelled_ms >= 0) {
    std::snprintf(note, sizeof note, "avg of %d, %.0f fps", frames, 1000.0 / labelled_ms);
    row("label layer (project leagues + banners)", label_layer_ms);
    row("first labelled frame (anchors, fonts, glyphs)", first_labels_ms);
    row("frame 1920x1080, map + labels", labelled_ms, note);
  }
  if (split_ms >= 0) row("split view 1920x1080, 2 panes + legends + labels", split_ms, "panes drawn through viewports");
  if (blit_ms > 0) {
    row("full-screen textured blit 1920x1080", blit_ms, "the yardstick");
    char ratio[64];
    std::snprintf(ratio, sizeof ratio, "%.1f blits (goal <= 10)", rest_ms / blit_ms);
    row("window frame at rest: map + labels + legend", rest_ms, ratio);
    std::snprintf(ratio, sizeof ratio, "%.1f blits (goal <= 4)", pan_ms / blit_ms);
    row("window frame while panning, before: recomposed", pan_ms, ratio);
    std::snprintf(ratio, sizeof ratio, "%.1f blits (goal <= 4)", moving_ms / blit_ms);
    row("window frame while panning: moved copy", moving_ms, ratio);
  }
  row("recolour all regions (upload + finish)", recolour_ms);
  row("render 3840x2160 (2x lines)", render4k_ms, msaa);
  row("encode + write 3840x2160 PNG", png_ms);
  row("headless 3840x2160 PNG export (total)", render4k_ms + png_ms);
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
  try {
    return run(frames);
  } catch (const Error& e) {
    std::fprintf(stderr, "steppe_bench: %s\n", e.what());
    return 1;
  }
}
