#include "render/legend_renderer.hpp"

#include <algorithm>

namespace steppe {

namespace {

Rgba8 rgba(Rgb c, std::uint8_t a = 255) { return {c.r, c.g, c.b, a}; }

// Length of the UTF-8 sequence starting with byte `b`.
std::size_t utf8_step(unsigned char b) {
  if (b < 0x80) return 1;
  if ((b >> 5) == 0x6) return 2;
  if ((b >> 4) == 0xe) return 3;
  if ((b >> 3) == 0x1e) return 4;
  return 1;
}

// Builds the legend at the origin; translated into place at the end.
class Builder {
public:
  Builder(const TextRenderer& text, const LegendStyle& style, double scale)
      : text_(text), style_(style), s_(scale) {}

  void text_line(const std::string& utf8, double size, FontWeight weight, Rgba8 colour, double x) {
    const Vec2 m = text_.measure(utf8, size, weight);
    TextItem item;
    item.utf8 = utf8;
    item.position_px = {x + m.x / 2, y_ + m.y / 2};
    item.size_px = size;
    item.colour = colour;
    item.halo_colour = {255, 255, 255, 0};
    item.weight = weight;
    out_.texts.push_back(item);
    width_ = std::max(width_, x + m.x);
    y_ += m.y;
  }

  void paragraph(const std::string& utf8, double size_logical, FontWeight weight, Rgba8 colour) {
    if (utf8.empty()) return;
    const double size = size_logical * s_;
    for (const std::string& line : wrap_text(utf8, size, weight, style_.text_width_px * s_, text_))
      text_line(line, size, weight, colour, pad());
  }

  void gap(double logical) { y_ += logical * s_; }
  double pad() const { return style_.padding_px * s_; }

  void entry(const LegendEntry& e) {
    const double size = style_.text_size_px * s_;
    const double line_h = text_.measure("0", size, FontWeight::Regular).y;
    const double sw = style_.swatch_w_px * s_, sh = style_.swatch_h_px * s_;
    const double row_h = std::max(line_h, sh);
    Bounds box;
    box.expand(Vec2{pad(), y_ + (row_h - sh) / 2});
    box.expand(Vec2{pad() + sw, y_ + (row_h + sh) / 2});
    ScreenShape swatch = ScreenShape::rect(box, 2 * s_);
    swatch.fill = rgba(e.colour);
    swatch.hatched = e.hatched;
    swatch.outline = style_.swatch_border;
    swatch.outline_px = 1 * s_;
    out_.shapes.push_back(swatch);
    out_.entry_swatches_px.push_back(box);
    const double y0 = y_;
    y_ += (row_h - line_h) / 2;
    text_line(e.label + "  (" + std::to_string(e.count) + ")", size, FontWeight::Regular, style_.text,
              pad() + sw + 8 * s_);
    y_ = y0 + row_h + style_.row_gap_px * s_;
  }

  void symbol(const LegendSymbol& sym, double column_px) {
    const double size = style_.text_size_px * s_;
    const double line_h = text_.measure("0", size, FontWeight::Regular).y;
    const double d = sym.diameter_px * s_;
    const double row_h = std::max(line_h, d);
    const Vec2 centre{pad() + column_px / 2, y_ + row_h / 2};
    ScreenShape c = ScreenShape::circle(centre, d);
    c.fill = sym.approximate ? rgba(sym.fill, 215) : rgba(sym.fill, 235); // as the map draws a grouped symbol
    c.outline = sym.approximate ? rgba(sym.outline) : rgba(sym.outline, 255);
    c.outline_px = (sym.approximate ? 2.0 : 1.5) * s_;
    c.dashed = sym.approximate;
    c.dash_px = 3 * s_;
    if (!sym.approximate) {
      // A white outline disappears on the white panel: frame it.
      ScreenShape ring = ScreenShape::circle(centre, d + 2 * s_);
      ring.fill = style_.swatch_border;
      out_.shapes.push_back(ring);
    }
    out_.shapes.push_back(c);
    out_.symbol_centres_px.push_back(centre);
    const double y0 = y_;
    y_ += (row_h - line_h) / 2;
    text_line(sym.label, size, FontWeight::Regular, style_.text, pad() + column_px + 8 * s_);
    y_ = y0 + row_h + style_.row_gap_px * s_;
  }

