#include "render/screen_shapes.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

#include "render/gl_handles.hpp"
#include "render/shader.hpp"

namespace steppe {

namespace {

struct ShapeVertex {
  float x, y;           // framebuffer px
  float lx, ly;         // local px
  float hx, hy;         // half size
  float radius, outline, flags, dash;
  float fill[4];
  float stroke[4];
};

void to_float(Rgba8 c, float* out) {
  out[0] = static_cast<float>(c.r) / 255.0f;
  out[1] = static_cast<float>(c.g) / 255.0f;
  out[2] = static_cast<float>(c.b) / 255.0f;
  out[3] = static_cast<float>(c.a) / 255.0f;
}

// Program, vertex array, blending: restored when the draw is done.
class SavedState {
public:
  SavedState() {
    glGetIntegerv(GL_CURRENT_PROGRAM, &program_);
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vao_);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &buffer_);
    blend_ = glIsEnabled(GL_BLEND);
    glGetIntegerv(GL_BLEND_SRC_RGB, &src_rgb_);
    glGetIntegerv(GL_BLEND_DST_RGB, &dst_rgb_);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &src_alpha_);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &dst_alpha_);
  }
  ~SavedState() {
    glBlendFuncSeparate(static_cast<GLenum>(src_rgb_), static_cast<GLenum>(dst_rgb_),
                        static_cast<GLenum>(src_alpha_), static_cast<GLenum>(dst_alpha_));
    if (blend_) glEnable(GL_BLEND);
    else glDisable(GL_BLEND);
    glBindBuffer(GL_ARRAY_BUFFER, static_cast<GLuint>(buffer_));
    glBindVertexArray(static_cast<GLuint>(vao_));
    glUseProgram(static_cast<GLuint>(program_));
  }
  SavedState(const SavedState&) = delete;
  SavedState& operator=(const SavedState&) = delete;

private:
  GLint program_ = 0, vao_ = 0, buffer_ = 0;
  GLint src_rgb_ = 0, dst_rgb_ = 0, src_alpha_ = 0, dst_alpha_ = 0;
  GLboolean blend_ = GL_FALSE;
};

} // namespace

ScreenShape ScreenShape::circle(Vec2 centre, double diameter_px) {
  ScreenShape s;
  s.centre_px = centre;
  s.half_size_px = {diameter_px / 2, diameter_px / 2};
  s.corner_radius_px = diameter_px / 2;
  return s;
}

ScreenShape ScreenShape::rect(const Bounds& box, double corner_radius_px) {
  ScreenShape s;
  s.centre_px = box.centre();
  s.half_size_px = {box.width() / 2, box.height() / 2};
  s.corner_radius_px = corner_radius_px;
  return s;
}

struct ScreenShapeRenderer::Impl {
  gl::Program program;
  gl::VertexArray vao;
  gl::Buffer vbo;
  GLint u_viewport = -1, u_hatch_color = -1, u_hatch_spacing = -1, u_hatch_width = -1;

  void create() {
    program = load_program("point");
    u_viewport = uniform_location(program, "u_viewport");
    u_hatch_color = uniform_location(program, "u_hatch_color");
    u_hatch_spacing = uniform_location(program, "u_hatch_spacing");
    u_hatch_width = uniform_location(program, "u_hatch_width");
    vao = gl::VertexArray::create();
    vbo = gl::Buffer::create();
    glBindVertexArray(vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, vbo.get());
    const auto stride = static_cast<GLsizei>(sizeof(ShapeVertex));
    auto attrib = [stride](GLuint index, GLint size, std::size_t offset) {
      glEnableVertexAttribArray(index);
      glVertexAttribPointer(index, size, GL_FLOAT, GL_FALSE, stride,
                            reinterpret_cast<const void*>(offset)); // NOLINT: GL buffer offset
    };
    attrib(0, 2, offsetof(ShapeVertex, x));
    attrib(1, 2, offsetof(ShapeVertex, lx));
    attrib(2, 2, offsetof(ShapeVertex, hx));
    attrib(3, 4, offsetof(ShapeVertex, radius));
    attrib(4, 4, offsetof(ShapeVertex, fill));
    attrib(5, 4, offsetof(ShapeVertex, stroke));
    gl::check_error("creating the screen shape buffers");
  }
};

ScreenShapeRenderer::ScreenShapeRenderer() : impl_(std::make_unique<Impl>()) {}
ScreenShapeRenderer::~ScreenShapeRenderer() = default;

void ScreenShapeRenderer::draw(std::span<const ScreenShape> shapes, int viewport_w, int viewport_h,
                               const HatchStyle& hatch) {
  if (shapes.empty()) return;
  if (!impl_->program) impl_->create();
  std::vector<ShapeVertex> vertices;
  vertices.reserve(shapes.size() * 6);
  for (const ScreenShape& s : shapes) {
    const double pad = 1.5; // room for the anti-aliased edge
    const double hx = s.half_size_px.x + pad, hy = s.half_size_px.y + pad;
    const std::array<Vec2, 6> corners{Vec2{-hx, -hy}, Vec2{hx, -hy}, Vec2{hx, hy},
                                      Vec2{-hx, -hy}, Vec2{hx, hy},  Vec2{-hx, hy}};
    const float flags = static_cast<float>((s.hatched ? 1 : 0) | (s.dashed ? 2 : 0));
    const double radius = std::min({s.corner_radius_px, s.half_size_px.x, s.half_size_px.y});
    for (const Vec2& c : corners) {
      ShapeVertex v{};
      v.x = static_cast<float>(s.centre_px.x + c.x);
      v.y = static_cast<float>(s.centre_px.y + c.y);
      v.lx = static_cast<float>(c.x);
      v.ly = static_cast<float>(c.y);
      v.hx = static_cast<float>(s.half_size_px.x);
      v.hy = static_cast<float>(s.half_size_px.y);
      v.radius = static_cast<float>(radius);
      v.outline = static_cast<float>(s.outline_px);
      v.flags = flags;
      v.dash = static_cast<float>(s.dash_px);
      to_float(s.fill, v.fill);
      to_float(s.outline, v.stroke);
      vertices.push_back(v);
    }
  }
  SavedState saved;
  glUseProgram(impl_->program.get());
  glUniform2f(impl_->u_viewport, static_cast<float>(viewport_w), static_cast<float>(viewport_h));
  float hc[4];
  to_float(hatch.colour, hc);
  glUniform4fv(impl_->u_hatch_color, 1, hc);
  glUniform1f(impl_->u_hatch_spacing, static_cast<float>(hatch.spacing_px));
  glUniform1f(impl_->u_hatch_width, static_cast<float>(hatch.width_px));
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glBindVertexArray(impl_->vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, impl_->vbo.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(ShapeVertex)),
               vertices.data(), GL_STREAM_DRAW);
  glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(vertices.size()));
  gl::check_error("drawing screen shapes");
}

} // namespace steppe
