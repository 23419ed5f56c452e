#include "export/deck_export.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>
#include <system_error>

#include "core/error.hpp"
#include "core/map_visual.hpp"
#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"
#include "export/handout_notes.hpp"
#include "export/page_theme_style.hpp"
#include "export/vector_export.hpp"
#include "io/indicator_reader.hpp"
#include "io/safe_output.hpp"
#include "render/choropleth_paint.hpp"
#include "render/map_renderer.hpp"

namespace steppe {

namespace fs = std::filesystem;

LabelLanguage label_language(ViewLabels labels) {
  switch (labels) {
  case ViewLabels::Zh: return LabelLanguage::Zh;
  case ViewLabels::En: return LabelLanguage::En;
  case ViewLabels::Both: return LabelLanguage::Both;
  case ViewLabels::None: return LabelLanguage::None;
  }
  return LabelLanguage::Zh;
}

ViewLabels view_labels(LabelLanguage language) {
  switch (language) {
  case LabelLanguage::Zh: return ViewLabels::Zh;
  case LabelLanguage::En: return ViewLabels::En;
  case LabelLanguage::Both: return ViewLabels::Both;
  case LabelLanguage::None: return ViewLabels::None;
  }
  return ViewLabels::Zh;
}

Bounds project_lonlat_box(const Bounds& ll, const Projection& projection) {
  constexpr int kSteps = 16;
  Bounds out;
  for (int i = 0; i <= kSteps; ++i) {
    const double t = static_cast<double>(i) / kSteps;
    const double lon = ll.min_x + t * ll.width();
    const double lat = ll.min_y + t * ll.height();
    out.expand(projection.forward(Vec2{lon, ll.min_y}));
    out.expand(projection.forward(Vec2{lon, ll.max_y}));
    out.expand(projection.forward(Vec2{ll.min_x, lat}));
    out.expand(projection.forward(Vec2{ll.max_x, lat}));
  }
  return out;
}

Bounds lonlat_box_framing(const Bounds& world, const Projection& projection) {
  Bounds ll;
  for (const Vec2 corner : {Vec2{world.min_x, world.min_y}, Vec2{world.max_x, world.min_y},
                            Vec2{world.min_x, world.max_y}, Vec2{world.max_x, world.max_y}}) {
    ll.expand(projection.inverse(corner));
  }
  const auto clamp = [](Bounds b) {
    return Bounds{std::max(b.min_x, -180.0), std::max(b.min_y, -90.0), std::min(b.max_x, 180.0), std::min(b.max_y, 90.0)};
  };
  ll = clamp(ll);
  // Each side moves by how far its projected side misses world's, in degrees
  // at the box's mean scale; a few rounds settle it to well under a pixel.
  for (int round = 0; round < 12; ++round) {
    const Bounds p = project_lonlat_box(ll, projection);
    if (!p.valid() || p.width() <= 0 || p.height() <= 0) break;
    const double kx = ll.width() / p.width();
    const double ky = ll.height() / p.height();
    Bounds next{ll.min_x + (world.min_x - p.min_x) * kx, ll.min_y + (world.min_y - p.min_y) * ky,
                ll.max_x + (world.max_x - p.max_x) * kx, ll.max_y + (world.max_y - p.max_y) * ky};
    if (!(next.min_x < next.max_x && next.min_y < next.max_y)) break;
    ll = clamp(next);
  }
  return ll;
}

ViewResolver::ViewResolver(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
                           fs::path indicator_dir)
    : atlas_(atlas), projection_(projection), geometry_(geometry), indicator_dir_(std::move(indicator_dir)) {}

const Indicator& ViewResolver::indicator(const std::string& id, const std::string& where) const {
  if (const auto found = cache_.find(id); found != cache_.end()) return found->second;
  const fs::path file = indicator_dir_ / (id + ".toml");
  if (!fs::exists(file)) {
    throw Error(where + ": no indicator \"" + id + "\" in " + indicator_dir_.string() +
                "; `steppe indicators` lists the ids");
  }
  return cache_.emplace(id, read_indicator(file)).first->second;
}

namespace {

std::optional<std::size_t> region_index(const Atlas& atlas, const std::string& code) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (atlas.regions[i].code == code) return i;
  }
  return std::nullopt;
}

