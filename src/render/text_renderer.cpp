#include "render/text_renderer.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/error.hpp"
#include "render/gl_handles.hpp"
#include "render/glyph_atlas.hpp"
#include "render/shader.hpp"
#include "render/text_utf8.hpp"

namespace steppe {
namespace {

// Ideographs in Noto Sans CJK fill the em box from 0.12 em below the baseline to
// 0.88 em above it; putting the baseline 0.38 em below the line's centre centres
// that box, which is what the eye reads as "centred" for Chinese names.
constexpr double kBaselineBelowCentreEm = 0.38;

int pixel_size(double size_px) {
  if (!std::isfinite(size_px) || size_px < 1.0 || size_px > 1000.0) {
    throw Error("text size " + std::to_string(size_px) + " px is outside 1..1000");
  }
  return static_cast<int>(std::lround(size_px));
}

struct Vertex {
  float x, y, u, v;
  std::uint8_t r, g, b, a;
};
static_assert(sizeof(Vertex) == 20);

struct Quad {
  PlacedGlyph glyph;
  Rgba8 colour;
};

// Saves the GL state draw() changes and puts it back on scope exit.
class SavedGlState {
public:
  SavedGlState() {
    glGetIntegerv(GL_CURRENT_PROGRAM, &program_);
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vao_);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &buffer_);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &active_texture_);
    glActiveTexture(GL_TEXTURE0);
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture_);
    blend_ = glIsEnabled(GL_BLEND);
    depth_ = glIsEnabled(GL_DEPTH_TEST);
    cull_ = glIsEnabled(GL_CULL_FACE);
    glGetIntegerv(GL_BLEND_SRC_RGB, &src_rgb_);
    glGetIntegerv(GL_BLEND_DST_RGB, &dst_rgb_);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &src_alpha_);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &dst_alpha_);
    glGetIntegerv(GL_BLEND_EQUATION_RGB, &eq_rgb_);
    glGetIntegerv(GL_BLEND_EQUATION_ALPHA, &eq_alpha_);
  }
  ~SavedGlState() {
    glBlendEquationSeparate(static_cast<GLenum>(eq_rgb_), static_cast<GLenum>(eq_alpha_));
    glBlendFuncSeparate(static_cast<GLenum>(src_rgb_), static_cast<GLenum>(dst_rgb_),
                        static_cast<GLenum>(src_alpha_), static_cast<GLenum>(dst_alpha_));
    set_enabled(GL_BLEND, blend_);
    set_enabled(GL_DEPTH_TEST, depth_);
    set_enabled(GL_CULL_FACE, cull_);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(texture_));
    glActiveTexture(static_cast<GLenum>(active_texture_));
    glBindBuffer(GL_ARRAY_BUFFER, static_cast<GLuint>(buffer_));
    glBindVertexArray(static_cast<GLuint>(vao_));
    glUseProgram(static_cast<GLuint>(program_));
  }
  SavedGlState(const SavedGlState&) = delete;
  SavedGlState& operator=(const SavedGlState&) = delete;

private:
  static void set_enabled(GLenum cap, GLboolean on) {
    if (on == GL_TRUE) glEnable(cap);
    else glDisable(cap);
  }
  GLint program_ = 0, vao_ = 0, buffer_ = 0, active_texture_ = 0, texture_ = 0;
  GLint src_rgb_ = 0, dst_rgb_ = 0, src_alpha_ = 0, dst_alpha_ = 0, eq_rgb_ = 0, eq_alpha_ = 0;
  GLboolean blend_ = GL_FALSE, depth_ = GL_FALSE, cull_ = GL_FALSE;
};

} // namespace

struct TextRenderer::Impl {
  FontFaces faces;
  GlyphAtlas atlas{faces};
  gl::Program program;
  gl::VertexArray vao;
  gl::Buffer vbo;
  GLint u_viewport = -1;
  GLint u_atlas = -1;

  void init_gl() {
    if (program) return;
    program = load_program("text");
    u_viewport = uniform_location(program, "u_viewport_px");
    u_atlas = uniform_location(program, "u_atlas");
    vao = gl::VertexArray::create();
    vbo = gl::Buffer::create();
    glBindVertexArray(vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, vbo.get());
    const auto stride = static_cast<GLsizei>(sizeof(Vertex));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offsetof(Vertex, x)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offsetof(Vertex, u)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<const void*>(offsetof(Vertex, r)));
    gl::check_error("text renderer setup");
  }
};

TextRenderer::TextRenderer() : impl_(std::make_unique<Impl>()) {}
TextRenderer::~TextRenderer() = default;

Vec2 TextRenderer::measure(std::string_view utf8, double size_px, FontWeight weight) const {
  const int size = pixel_size(size_px);
  double width = 0;
  for (char32_t cp : decode_utf8(utf8)) width += impl_->faces.advance(cp, size, weight);
  return {width, kLineHeightEm * size};
}

