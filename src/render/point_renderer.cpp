#include "render/point_renderer.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace steppe {

namespace {

Rgba8 rgba(Rgb c, std::uint8_t a) { return {c.r, c.g, c.b, a}; }

} // namespace

Vec2 point_screen_position(const PointSymbol& p, const PointLayer& layer, const Camera& camera) {
  const Vec2 s = camera.to_screen(p.world);
  const Vec2 off = p.stack_offset_px(camera.pixel_ratio, layer.proportional);
  return {s.x + off.x, s.y + off.y};
}

std::vector<ScreenShape> point_shapes(const PointLayer& layer, const Camera& camera,
                                      const PointLayerStyle& style) {
  std::vector<ScreenShape> out;
  const double r = camera.pixel_ratio;
  for (const PointSymbol& p : layer.points) {
    ScreenShape c = ScreenShape::circle(point_screen_position(p, layer, camera), p.diameter_px * r);
    if (p.approximate) { // a banner-located group: filled disc (count inside), dashed ring
      c.fill = rgba(style.fill, 215);
      c.outline = rgba(style.approximate_ring, 255);
      c.outline_px = 2.0 * r;
      c.dashed = true;
      c.dash_px = 3.0 * r;
    } else {
      c.fill = rgba(style.fill, 235);
      c.outline = rgba(style.outline, 255);
      c.outline_px = 1.5 * r;
    }
    out.push_back(c);
  }
  return out;
}

std::vector<TextItem> point_labels(const PointLayer& layer, const std::vector<ScreenShape>& shapes,
                                   const Camera& camera, const PointDrawOptions& o, const TextRenderer& text) {
  // One label block per place, right of the stack's extent; a group's block is
  // its heading (place, count, "located to the banner only") and its items.
  struct Place {
    Bounds extent;
    std::vector<std::string> lines;
    std::size_t heading_lines = 0;
  };
  std::map<std::pair<double, double>, Place> places;
  const double size = o.label_size_px * camera.pixel_ratio;
  std::vector<TextItem> items;
  for (std::size_t i = 0; i < layer.points.size() && i < shapes.size(); ++i) {
    const PointSymbol& p = layer.points[i];
    Place& place = places[{p.lonlat.x, p.lonlat.y}];
    const ScreenShape& s = shapes[i];
    place.extent.expand(Vec2{s.centre_px.x - s.half_size_px.x, s.centre_px.y - s.half_size_px.y});
    place.extent.expand(Vec2{s.centre_px.x + s.half_size_px.x, s.centre_px.y + s.half_size_px.y});
    if (p.approximate) {
      // The count inside the grouped symbol: drawn once, with the symbol.
      TextItem count;
      count.utf8 = std::to_string(p.count());
      count.position_px = s.centre_px;
      count.size_px = size;
      count.colour = {255, 255, 255, 255};
      count.halo_colour = {0, 0, 0, 0};
      count.weight = FontWeight::Bold;
      items.push_back(count);
      place.lines.insert(place.lines.begin() + static_cast<std::ptrdiff_t>(place.heading_lines),
                         p.label + " (" + located_only_text(p.code) + ")");
      ++place.heading_lines;
      for (const std::string& m : p.member_labels) place.lines.push_back("· " + m);
    } else {
      place.lines.push_back(p.label);
    }
  }
  const double line_h = text.measure("0", size, FontWeight::Regular).y;
  for (auto& [key, place] : places) {
    std::vector<std::string> lines = place.lines;
    const std::size_t max_lines = o.max_label_lines + place.heading_lines;
    if (o.max_label_lines > 1 && lines.size() > max_lines) {
      const std::size_t more = lines.size() - (max_lines - 1);
      lines.resize(max_lines - 1);
      lines.push_back("… +" + std::to_string(more));
    }
    double y = place.extent.centre().y - line_h * static_cast<double>(lines.size()) / 2 + line_h / 2;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const std::string& line = lines[k];
      const FontWeight weight = k < place.heading_lines ? FontWeight::Bold : FontWeight::Regular;
      const Vec2 m = text.measure(line, size, weight);
      TextItem t;
      t.utf8 = line;
      t.position_px = {place.extent.max_x + 4 * camera.pixel_ratio + m.x / 2, y};
      t.size_px = size;
      t.colour = {40, 20, 70, 255};
      t.weight = weight;
      items.push_back(t);
      y += line_h;
    }
  }
  return items;
}

PointRenderer::PointRenderer() = default;
PointRenderer::~PointRenderer() = default;

void PointRenderer::draw(const PointLayer& layer, const Camera& camera, const PointDrawOptions& o) {
  const std::vector<ScreenShape> shapes = point_shapes(layer, camera, o.style);
  shapes_.draw(shapes, camera.width_px, camera.height_px);
  if (!o.labels || layer.points.empty()) return;
  if (!text_) text_ = std::make_unique<TextRenderer>();

  const std::vector<TextItem> items = point_labels(layer, shapes, camera, o, *text_);
  text_->draw(items, camera.width_px, camera.height_px);
}

} // namespace steppe