std::string view_name(const MapView& view, std::size_t number) {
  std::string name = "view " + std::to_string(number);
  if (!view.title.empty()) name += " (\"" + view.title + "\")";
  return name;
}

} // namespace

ResolvedView ViewResolver::resolve(const MapView& view, ViewLabels labels, std::size_t number) const {
  const std::string where = view_name(view, number);
  ResolvedView r;
  r.annotations = view.annotations;
  r.language = label_language(labels);
  if (!view.extent.region_code.empty()) {
    const auto index = region_index(atlas_, view.extent.region_code);
    if (!index) {
      throw Error(where + ": no region with code \"" + view.extent.region_code +
                  "\" in this atlas; find it with `steppe info --find NAME`");
    }
    r.frame = geometry_.shape_bounds.at(*index);
  } else if (view.extent.lonlat) {
    r.frame = project_lonlat_box(*view.extent.lonlat, projection_);
  } else {
    r.frame = geometry_.bounds;
  }
  if (!r.frame.valid()) throw Error(where + ": the framed extent has no geometry to show");

  if (!view.topic.empty()) {
    // Every figure on a subject (core/topic_map): callouts on their places,
    // framed on them among their neighbours unless the view gives an extent.
    try {
      if (!all_) all_ = load_indicator_dir(indicator_dir_);
      r.topic = build_topic_map(*all_, view.topic, atlas_);
    } catch (const Error& e) {
      throw Error(where + ": topic: " + e.what());
    }
    r.callouts = r.topic->callouts;
    r.region_colours = topic_region_colours(*r.topic, atlas_);
    r.region_patterns.assign(atlas_.regions.size(), kPatternSolid);
    if (view.extent.region_code.empty() && !view.extent.lonlat && !r.callouts.empty())
      r.frame = callout_frame(places_bounds(atlas_, geometry_, r.callouts), geometry_.bounds);
    return with_selection(std::move(r), view, where);
  }

  if (!view.indicator.empty()) {
    const Indicator& ind = indicator(view.indicator, where);
    if (ind.meta.level == IndicatorLevel::Point) {
      // Parks, data centres: symbols over the plain map (as the window and `steppe render` draw them).
      try {
        r.points = build_point_layer(ind, [this](Vec2 lonlat) { return projection_.forward(lonlat); }, {},
                                     atlas_place_names(atlas_));
      } catch (const Error& e) {
        throw Error(where + ": " + e.what());
      }
      return with_selection(std::move(r), view, where);
    }
    try {
      r.choropleth = build_choropleth(atlas_, ind, view.classification);
    } catch (const Error& e) {
      throw Error(where + ": " + e.what());
    }
    r.region_colours = region_colours(*r.choropleth);
    r.region_patterns = r.choropleth->pattern_by_region;
    if (map_visual(ind) == MapVisual::Callout) r.callouts = build_callouts(ind, atlas_);
  }
  return with_selection(std::move(r), view, where);
}

ResolvedView ViewResolver::with_selection(ResolvedView r, const MapView& view, const std::string& where) const {
  if (!view.selection.empty()) {
    r.region_patterns.resize(atlas_.regions.size(), kPatternSolid);
    for (const std::string& code : view.selection) {
      const auto index = region_index(atlas_, code);
      if (!index) throw Error(where + ": selection: no region with code \"" + code + "\"; see `steppe info --find`");
      // A no-data hatch stays: a selected region must not look as if it had a value.
      if (r.region_patterns[*index] == kPatternSolid) r.region_patterns[*index] = kPatternSelected;
    }
  }
  return r;
}

ExportOptions view_export_options(const Deck& deck, std::size_t index, const ResolvedView& resolved,
                                  const DeckExportOptions& options, const fs::path& out) {
  const MapView& view = deck.views.at(index);
  ExportOptions o;
  o.out = out;
  o.width_px = options.width_px;
  o.height_px = options.height_px;
  o.dpi = options.dpi;
  o.physical = options.physical;
  o.language = resolved.language;
  o.title = view.title.empty() ? deck.title : view.title;
  o.subtitle = view.subtitle;
  o.credits = deck.credits;
  o.type_scale = slide_type_scale(o.resolved_width_px(), o.dpi);
  o.view = Camera::fit(resolved.frame, o.resolved_width_px(), o.resolved_height_px());
  o.show_locator = view.locator;
  return o;
}

