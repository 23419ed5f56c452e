#include "export/vector_export.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

#include "core/error.hpp"
#include "export/cairo_text.hpp"
#include "export/annotation_draw.hpp"
#include "export/callout_draw.hpp"
#include "export/map_vector.hpp"

namespace steppe {

namespace {

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char ch : text) {
    switch (ch) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&apos;"; break;
    default: out += ch;
    }
  }
  return out;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

} // namespace

void draw_composition_vector(cairo_t* cr, const Composition& c, const ExportScene& scene,
                             const ProgressCallback& progress) {
  cairo_rectangle(cr, 0, 0, c.width_px, c.height_px);
  cairo::set_source(cr, c.style.background);
  cairo_fill(cr);
  draw_map_vector(cr, c, scene);
  if (progress && !progress(0.5, "drawing labels")) throw ExportCancelled("export cancelled");
  draw_labels_vector(cr, c);
  if (!c.points.shapes.empty()) {
    cairo_save(cr);
    cairo_rectangle(cr, c.map_px.x, c.map_px.y, c.map_px.w, c.map_px.h);
    cairo_clip(cr);
    draw_point_shapes_vector(cr, c.points.shapes);
    cairo_restore(cr);
    draw_point_labels_vector(cr, c);
  }
  draw_callouts(cr, c.callouts);
  draw_annotations(cr, c.annotations);
  draw_decorations(cr, c.layout, c.content, c.decoration, c.style);
  cairo::check(cr, "drawing the map page");
}

void draw_vector_page(cairo_t* cr, const Composition& c, const ExportScene& scene, const ProgressCallback& progress) {
  cairo_scale(cr, 72.0 / c.dpi, 72.0 / c.dpi); // canvas pixels -> points
  draw_composition_vector(cr, c, scene, progress);
}

void draw_page_vector(cairo_t* cr, const PageComposition& page, const std::vector<const ExportScene*>& scenes,
                      const ProgressCallback& progress) {
  const Composition& pc = page.page;
  if (scenes.size() != page.panes.size()) throw Error("draw_page_vector: one scene per pane is needed");
  cairo_scale(cr, 72.0 / pc.dpi, 72.0 / pc.dpi);
  cairo_rectangle(cr, 0, 0, pc.width_px, pc.height_px);
  cairo::set_source(cr, pc.style.background);
  cairo_fill(cr);
  for (std::size_t k = 0; k < page.panes.size(); ++k) {
    const PlacedPane& p = page.panes[k];
    cairo_save(cr);
    cairo_translate(cr, p.box.x, p.box.y);
    cairo_rectangle(cr, 0, 0, p.box.w, p.box.h);
    cairo_clip(cr);
    draw_composition_vector(cr, p.composition, *scenes[k], {});
    cairo_restore(cr);
    if (progress && !progress(0.1 + 0.8 * static_cast<double>(k + 1) / static_cast<double>(page.panes.size()),
                              "drawing panes")) {
      throw ExportCancelled("export cancelled");
    }
  }
  draw_decorations(cr, pc.layout, pc.content, pc.decoration, pc.style);
  cairo::check(cr, "drawing the page");
}

std::string add_svg_text_layer(const std::string& svg, const Composition& c, const std::vector<TextItem>& labels) {
  const std::size_t open = svg.find("<svg");
  const std::size_t open_end = open == std::string::npos ? open : svg.find('>', open);
  const std::size_t close = svg.rfind("</svg>");
  if (open_end == std::string::npos || close == std::string::npos || close < open_end) {
    throw Error("Cairo wrote an SVG without an <svg> element");
  }
  std::string head;
  if (!c.content.title.empty()) head += "\n<title>" + xml_escape(c.content.title) + "</title>";
  std::string desc = c.content.subtitle;
  for (const std::string* s : {&c.content.source, &c.content.credits}) {
    if (!s->empty()) desc += (desc.empty() ? "" : "\n") + *s;
  }
  if (!desc.empty()) head += "\n<desc>" + xml_escape(desc) + "</desc>";

  const double pt = 72.0 / c.dpi;
  std::string layer = "<g id=\"steppe-label-text\" fill-opacity=\"0\" stroke=\"none\" "
                      "font-family=\"Noto Sans CJK SC\" text-anchor=\"middle\">\n";
  for (const TextItem& item : labels) {
    const double size = std::round(item.size_px);
    layer += "<text x=\"" + number(item.position_px.x * pt) + "\" y=\"" +
             number((item.position_px.y + 0.38 * size) * pt) + "\" font-size=\"" + number(size * pt) + "\"" +
             (item.weight == FontWeight::Bold ? " font-weight=\"bold\"" : "") + ">" + xml_escape(item.utf8) +
             "</text>\n";
  }
  layer += "</g>\n";
  std::string out;
  out.reserve(svg.size() + head.size() + layer.size());
  out.append(svg, 0, open_end + 1);
  out += head;
  out.append(svg, open_end + 1, close - open_end - 1);
  out += layer;
  out.append(svg, close, std::string::npos);
  return out;
}