  LegendLayout finish(const Camera& camera) {
    const double w = width_ + pad();
    const double h = y_ + pad();
    const double m = style_.margin_px * s_;
    const bool left = style_.corner == LegendCorner::BottomLeft || style_.corner == LegendCorner::TopLeft;
    const bool top = style_.corner == LegendCorner::TopLeft || style_.corner == LegendCorner::TopRight;
    const Vec2 at{left ? m : camera.width_px - m - w, top ? m : camera.height_px - m - h};
    auto move = [at](Bounds& b) {
      b.min_x += at.x; b.max_x += at.x;
      b.min_y += at.y; b.max_y += at.y;
    };
    Bounds panel;
    panel.expand(Vec2{0, 0});
    panel.expand(Vec2{w, h});
    ScreenShape p = ScreenShape::rect(panel, 6 * s_);
    p.fill = style_.panel;
    p.outline = style_.panel_border;
    p.outline_px = 1 * s_;
    out_.shapes.insert(out_.shapes.begin(), p);
    for (ScreenShape& sh : out_.shapes) sh.centre_px = {sh.centre_px.x + at.x, sh.centre_px.y + at.y};
    for (TextItem& t : out_.texts) t.position_px = {t.position_px.x + at.x, t.position_px.y + at.y};
    for (Bounds& b : out_.entry_swatches_px) move(b);
    for (Vec2& c : out_.symbol_centres_px) c = {c.x + at.x, c.y + at.y};
    move(panel);
    out_.panel_px = panel;
    return std::move(out_);
  }

  void start() { y_ = pad(); width_ = 0; }

private:
  const TextRenderer& text_;
  const LegendStyle& style_;
  double s_;
  double y_ = 0;
  double width_ = 0;
  LegendLayout out_;
};

} // namespace

std::vector<std::string> wrap_text(const std::string& utf8, double size_px, FontWeight weight,
                                   double max_px, const TextRenderer& text) {
  std::vector<std::string> lines;
  std::string line;
  auto fits = [&](const std::string& s) { return text.measure(s, size_px, weight).x <= max_px; };
  std::size_t i = 0;
  while (i < utf8.size()) {
    // Next word: up to and including the next space.
    std::size_t j = utf8.find(' ', i);
    j = j == std::string::npos ? utf8.size() : j + 1;
    const std::string word = utf8.substr(i, j - i);
    i = j;
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (!line.empty() && fits(word)) {
      lines.push_back(line);
      line = word;
      continue;
    }
    // Too long on its own (Chinese runs): break between characters.
    for (std::size_t k = 0; k < word.size();) {
      const std::size_t n = std::min(utf8_step(static_cast<unsigned char>(word[k])), word.size() - k);
      const std::string ch = word.substr(k, n);
      if (!line.empty() && !fits(line + ch)) {
        lines.push_back(line);
        line.clear();
      }
      line += ch;
      k += n;
    }
  }
  if (!line.empty()) lines.push_back(line);
  for (std::string& l : lines)
    while (!l.empty() && l.back() == ' ') l.pop_back();
  return lines;
}

LegendLayout layout_legend(const Legend& legend, const Camera& camera, const TextRenderer& text,
                           const LegendStyle& style) {
  Builder b(text, style, camera.pixel_ratio);
  b.start();
  b.paragraph(legend.title, style.title_size_px, FontWeight::Bold, style.text);
  std::string sub = legend.period_label;
  if (!legend.unit.empty()) sub += (sub.empty() ? "" : "  ·  ") + std::string("单位 / unit: ") + legend.unit;
  b.paragraph(sub, style.note_size_px, FontWeight::Regular, style.note);
  if (!legend.entries.empty()) b.gap(8);
  for (const LegendEntry& e : legend.entries) b.entry(e);
  if (!legend.symbols.empty()) {
    b.gap(4);
    b.paragraph(legend.symbols_title, style.text_size_px, FontWeight::Bold, style.text);
    b.gap(4);
    double column = style.swatch_w_px;
    for (const LegendSymbol& s : legend.symbols) column = std::max(column, s.diameter_px);
    for (const LegendSymbol& s : legend.symbols) b.symbol(s, column * camera.pixel_ratio);
  }
  if (style.show_notes) {
    b.gap(4);
    for (const std::string* note : {&legend.coverage_note, &legend.consistency_note,
                                    &legend.classification_note})
      b.paragraph(*note, style.note_size_px, FontWeight::Regular, style.note);
    for (const std::string& w : legend.warnings)
      b.paragraph("! " + w, style.note_size_px, FontWeight::Regular, style.warning);
  }
  b.gap(4);
  b.paragraph(legend.source_line, style.note_size_px, FontWeight::Regular, style.note);
  return b.finish(camera);
}

LegendRenderer::LegendRenderer() = default;
LegendRenderer::~LegendRenderer() = default;

LegendLayout LegendRenderer::draw(const Legend& legend, const Camera& camera, const LegendStyle& style,
                                  const HatchStyle& hatch) {
  LegendLayout layout = layout_legend(legend, camera, text_, style);
  shapes_.draw(layout.shapes, camera.width_px, camera.height_px, hatch);
  text_.draw(layout.texts, camera.width_px, camera.height_px);
  return layout;
}

} // namespace steppe