double slide_type_scale(int width_px, double dpi) {
  return kSlidePixelRatioAt1920 * (static_cast<double>(width_px) / kSlideWidthPx) / (dpi / 96.0);
}

ExportScene slide_scene(const ResolvedView& r, const Atlas& atlas, const Projection& projection,
                        const MapGeometry& geometry, PageTheme theme) {
  ExportScene scene;
  scene.atlas = &atlas;
  scene.projection = &projection;
  scene.geometry = &geometry;
  if (r.choropleth) {
    scene.style = choropleth_map_style(scene.style);
    scene.legend = &r.choropleth->legend;
    scene.data_regions = choropleth_data_regions(atlas, *r.choropleth);
  }
  if (r.points) apply_point_layer(scene, *r.points);
  if (r.topic) {
    scene.style = choropleth_map_style(scene.style);
    scene.legend = &r.topic->legend;
  }
  scene.region_colours = r.region_colours;
  scene.region_patterns = r.region_patterns;
  // Room-size type: no map label under 18 px on a 1080p slide (a league name
  // shrunk to fit, an English second line), whatever the slide's size.
  scene.labels.min_size_px = kSlideMinLabelPxAt1080 / kSlidePixelRatioAt1920;
  apply_page_theme(scene, theme);
  apply_callouts(scene, r.callouts);
  scene.annotations = r.annotations;
  return scene;
}

std::string notes_text(const Deck& deck, std::size_t index) {
  const MapView& view = deck.views.at(index);
  std::string text = std::to_string(index + 1) + ". " + (view.title.empty() ? deck.title : view.title) + "\n";
  if (!view.subtitle.empty()) text += view.subtitle + "\n";
  text += "\n" + (view.notes.empty() ? std::string("(no notes)") : view.notes) + "\n";
  return text;
}

namespace {

// One page per view on a single Cairo PDF surface (export_map writes one page
// per file): the same composition and drawing calls as the single-page PDF.
void write_pdf(const Deck& deck, const std::vector<ResolvedView>& views, const Atlas& atlas,
               const Projection& projection, const MapGeometry& geometry, const DeckExportOptions& options,
               const fs::path& tmp, DeckExportResult& result, const ProgressCallback& progress) {
  const LabelLayer labels(atlas, projection);
  const cairo::PangoMeasure measure;
  cairo::Surface surface;
  for (std::size_t i = 0; i < views.size(); ++i) {
    if (progress && !progress(static_cast<double>(i) / static_cast<double>(views.size()), "drawing page " + std::to_string(i + 1))) {
      throw ExportCancelled("export cancelled");
    }
    const ExportOptions page = view_export_options(deck, i, views[i], options, options.out);
    const ExportScene scene = slide_scene(views[i], atlas, projection, geometry, options.theme.value_or(deck.theme));
    const Composition c = compose_export(page, scene, labels, measure);
    for (const std::string& w : c.warnings) result.warnings.push_back("page " + std::to_string(i + 1) + ": " + w);
    const double w_pt = c.width_px * 72.0 / c.dpi;
    const double slide_h_pt = c.height_px * 72.0 / c.dpi;
    // Whole points for the band, so the slide sits on the same pixel grid as alone.
    const double h_pt = options.notes ? slide_h_pt + std::round(slide_h_pt * kNotesBandShare) : slide_h_pt;
    if (!surface) {
      surface.reset(cairo_pdf_surface_create(tmp.c_str(), w_pt, h_pt));
      cairo::check(surface.get(), "cannot create the PDF " + options.out.string() + " (is the folder writable?)");
      cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "steppe");
      if (!deck.title.empty()) cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, deck.title.c_str());
    }
    cairo_pdf_surface_set_size(surface.get(), w_pt, h_pt);
    {
      const cairo::Context cr(cairo_create(surface.get()));
      if (options.notes) {
        // The slide above, as it would be alone; the notes in the band under it.
        cairo_save(cr.get());
        cairo_rectangle(cr.get(), 0, 0, w_pt, slide_h_pt);
        cairo_clip(cr.get());
      }
      draw_vector_page(cr.get(), c, scene);
      if (options.notes) {
        cairo_restore(cr.get());
        cairo_set_source_rgb(cr.get(), 1, 1, 1); // paper under the notes, as under the slide
        cairo_rectangle(cr.get(), 0, slide_h_pt, w_pt, h_pt - slide_h_pt);
        cairo_fill(cr.get());
        const double pt_per_px = c.pixel_ratio * 72.0 / c.dpi; // logical px -> points
        const double margin = kMarginPx * pt_per_px;
        NotesStyle style;
        style.size = kSubtitleSize * pt_per_px;
        const NotesDrawn drawn = draw_notes_box(
            cr.get(), deck.views[i].notes, Box{margin, slide_h_pt, w_pt - 2 * margin, h_pt - slide_h_pt - margin}, style);
        if (drawn.cut) {
          result.warnings.push_back("page " + std::to_string(i + 1) +
                                    ": the notes do not fit under the slide and end with '…'; shorten them");
        }
      }
      cairo_show_page(cr.get());
    }
    ++result.pages;
  }
  cairo_surface_finish(surface.get());
  cairo::check(surface.get(), "cannot write the PDF " + options.out.string() + " (is the disk full?)");
}

} // namespace