namespace {

using DrawPage = std::function<void(cairo_t*)>;

// The one-page SVG or PDF of `c`'s size and title, drawn by `draw`; the SVG
// gets `texts` (canvas pixels) as its readable text layer.
void write_vector_file(const std::filesystem::path& path, ExportFormat format, const Composition& c,
                       const DrawPage& draw, const std::vector<TextItem>& texts) {
  const double w_pt = c.width_px * 72.0 / c.dpi;
  const double h_pt = c.height_px * 72.0 / c.dpi;
  if (format == ExportFormat::Pdf) {
    const cairo::Surface surface(cairo_pdf_surface_create(path.c_str(), w_pt, h_pt));
    cairo::check(surface.get(), "cannot create the PDF " + path.string() + " (is the folder writable?)");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "steppe");
    if (!c.content.title.empty()) {
      cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, c.content.title.c_str());
    }
    {
      const cairo::Context cr(cairo_create(surface.get()));
      draw(cr.get());
    }
    cairo_surface_finish(surface.get());
    cairo::check(surface.get(), "cannot write the PDF " + path.string());
    return;
  }
  std::string svg;
  {
    const cairo::Surface surface(cairo_svg_surface_create_for_stream(append_to_string, &svg, w_pt, h_pt));
    cairo::check(surface.get(), "cannot create the SVG surface");
    cairo_svg_surface_restrict_to_version(surface.get(), CAIRO_SVG_VERSION_1_1);
    {
      const cairo::Context cr(cairo_create(surface.get()));
      draw(cr.get());
    }
    cairo_surface_finish(surface.get());
    cairo::check(surface.get(), "cannot write the SVG");
  }
  const std::string out = add_svg_text_layer(svg, c, texts);
  std::ofstream file(path, std::ios::binary);
  if (!file) throw Error("cannot create " + path.string() + " (does the folder exist and is it writable?)");
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) throw Error("cannot write " + path.string() + " (is the disk full?)");
}

} // namespace

void write_vector_export(const std::filesystem::path& path, ExportFormat format, const Composition& c,
                         const ExportScene& scene, const ProgressCallback& progress) {
  std::vector<TextItem> texts = c.label_items;
  texts.insert(texts.end(), c.points.labels.begin(), c.points.labels.end());
  const std::vector<TextItem> callout_texts = callout_text_items(c.callouts);
  texts.insert(texts.end(), callout_texts.begin(), callout_texts.end());
  const std::vector<TextItem> annotation_texts = annotation_text_items(c.annotations);
  texts.insert(texts.end(), annotation_texts.begin(), annotation_texts.end());
  write_vector_file(path, format, c, [&](cairo_t* cr) { draw_vector_page(cr, c, scene, progress); }, texts);
}

void write_page_vector(const std::filesystem::path& path, ExportFormat format, const PageComposition& page,
                       const std::vector<const ExportScene*>& scenes, const ProgressCallback& progress) {
  std::vector<TextItem> texts;
  for (const PlacedPane& p : page.panes) {
    const Vec2 d{static_cast<double>(p.box.x), static_cast<double>(p.box.y)};
    std::vector<TextItem> items = p.composition.label_items;
    items.insert(items.end(), p.composition.points.labels.begin(), p.composition.points.labels.end());
    const std::vector<TextItem> callout_texts = callout_text_items(p.composition.callouts);
    items.insert(items.end(), callout_texts.begin(), callout_texts.end());
    const std::vector<TextItem> annotation_texts = annotation_text_items(p.composition.annotations);
    items.insert(items.end(), annotation_texts.begin(), annotation_texts.end());
    TextItem title; // the pane's title as text too
    if (p.composition.layout.title) {
      const Box& b = *p.composition.layout.title;
      const double r = p.composition.pixel_ratio;
      title.utf8 = p.composition.content.title;
      title.position_px = {(b.x + b.w / 2) * r, (b.y + b.h / 2) * r};
      title.size_px = p.composition.content.title_size * r;
      title.weight = FontWeight::Bold;
      items.push_back(title);
    }
    for (TextItem& t : items) {
      t.position_px = {t.position_px.x + d.x, t.position_px.y + d.y};
      texts.push_back(std::move(t));
    }
  }
  write_vector_file(path, format, page.page, [&](cairo_t* cr) { draw_page_vector(cr, page, scenes, progress); },
                    texts);
}

} // namespace steppe
