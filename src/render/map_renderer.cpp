#include "render/map_renderer.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "render/gl_handles.hpp"
#include "render/shader.hpp"

namespace steppe {

namespace {

struct Mesh {
  gl::VertexArray vao;
  gl::Buffer vbo, ibo;
  GLsizei count = 0; // vertices (fills) or indices (strokes)
};

Mesh upload_fills(const std::vector<FillVertex>& verts) {
  Mesh m;
  m.vao = gl::VertexArray::create();
  m.vbo = gl::Buffer::create();
  glBindVertexArray(m.vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, m.vbo.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(verts.size() * sizeof(FillVertex)),
               verts.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(FillVertex),
                        reinterpret_cast<const void*>(offsetof(FillVertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribIPointer(1, 1, GL_UNSIGNED_INT, sizeof(FillVertex),
                         reinterpret_cast<const void*>(offsetof(FillVertex, region)));
  glBindVertexArray(0);
  m.count = static_cast<GLsizei>(verts.size());
  return m;
}

void upload_strokes(Mesh& m, const StrokeMesh& mesh) {
  if (!m.vao) {
    m.vao = gl::VertexArray::create();
    m.vbo = gl::Buffer::create();
    m.ibo = gl::Buffer::create();
  }
  glBindVertexArray(m.vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, m.vbo.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.vertices.size() * sizeof(StrokeVertex)),
               mesh.vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m.ibo.get());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(std::uint32_t)),
               mesh.indices.data(), GL_STATIC_DRAW);
  const auto stride = static_cast<GLsizei>(sizeof(StrokeVertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<const void*>(offsetof(StrokeVertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<const void*>(offsetof(StrokeVertex, ex)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<const void*>(offsetof(StrokeVertex, side)));
  glBindVertexArray(0);
  m.count = static_cast<GLsizei>(mesh.indices.size());
}

Mesh upload_strokes(const StrokeMesh& mesh) {
  Mesh m;
  upload_strokes(m, mesh);
  return m;
}

void set_color(GLint loc, Rgba8 c) {
  glUniform4f(loc, c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f);
}

} // namespace

struct MapRenderer::Impl {
  Vec2 origin;
  std::vector<MultiPolygon> shapes; // for emphasis outlines, built on demand
  // What the table texture and emphasis meshes hold now: a cache of the last
  // draw's paint, not state anyone sets.
  std::vector<Rgba8> colors;
  std::vector<std::uint8_t> patterns;
  bool uploaded = false;

  gl::Program fill_program, stroke_program;
  struct {
    GLint matrix, table, solid_mode, solid, hatch_color, hatch_spacing, hatch_width;
  } fill_loc{};
  struct {
    GLint matrix, viewport, half_width, feather, color;
  } stroke_loc{};

  gl::Texture table;
  int table_width = 1;
  struct Fills {
    double tolerance = 0;
    Mesh regions, context;
    std::vector<FillRange> ranges;
  };
  std::vector<Fills> fills; // [0] full detail, then coarser (the borders' tolerances)
  std::vector<Bounds> shape_bounds;
  // Scratch for culled draws (first vertex and count per visible run).
  mutable std::vector<GLint> cull_first;
  mutable std::vector<GLsizei> cull_count;
  struct Borders {
    double tolerance = 0;
    Mesh banner, league, outline, context_outline;
  };
  std::vector<Borders> borders; // [0] full detail, then coarser
  Mesh selected, hover;

  // The coarsest borders whose simplification stays under half a pixel.
  const Borders& borders_for(const Camera& camera) const {
    const Borders* best = &borders.front();
    for (const Borders& b : borders) {
      if (b.tolerance <= 0.5 * camera.units_per_px) best = &b;
    }
    return *best;
  }
  // The fills simplified like those borders (same tolerance, same chains).
  const Fills& fills_for(double tolerance) const {
    for (const Fills& f : fills) {
      if (f.tolerance == tolerance) return f;
    }
    return fills.front();
  }

  void upload_table() {
    // Row 0: colours; row 1: pattern code in red.
    std::vector<std::uint8_t> texels(static_cast<std::size_t>(table_width) * 2 * 4, 0);
    for (std::size_t i = 0; i < colors.size(); ++i) {
      const Rgba8 c = colors[i];
      std::copy_n(std::array<std::uint8_t, 4>{c.r, c.g, c.b, c.a}.data(), 4, texels.data() + i * 4);
      texels[(static_cast<std::size_t>(table_width) + i) * 4] = patterns[i];
    }
    glBindTexture(GL_TEXTURE_2D, table.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, table_width, 2, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
    glBindTexture(GL_TEXTURE_2D, 0);
  }

  void rebuild_emphasis() {
    StrokeMesh sel, hov;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      if (patterns[i] == kPatternSelected) {
        StrokeMesh m = stroke_outline(shapes[i], origin);
        append_mesh(sel, m);
      } else if (patterns[i] == kPatternHover) {
        StrokeMesh m = stroke_outline(shapes[i], origin);
        append_mesh(hov, m);
      }
    }
    upload_strokes(selected, sel);
    upload_strokes(hover, hov);
  }

  static void append_mesh(StrokeMesh& into, const StrokeMesh& from) {
    const auto base = static_cast<std::uint32_t>(into.vertices.size());
    into.vertices.insert(into.vertices.end(), from.vertices.begin(), from.vertices.end());
    for (std::uint32_t i : from.indices) into.indices.push_back(base + i);
  }

  void draw_fill(const Mesh& m, bool solid, Rgba8 color) const {
    if (m.count == 0) return;
    glUniform1i(fill_loc.solid_mode, solid ? 1 : 0);
    set_color(fill_loc.solid, color);
    glBindVertexArray(m.vao.get());
    glDrawArrays(GL_TRIANGLES, 0, m.count);
  }

  // The region fills whose bounds meet the view: everything in one draw when
  // all are in view (the overview), else the visible regions' runs only.
  void draw_region_fills(const Fills& f, const Camera& camera) const {
    if (f.regions.count == 0) return;
    glUniform1i(fill_loc.solid_mode, 0);
    glBindVertexArray(f.regions.vao.get());
    const Bounds view = camera.visible_world();
    cull_first.clear();
    cull_count.clear();
    bool all = true;
    for (const FillRange& r : f.ranges) {
      const Bounds& b = shape_bounds[r.region];
      if (b.max_x < view.min_x || b.min_x > view.max_x || b.max_y < view.min_y || b.min_y > view.max_y) {
        all = false;
        continue;
      }
      const auto first = static_cast<GLint>(r.first);
      if (!cull_first.empty() && cull_first.back() + cull_count.back() == first) {
        cull_count.back() += static_cast<GLsizei>(r.count);
      } else {
        cull_first.push_back(first);
        cull_count.push_back(static_cast<GLsizei>(r.count));
      }
    }
    if (all) {
      glDrawArrays(GL_TRIANGLES, 0, f.regions.count);
    } else if (!cull_first.empty()) {
      glMultiDrawArrays(GL_TRIANGLES, cull_first.data(), cull_count.data(), static_cast<GLsizei>(cull_first.size()));
    }
  }

  void draw_stroke(const Mesh& m, const LineStyle& line, double pixel_ratio) const {
    if (m.count == 0 || line.width <= 0 || line.color.a == 0) return;
    glUniform1f(stroke_loc.half_width, static_cast<float>(line.width * pixel_ratio / 2));
    set_color(stroke_loc.color, line.color);
    glBindVertexArray(m.vao.get());
    glDrawElements(GL_TRIANGLES, m.count, GL_UNSIGNED_INT, nullptr);
  }
};

MapRenderer::MapRenderer(const MapGeometry& geometry) : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  s.origin = geometry.origin;
  s.shapes = geometry.shapes;
  const std::size_t n = geometry.region_count();
  s.colors.assign(n, Rgba8{});
  s.patterns.assign(n, kPatternSolid);

  s.fill_program = load_program("fill");
  s.fill_loc = {uniform_location(s.fill_program, "u_world_to_clip"),
                uniform_location(s.fill_program, "u_table"),
                uniform_location(s.fill_program, "u_solid_mode"),
                uniform_location(s.fill_program, "u_solid"),
                uniform_location(s.fill_program, "u_hatch_color"),
                uniform_location(s.fill_program, "u_hatch_spacing"),
                uniform_location(s.fill_program, "u_hatch_width")};
  s.stroke_program = load_program("stroke");
  s.stroke_loc = {uniform_location(s.stroke_program, "u_world_to_clip"),
                  uniform_location(s.stroke_program, "u_viewport"),
                  uniform_location(s.stroke_program, "u_half_width"),
                  uniform_location(s.stroke_program, "u_feather"),
                  uniform_location(s.stroke_program, "u_color")};

  GLint max_texture = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture);
  if (n > static_cast<std::size_t>(max_texture)) {
    throw Error("the atlas has " + std::to_string(n) + " regions; this GL allows at most " +
                std::to_string(max_texture));
  }
  s.table_width = static_cast<int>(std::max<std::size_t>(n, 1));
  s.table = gl::Texture::create();
  glBindTexture(GL_TEXTURE_2D, s.table.get());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, s.table_width, 2, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  s.upload_table();

  s.shape_bounds = geometry.shape_bounds;
  s.fills.push_back({0, upload_fills(geometry.fills), upload_fills(geometry.context_fills), geometry.fill_ranges});
  for (const FillLod& lod : geometry.fill_lods) {
    s.fills.push_back({lod.tolerance, upload_fills(lod.fills), upload_fills(lod.context_fills), lod.ranges});
  }
  s.borders.push_back({0, upload_strokes(geometry.banner_borders), upload_strokes(geometry.league_borders),
                       upload_strokes(geometry.region_outline), upload_strokes(geometry.context_outlines)});
  for (const BorderLod& lod : geometry.border_lods) {
    s.borders.push_back({lod.tolerance, upload_strokes(lod.banner_borders), upload_strokes(lod.league_borders),
                         upload_strokes(lod.region_outline), upload_strokes(lod.context_outlines)});
  }
  s.rebuild_emphasis();
  gl::check_error("uploading the map geometry");
}

MapRenderer::~MapRenderer() = default;
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;

std::size_t MapRenderer::region_count() const { return impl_->shapes.size(); }

namespace {

// The paint's tables for n regions (empty: the style's fill, solid).
void resolve_tables(const MapPaint& paint, std::size_t n, std::vector<Rgba8>& colors,
                    std::vector<std::uint8_t>& patterns) {
  const RegionPaint& r = paint.regions;
  if (!r.colours.empty() && r.colours.size() != n) {
    throw Error("map paint: " + std::to_string(r.colours.size()) + " colours for " + std::to_string(n) + " regions");
  }
  if (!r.patterns.empty() && r.patterns.size() != n) {
    throw Error("map paint: " + std::to_string(r.patterns.size()) + " patterns for " + std::to_string(n) +
                " regions");
  }
  if (r.colours.empty()) colors.assign(n, paint.style.region_fill);
  else colors = r.colours;
  if (r.patterns.empty()) patterns.assign(n, kPatternSolid);
  else patterns = r.patterns;
}

bool emphasis_differs(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  return !std::equal(a.begin(), a.end(), b.begin(), b.end(), [](std::uint8_t x, std::uint8_t y) {
    return (x >= kPatternSelected || y >= kPatternSelected) ? x == y : true;
  });
}

} // namespace

void MapRenderer::render(const Camera& camera, const MapPaint& paint) {
  {
    Impl& w = *impl_;
    std::vector<Rgba8> colors;
    std::vector<std::uint8_t> patterns;
    resolve_tables(paint, w.shapes.size(), colors, patterns);
    if (!w.uploaded || colors != w.colors || patterns != w.patterns) {
      const bool emphasis = !w.uploaded || emphasis_differs(patterns, w.patterns);
      w.colors = std::move(colors);
      w.patterns = std::move(patterns);
      w.upload_table();
      if (emphasis) w.rebuild_emphasis();
      w.uploaded = true;
    }
  }
  const Impl& s = *impl_;
  const MapStyle& st = paint.style;
  const double ratio = camera.pixel_ratio;
  const std::array<float, 16> m = camera.world_to_clip(s.origin);
  const Impl::Borders& borders = s.borders_for(camera);
  const Impl::Fills& fills = s.fills_for(borders.tolerance);

  glViewport(0, 0, camera.width_px, camera.height_px);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

  glUseProgram(s.fill_program.get());
  glUniformMatrix4fv(s.fill_loc.matrix, 1, GL_FALSE, m.data());
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, s.table.get());
  glUniform1i(s.fill_loc.table, 0);
  set_color(s.fill_loc.hatch_color, st.hatch_color);
  glUniform1f(s.fill_loc.hatch_spacing, static_cast<float>(std::max(2.0, st.hatch_spacing * ratio)));
  glUniform1f(s.fill_loc.hatch_width, static_cast<float>(st.hatch_width * ratio));
  s.draw_fill(fills.context, true, st.context_fill);

  // The context outlines go under the region fills, so only the parts
  // outside the regions show.
  glUseProgram(s.stroke_program.get());
  glUniformMatrix4fv(s.stroke_loc.matrix, 1, GL_FALSE, m.data());
  glUniform2f(s.stroke_loc.viewport, static_cast<float>(camera.width_px),
              static_cast<float>(camera.height_px));
  glUniform1f(s.stroke_loc.feather, 1.0f); // one framebuffer pixel, at any DPI
  s.draw_stroke(borders.context_outline, st.context_outline, ratio);

  glUseProgram(s.fill_program.get());
  s.draw_region_fills(fills, camera);

  glUseProgram(s.stroke_program.get());
  s.draw_stroke(borders.banner, st.banner_border, ratio);
  s.draw_stroke(borders.league, st.league_border, ratio);
  s.draw_stroke(borders.outline, st.region_outline, ratio);
  s.draw_stroke(s.hover, st.hover_outline, ratio);
  s.draw_stroke(s.selected, st.selected_outline, ratio);

  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
  gl::check_error("drawing the map");
}

} // namespace steppe
