// `steppe render`: draws the atlas headless (EGL, no X server) into a PNG, SVG
// or PDF — the same composed frame the window shows, through export_map.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli_atlas.hpp"
#include "app/cli_extent.hpp"
#include "app/cli_progress.hpp"
#include "app/commands.hpp"
#include "app/layout_json.hpp"
#include "app/render_deck.hpp"
#include "app/render_thematic.hpp"
#include "core/error.hpp"
#include "core/topic_map.hpp"
#include "core/indicator_series.hpp"
#include "core/pane_scale.hpp"
#include "core/text_clean.hpp"
#include "export/cairo_text.hpp"
#include "export/export_map.hpp"
#include "export/page_composition.hpp"
#include "export/page_frame.hpp"
#include "export/page_theme_style.hpp"
#include "geo/map_geometry.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "io/input_file.hpp"
#include "io/view_file.hpp"
#include "render/label_layer.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/choropleth_paint.hpp"
#include "render/png_writer.hpp"

namespace steppe::app {

namespace {

struct RenderOptions {
  std::string out;
  int width = 1600;
  int height = 1200;
  double dpi = 96;
  std::string extent; // empty: the data among its neighbours, else everything
  std::string labels = "zh";
  std::string data;
  DataFileFields data_fields; // --code-field, --name-field, --geometry-field
  ThematicOptions thematic; // --indicator / --table (render_thematic.hpp)
  std::string split, multiples; // "ID1,ID2[,...]": panes with one camera (export/page_composition.hpp)
  std::string periods;          // ID: small multiples of every period of ID's series
  std::string layout_json;      // where to write the page layout as JSON
  bool size_given = false, dpi_given = false; // --width/--height, --dpi on the command line
  std::string size; // physical size, e.g. "297x210mm" (with --dpi)
  std::string title, subtitle, credits, source;
  bool no_legend = false, no_scale_bar = false, no_north_arrow = false;
  bool locator = false; // --locator: the inset of Inner Mongolia within China
  int max_tile = 0;
  std::string deck; // --deck FILE: every view of a deck (app/render_deck.hpp)
  std::string view; // --view FILE: one saved view as its slide (app/render_deck.hpp)
  bool notes = false; // --notes (with --deck): presenter notes in the handout
  std::string theme;  // --theme standard|projector (empty: standard, or the deck's)
  std::string topic;  // --topic: every figure on a subject, one callout each (core/topic_map)
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Thrown for a bad command line (exit code kUsage rather than kFailure).
struct UsageError : Error {
  using Error::Error;
};

// A text option as it may reach SVG/PDF: at most kMaxTextFieldChars characters,
// valid UTF-8 (malformed bytes become U+FFFD) and no control characters; a
// warning says when something was changed.
std::string clean_text_option(const char* flag, const std::string& value) {
  if (const std::size_t n = code_point_count(value); n > kMaxTextFieldChars) {
    throw UsageError(std::string(flag) + " is " + std::to_string(n) + " characters long; at most " +
                     std::to_string(kMaxTextFieldChars) + " (steppe's limit for a text field)");
  }
  CleanText c = clean_text(value);
  if (c.invalid_utf8) {
    std::cerr << "steppe render: warning: " << flag << " is not valid UTF-8; the bad bytes are shown as U+FFFD\n";
  }
  if (c.had_controls) std::cerr << "steppe render: warning: " << flag << ": control characters removed\n";
  return std::move(c.text);
}

// --periods ID: the ids of every period of ID's series, earliest first (the
// last 9 when there are more), as the window's 各时期 Periods view shows them.
std::vector<std::string> period_ids(const std::string& id) {
  const std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());
  const auto it = std::find_if(all.begin(), all.end(), [&id](const Indicator& i) { return i.meta.id == id; });
  if (it == all.end()) throw UsageError("--periods: no indicator '" + id + "'; `steppe indicators` lists the ids");
  std::vector<std::string> ids;
  for (const Indicator* step : series_of(all, *it).steps) ids.push_back(step->meta.id);
  if (ids.size() < 2) {
    throw UsageError("--periods: '" + id + "' has one period only (no other indicator shares its series key '" +
                     it->meta.series + "'); use --multiples ID1,ID2,... to choose the panes");
  }
  if (ids.size() > 9) ids.erase(ids.begin(), ids.end() - 9);
  return ids;
}

// --split ID1,ID2 / --multiples ID1,ID2,... / --periods ID: one page of
// synchronised panes (export/page_composition), PNG, SVG or PDF, with the
// page's title, subtitle, source, credits, size and DPI like a single map.
int render_panes(const RenderOptions& o, ExportOptions page_options, const Atlas& atlas, const Projection& projection,
                 const MapGeometry& geometry, Bounds frame) {
  const bool split = !o.split.empty();
  std::vector<std::string> ids;
  std::stringstream list(split ? o.split : o.multiples);
  for (std::string id; std::getline(list, id, ',');)
    if (!id.empty()) ids.push_back(id);
  if (!o.periods.empty()) ids = period_ids(o.periods);
  const std::string flag = split ? "--split" : !o.periods.empty() ? "--periods" : "--multiples";
  if (split && ids.size() != 2) throw UsageError("--split takes exactly two indicator ids: --split ID1,ID2");
  if (!split && (ids.size() < 2 || ids.size() > 9)) throw UsageError("--multiples takes 2 to 9 indicator ids");
  if (o.thematic.any()) throw UsageError(flag + " names its indicators itself; leave out --indicator/--table");
  std::vector<Thematic> panes;
  for (const std::string& id : ids) {
    ThematicOptions t = o.thematic;
    t.indicator = id;
    t.boundary_file = o.data;
    panes.push_back(prepare_thematic(t, atlas, projection, std::cout));
    if (!panes.back().choropleth) throw UsageError(id + " is a point layer; " + flag + " maps choropleths only");
  }
  std::vector<const Indicator*> indicators;
  for (const Thematic& t : panes) indicators.push_back(&t.indicator);
  // Panes of one quantity share one scale: equal values, equal colours.
  const std::vector<ChoroplethSpec> specs = shared_scale_specs(atlas, indicators, make_spec(o.thematic));
  for (std::size_t k = 0; k < panes.size(); ++k) panes[k].choropleth = build_choropleth(atlas, panes[k].indicator, specs[k]);

  PageSpec page;
  std::vector<std::size_t> data;
  for (std::size_t k = 0; k < panes.size(); ++k) {
    PagePane pane;
    pane.title = pane_title(panes[k].indicator.meta);
    pane.indicator = panes[k].indicator.meta.id;
    pane.scene.atlas = &atlas;
    pane.scene.projection = &projection;
    pane.scene.geometry = &geometry;
    pane.scene.style = choropleth_map_style(pane.scene.style);
    apply_choropleth(pane.scene, *panes[k].choropleth);
    data.insert(data.end(), pane.scene.data_regions.begin(), pane.scene.data_regions.end());
    page.panes.push_back(std::move(pane));
  }
  // One legend when the panes' legends agree (one quantity, one scale), else one per pane;
  // periods that differ between or within panes are said in the legends.
  std::vector<const Legend*> legends;
  std::vector<std::string> titles;
  for (const PagePane& p : page.panes) {
    legends.push_back(p.scene.legend);
    titles.push_back(p.title);
  }
  const PaneLegends chosen = pane_legends(legends, indicators, titles);
  if (chosen.shared) page.shared_legend = &*chosen.shared;
  for (std::size_t k = 0; k < chosen.own.size(); ++k) page.panes[k].scene.legend = &chosen.own[k];
  // No --extent: every pane frames the data of all panes among its neighbours.
  if (o.extent.empty()) {
    std::sort(data.begin(), data.end());
    data.erase(std::unique(data.begin(), data.end()), data.end());
    if (!data.empty()) frame = frame_for_data(atlas, geometry, data);
  }
  page_options.view = Camera::fit(frame, page_options.resolved_width_px(), page_options.resolved_height_px());
  page.options = std::move(page_options);
  try { // a page too small for its panes is a usage error, said before any drawing
    (void)compose_page_layout(page, cairo::PangoMeasure());
  } catch (const Error& e) {
    throw UsageError(e.what());
  }
  const ExportResult result = export_page(page, stderr_progress("render"));
  if (!o.layout_json.empty()) write_page_report(result.page, o.layout_json);
  for (const std::string& w : result.warnings) std::cerr << "steppe render: warning: " << w << "\n";
  std::cout << "wrote " << o.out << " (" << result.width_px << "x" << result.height_px << " px at " << o.dpi
            << " dpi, " << ids.size() << " panes";
  if (result.format != ExportFormat::Png) std::cout << ", " << result.width_pt << "x" << result.height_pt << " pt";
  std::cout << ")\n";
  return kOk;
}

// One map page to --out (and --layout-json, naming `indicator` as the pane's),
// its warnings on stderr and what was written on stdout.
int write_single_map(const RenderOptions& o, const ExportOptions& export_options, const ExportScene& scene,
                     const std::string& indicator) {
  ExportResult result = export_map(export_options, scene, stderr_progress("render"));
  if (!o.layout_json.empty()) {
    if (!indicator.empty() && !result.page.panes.empty()) result.page.panes.front().indicator = indicator;
    write_page_report(result.page, o.layout_json);
  }
  for (const std::string& w : result.warnings) std::cerr << "steppe render: warning: " << w << "\n";
  std::cout << "wrote " << o.out << " (" << result.width_px << "x" << result.height_px << " px at " << o.dpi << " dpi";
  if (result.format != ExportFormat::Png) std::cout << ", " << result.width_pt << "x" << result.height_pt << " pt";
  std::cout << ")\n";
  return kOk;
}

// --topic: every shipped figure on the subject as callouts (core/topic_map),
// framed on their places among their neighbours unless --extent says otherwise.
int render_topic(const RenderOptions& o, ExportOptions export_options, PageTheme theme, const Atlas& atlas,
                 const Projection& projection, const MapGeometry& geometry, Bounds frame) {
  if (o.thematic.any()) throw UsageError("--topic maps shipped figures; leave out --table and its options");
  TopicMap topic;
  try {
    topic = build_topic_map(load_indicator_dir(builtin_indicator_dir()), o.topic, atlas);
  } catch (const Error& e) {
    throw UsageError(e.what());
  }
  if (o.extent.empty() && !topic.callouts.empty())
    frame = callout_frame(places_bounds(atlas, geometry, topic.callouts), geometry.bounds);
  export_options.view = Camera::fit(frame, export_options.resolved_width_px(), export_options.resolved_height_px());
  ExportScene scene;
  scene.atlas = &atlas;
  scene.projection = &projection;
  scene.geometry = &geometry;
  scene.style = choropleth_map_style(scene.style);
  scene.region_colours = topic_region_colours(topic, atlas);
  scene.region_patterns.assign(atlas.regions.size(), kPatternSolid);
  scene.legend = &topic.legend;
  apply_callouts(scene, topic.callouts);
  apply_page_theme(scene, theme);
  std::cout << "topic '" << o.topic << "': " << topic.indicator_ids.size() << " indicators, "
            << topic.callouts.size() << " callouts, " << topic.region_figures.size() << " region-wide figures\n";
  return write_single_map(o, export_options, scene, "topic:" + o.topic);
}

int run_render(const RenderOptions& o) {
  if (o.notes) throw UsageError("--notes puts a deck's presenter notes in its handout: use it with --deck FILE");
  const PageTheme theme = parse_page_theme(o.theme.empty() ? "standard" : o.theme).value_or(PageTheme::Standard);
  const std::optional<LabelLanguage> language = parse_label_language(o.labels);
  if (!language) throw UsageError("--labels must be zh, en, both or none (got '" + o.labels + "')");
  if (o.dpi <= 0) throw UsageError("--dpi must be positive");
  ExportOptions export_options;
  export_options.out = o.out;
  export_options.width_px = o.width;
  export_options.height_px = o.height;
  export_options.dpi = o.dpi;
  export_options.language = *language;
  export_options.title = clean_text_option("--title", o.title);
  export_options.subtitle = clean_text_option("--subtitle", o.subtitle);
  export_options.credits = clean_text_option("--credits", o.credits);
  export_options.source = clean_text_option("--source", o.source);
  export_options.show_legend = !o.no_legend;
  export_options.show_scale_bar = !o.no_scale_bar;
  export_options.show_north_arrow = !o.no_north_arrow;
  export_options.show_locator = o.locator;
  export_options.max_tile_px = o.max_tile;
  try {
    (void)export_options.format();
    if (!o.size.empty()) export_options.physical = parse_physical_size(o.size);
    (void)export_options.resolved_width_px();
    (void)export_options.resolved_height_px();
  } catch (const Error& e) {
    throw UsageError(e.what());
  }

  // A FIFO, a device or an oversized file is refused before seconds of atlas
  // loading and drawing (a missing file keeps its own message, later).
  for (const auto& [path, kind] : {std::pair{o.thematic.table, InputKind::Table}, std::pair{o.data, InputKind::Boundary}}) {
    std::error_code ec;
    if (!path.empty() && !has_vsi_prefix(path) && std::filesystem::exists(path, ec)) check_gdal_input(path, kind);
  }
  // Geodesic areas cost time and only a per-km² normalisation needs them.
  // Prepared once and cached: read, projected, triangulated, simplified.
  const Projection projection;
  const PreparedAtlas prepared =
      load_cli_prepared(o.data, o.data_fields, "render", projection, /*geodesic_areas=*/!o.thematic.normalise.empty());
  const Atlas& atlas = prepared.atlas;
  const MapGeometry& geometry = prepared.geometry;
  Bounds frame = geometry.bounds;
  if (!o.extent.empty() && lower(o.extent) != "all") {
    std::size_t index = 0;
    try {
      index = find_extent_region(atlas, o.extent, std::cout);
    } catch (const Error& e) {
      throw UsageError(e.what());
    }
    frame = geometry.shape_bounds[index];
  }
  if (!frame.valid()) throw Error("nothing to draw: the atlas has no region geometry");

  if ((!o.split.empty() || !o.multiples.empty() || !o.periods.empty()) && theme != PageTheme::Standard)
    throw UsageError("--theme dresses single maps and decks; leave it out with --split/--multiples/--periods");
  if (!o.split.empty() || !o.multiples.empty() || !o.periods.empty()) {
    return render_panes(o, export_options, atlas, projection, geometry, frame);
  }

  if (!o.topic.empty()) return render_topic(o, export_options, theme, atlas, projection, geometry, frame);

  std::optional<Thematic> thematic;
  if (o.thematic.any()) {
    ThematicOptions t = o.thematic;
    t.boundary_file = o.data;
    thematic = prepare_thematic(t, atlas, projection, std::cout);
  }
  // No --extent: the page frames the data among its neighbours; a callout's
  // place or places among theirs (three times their size around them).
  if (o.extent.empty() && thematic && !thematic->callouts.empty())
    frame = callout_frame(places_bounds(atlas, geometry, thematic->callouts), geometry.bounds);
  else if (o.extent.empty() && thematic && thematic->choropleth)
    frame = frame_for_data(atlas, geometry, choropleth_data_regions(atlas, *thematic->choropleth));
  // The view frames `frame` as a screen of the export's shape would.
  export_options.view = Camera::fit(frame, export_options.resolved_width_px(), export_options.resolved_height_px());
  ExportScene scene;
  scene.atlas = &atlas;
  scene.projection = &projection;
  scene.geometry = &geometry;
  if (thematic && thematic->choropleth) {
    scene.style = choropleth_map_style(scene.style);
    apply_choropleth(scene, *thematic->choropleth);
    apply_callouts(scene, thematic->callouts);
  } else if (thematic && thematic->points) {
    scene.style = choropleth_map_style(scene.style);
    apply_point_layer(scene, *thematic->points);
  }
  apply_page_theme(scene, theme);
  return write_single_map(o, export_options, scene, thematic ? thematic->indicator.meta.id : std::string());
}

// The first option given on the command line that a --deck render does not use ("" if none).
std::string options_a_deck_ignores(const CLI::App& cmd) {
  for (const char* name :
       {"--title", "--subtitle", "--credits", "--source", "--extent", "--labels", "--no-legend", "--no-scale-bar",
        "--no-north-arrow", "--locator", "--split", "--multiples", "--periods", "--layout-json", "--indicator", "--classify",
        "--classes", "--palette", "--reverse", "--breaks", "--table", "--key", "--value", "--unit", "--level",
        "--normalise", "--max-tile", "--topic"}) {
    const CLI::Option* option = cmd.get_option_no_throw(name);
    if (option != nullptr && option->count() > 0) return name;
  }
  return "";
}

int run_deck(const RenderOptions& o) {
  if (!o.view.empty() && o.notes)
    throw UsageError("--notes puts a deck's presenter notes in its handout: use it with --deck FILE");
  DeckRenderOptions d;
  d.deck = o.deck;
  d.view = o.view;
  d.out = o.out;
  if (o.size_given) {
    d.width = o.width;
    d.height = o.height;
  }
  if (o.dpi_given) d.dpi = o.dpi;
  d.size = o.size;
  d.data = o.data;
  d.notes = o.notes;
  d.theme = o.theme;
  return render_deck(d);
}

} // namespace

void add_render_command(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<RenderOptions>();
  auto* cmd = app.add_subcommand("render", "Render the map to a PNG, SVG or PDF without a window (headless EGL)");
  cmd->add_option("--out,-o", opts->out, "File to write: .png, .svg or .pdf")->required();
  cmd->add_option("--width", opts->width, "Image width in pixels")->check(CLI::Range(16, 16384))->capture_default_str();
  cmd->add_option("--height", opts->height, "Image height in pixels")->check(CLI::Range(16, 16384))->capture_default_str();
  CLI::Option* dpi = cmd->add_option(
      "--dpi", opts->dpi,
      "Output resolution; lines and text scale by dpi/96. Without --dpi a pixel size scales type with the "
      "canvas: dpi = 96 x max(1, min(W/1920, H/1080)) (3840x2160: 192); with --size it is 96");
  cmd->add_option("--extent", opts->extent,
                  "'all', or the league/banner to frame: anything `steppe info --find` finds (150200, 包头, Baotou, "
                  "bt); default: the "
                  "indicator's data among its neighbours (its leagues), or everything")
      ->check(CLI::Validator(
          [](std::string& v) { return v.empty() ? std::string("give a place (code, name, initials) or 'all'") : std::string(); },
          "PLACE"));
  cmd->add_option("--labels,--lang", opts->labels, "Label language: zh, en, both or none")->capture_default_str();
  cmd->add_option("--size", opts->size, "Physical size instead of --width/--height, e.g. 297x210mm or 11x8.5in (with --dpi)")
      ->excludes(cmd->get_option("--width"))->excludes(cmd->get_option("--height"));
  cmd->add_option("--title", opts->title, "Title, top left");
  cmd->add_option("--subtitle", opts->subtitle, "Subtitle under the title");
  cmd->add_option("--credits", opts->credits, "Credits line, bottom right (e.g. 审图号)");
  cmd->add_option("--source", opts->source, "Source/provenance line, bottom left");
  cmd->add_flag("--no-legend", opts->no_legend, "Leave out the legend");
  cmd->add_flag("--no-scale-bar", opts->no_scale_bar, "Leave out the scale bar");
  cmd->add_flag("--no-north-arrow", opts->no_north_arrow, "Leave out the north arrow");
  cmd->add_flag("--locator", opts->locator,
                "Add a locator inset (Inner Mongolia within China, with the 南海诸岛 box) in a corner clear of the data");
  cmd->add_option("--max-tile", opts->max_tile, "PNG: largest GL tile edge in pixels (0: automatic)")
      ->check(CLI::Range(0, 16384))->group("");
  CLI::Option* data = cmd->add_option("--data", opts->data, "A boundary file to draw instead of the built-in atlas");
  add_data_field_options(*cmd, opts->data_fields, data);
  add_thematic_options(*cmd, opts->thematic);
  cmd->add_option("--split", opts->split, "Two indicator ids side by side with one camera: ID1,ID2 (PNG, SVG or PDF)");
  cmd->add_option("--multiples", opts->multiples, "Small multiples: 2-9 indicator ids in a grid, ID1,ID2,... (PNG, SVG or PDF)");
  cmd->add_option("--periods", opts->periods, "Small multiples of every period of ID's series (PNG, SVG or PDF)")
      ->excludes("--split")->excludes("--multiples");
  cmd->add_option("--topic", opts->topic,
                  "Every shipped figure on a subject on one map, a callout per place and figure, region-wide "
                  "figures and mixed periods in the legend: 算力, '煤 2024', compute; alternatives with commas "
                  "(算力,智算)")
      ->excludes("--split")->excludes("--multiples")->excludes("--periods")->excludes("--indicator")
      ->excludes("--table");
  cmd->add_option("--layout-json", opts->layout_json,
                  "Also write the page layout as JSON: page size, map boxes, legends, title, scale bar, "
                  "north arrow and each data region's screen box (pixels)");
  cmd->add_flag("--notes", opts->notes,
                "With --deck: each view's presenter notes under its page (PDF), or as NN-slug.txt beside "
                "each NN-slug.png (PNG folder)");
  cmd->add_option("--theme", opts->theme,
                  "Page theme: standard, or projector (high contrast: darker borders, opaque label halo, "
                  "larger labels); with --deck it replaces the deck's theme");
  cmd->add_option("--deck", opts->deck, "A deck (decks/*.toml): --out DECK.pdf (a page per view) or --out DIR (numbered PNGs)");
  cmd->add_option("--view", opts->view,
                  "A saved view (a [view] table, as a deck's [[view]]; decks/README.md) drawn as its slide: "
                  "--out x.png, .svg or .pdf")
      ->excludes(cmd->get_option("--deck"));
  cmd->callback([opts, cmd, dpi, &exit_code] {
    // An option that does not apply is an error, not silently ignored.
    const bool from_file = !opts->deck.empty() || !opts->view.empty();
    if (const std::string unused = options_a_deck_ignores(*cmd); from_file && !unused.empty()) {
      const char* what = opts->deck.empty() ? "--view" : "--deck";
      std::cerr << "steppe render: " << unused << " does not apply to " << what
                << ": each view draws what its file says (set it in the [view] table); " << what
                << " takes --out, --width/--height or --size, --dpi, --theme and --data\n";
      exit_code = kUsage;
      return;
    }
    opts->size_given = cmd->count("--width") + cmd->count("--height") > 0;
    opts->dpi_given = cmd->count("--dpi") > 0;
    try {
      if (!opts->theme.empty() && !parse_page_theme(opts->theme)) {
        throw UsageError("--theme must be standard or projector (got '" + opts->theme + "')");
      }
      if (dpi->count() == 0 && opts->size.empty()) opts->dpi = default_dpi_for_pixels(opts->width, opts->height);
      exit_code = from_file ? run_deck(*opts) : run_render(*opts);
    } catch (const ThematicUsageError& e) {
      std::cerr << "steppe render: " << e.what() << "\n";
      exit_code = kUsage;
    } catch (const UsageError& e) {
      std::cerr << "steppe render: " << e.what() << "\n";
      exit_code = kUsage;
    } catch (const Error& e) {
      std::cerr << "steppe render: " << e.what() << "\n";
      exit_code = kFailure;
    }
  });
}

} // namespace steppe::app