std::vector<PlacedGlyph> TextRenderer::layout(const TextItem& item) const {
  const int size = pixel_size(item.size_px);
  const std::u32string text = decode_utf8(item.utf8);
  double width = 0;
  for (char32_t cp : text) width += impl_->faces.advance(cp, size, item.weight);

  // Whole-pixel pen and baseline keep glyph texels aligned with screen pixels (crisp text).
  const double start_x = std::round(item.position_px.x - width / 2.0);
  const double baseline = std::round(item.position_px.y + kBaselineBelowCentreEm * size);
  std::vector<PlacedGlyph> halos;
  std::vector<PlacedGlyph> fills;
  double pen = 0;
  for (char32_t cp : text) {
    const AtlasGlyph& g = impl_->atlas.glyph(cp, size, item.weight);
    const double origin_x = start_x + std::round(pen);
    auto place = [&](const AtlasSlot& s, bool halo) {
      if (s.empty()) return;
      PlacedGlyph p;
      p.screen_px = Bounds{origin_x + s.left, baseline - s.top, origin_x + s.left + s.width,
                           baseline - s.top + s.height};
      p.page = s.page;
      p.texels = Bounds{static_cast<double>(s.x), static_cast<double>(s.y),
                        static_cast<double>(s.x + s.width), static_cast<double>(s.y + s.height)};
      p.halo = halo;
      (halo ? halos : fills).push_back(p);
    };
    place(g.halo, true);
    place(g.fill, false);
    pen += g.advance_px;
  }
  halos.insert(halos.end(), fills.begin(), fills.end());
  return halos;
}

void TextRenderer::draw(std::span<const TextItem> items, int viewport_w, int viewport_h) {
  if (items.empty()) return;
  if (viewport_w <= 0 || viewport_h <= 0) {
    throw Error("text viewport must be positive, got " + std::to_string(viewport_w) + "x" +
                std::to_string(viewport_h));
  }
  // Every halo goes under every fill, so one label's outline never covers a
  // neighbouring glyph or the second line of a two-line label.
  std::vector<Quad> halos;
  std::vector<Quad> fills;
  for (const TextItem& item : items) {
    for (const PlacedGlyph& g : layout(item)) {
      if (g.halo && item.halo_colour.a > 0) halos.push_back({g, item.halo_colour});
      if (!g.halo && item.colour.a > 0) fills.push_back({g, item.colour});
    }
  }
  auto by_page = [](const Quad& a, const Quad& b) { return a.glyph.page < b.glyph.page; };
  std::stable_sort(halos.begin(), halos.end(), by_page);
  std::stable_sort(fills.begin(), fills.end(), by_page);
  std::vector<Quad> quads = std::move(halos);
  quads.insert(quads.end(), fills.begin(), fills.end());
  if (quads.empty()) return;

  const double page = impl_->atlas.page_size();
  std::vector<Vertex> vertices;
  vertices.reserve(quads.size() * 6);
  for (const Quad& q : quads) {
    const Bounds& s = q.glyph.screen_px;
    const Bounds& t = q.glyph.texels;
    auto v = [&](double x, double y, double u, double w) {
      vertices.push_back(Vertex{static_cast<float>(x), static_cast<float>(y),
                                static_cast<float>(u / page), static_cast<float>(w / page),
                                q.colour.r, q.colour.g, q.colour.b, q.colour.a});
    };
    v(s.min_x, s.min_y, t.min_x, t.min_y);
    v(s.max_x, s.min_y, t.max_x, t.min_y);
    v(s.max_x, s.max_y, t.max_x, t.max_y);
    v(s.min_x, s.min_y, t.min_x, t.min_y);
    v(s.max_x, s.max_y, t.max_x, t.max_y);
    v(s.min_x, s.max_y, t.min_x, t.max_y);
  }

  const SavedGlState saved;
  impl_->init_gl();
  impl_->atlas.upload();
  glUseProgram(impl_->program.get());
  glUniform2f(impl_->u_viewport, static_cast<float>(viewport_w), static_cast<float>(viewport_h));
  glUniform1i(impl_->u_atlas, 0);
  glBindVertexArray(impl_->vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, impl_->vbo.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(Vertex)),
               vertices.data(), GL_STREAM_DRAW);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);

  // One draw per run of quads sharing an atlas page (usually: halos, then fills).
  std::size_t first = 0;
  while (first < quads.size()) {
    std::size_t last = first;
    while (last < quads.size() && quads[last].glyph.page == quads[first].glyph.page &&
           quads[last].glyph.halo == quads[first].glyph.halo) {
      ++last;
    }
    glBindTexture(GL_TEXTURE_2D, impl_->atlas.texture(quads[first].glyph.page));
    glDrawArrays(GL_TRIANGLES, static_cast<GLint>(first * 6), static_cast<GLsizei>((last - first) * 6));
    first = last;
  }
  gl::check_error("drawing text");
}

void TextRenderer::release_gl() {
  impl_->atlas.release_gl();
  impl_->vbo.reset();
  impl_->vao.reset();
  impl_->program.reset();
}

} // namespace steppe