DeckExportResult export_deck(const Deck& deck, const ViewResolver& resolver, const Atlas& atlas,
                             const Projection& projection, const MapGeometry& geometry,
                             const DeckExportOptions& options, const ProgressCallback& progress) {
  if (deck.views.empty()) throw Error("the deck has no views to export");
  // Resolve everything first: a bad view fails before any file is touched.
  std::vector<ResolvedView> views;
  for (std::size_t i = 0; i < deck.views.size(); ++i) {
    views.push_back(resolver.resolve(deck.views[i], deck.labels_of(deck.views[i]), i + 1));
  }
  DeckExportResult result;
  if (options.notes && std::none_of(deck.views.begin(), deck.views.end(),
                                    [](const MapView& v) { return !v.notes.empty(); })) {
    result.warnings.push_back("no view of the deck has notes: add notes = \"...\" to its [[view]] tables");
  }
  std::string ext = options.out.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  std::error_code ec;
  if (ext == ".pdf") {
    const fs::path folder = options.out.has_parent_path() ? options.out.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec)) {
      throw Error("cannot export the deck to " + options.out.string() + ": the folder " + folder.string() +
                  " does not exist; create it or choose another path");
    }
    SafeOutput out(options.out); // removes its temporary file unless committed
    try {
      write_pdf(deck, views, atlas, projection, geometry, options, out.temp_path(), result, progress);
      out.commit();
    } catch (const ExportCancelled&) {
      throw;
    } catch (const std::exception& e) {
      throw Error("deck export to " + options.out.string() + " failed: " + e.what());
    }
    result.files.push_back(options.out);
  } else {
    if (!ext.empty() && ext != ".png") {
      throw Error("cannot export a deck to " + options.out.string() +
                  ": give a .pdf file (one page per view) or a folder for numbered PNGs");
    }
    fs::create_directories(options.out, ec);
    if (!fs::is_directory(options.out, ec)) {
      throw Error("cannot export the deck's PNGs into " + options.out.string() +
                  ": it is not a folder and cannot be created (" + ec.message() + ")");
    }
    // All or nothing: the pages go to a fresh folder and are moved in together.
    SafeOutputFolder staging(options.out / "pages");
    std::vector<std::string> names;
    for (std::size_t i = 0; i < views.size(); ++i) {
      const double done = static_cast<double>(i) / static_cast<double>(views.size());
      if (progress && !progress(done, "rendering image " + std::to_string(i + 1))) throw ExportCancelled("export cancelled");
      names.push_back(numbered_slug(deck.views[i], i, views.size()) + ".png");
      const fs::path file = staging.path() / names.back();
      const ExportOptions page = view_export_options(deck, i, views[i], options, file);
      const ExportResult r =
          export_map(page, slide_scene(views[i], atlas, projection, geometry, options.theme.value_or(deck.theme)));
      for (const std::string& w : r.warnings) result.warnings.push_back(names.back() + ": " + w);
      result.files.push_back(options.out / names.back());
      ++result.pages;
      if (options.notes) {
        // The page's notes beside it, for the presenter: number, title, notes.
        const std::string page_name = names.back();
        names.push_back(page_name.substr(0, page_name.size() - 4) + ".txt");
        write_file_safely(staging.path() / names.back(), notes_text(deck, i));
        result.files.push_back(options.out / names.back());
      }
    }
    staging.publish(options.out, names);
  }
  if (progress) progress(1.0, "done");
  return result;
}

} // namespace steppe
