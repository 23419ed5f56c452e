#include "render/overlay_image.hpp"

#include <glad/gl.h>

#include "render/gl_handles.hpp"
#include "render/shader.hpp"

namespace steppe {

namespace {

// A triangle covering the viewport; texels fetched by window position, so no
// filtering can blur the decorations' text.
constexpr const char* kVertex = R"(#version 330 core
void main() {
  vec2 p = vec2((gl_VertexID == 1) ? 3.0 : -1.0, (gl_VertexID == 2) ? 3.0 : -1.0);
  gl_Position = vec4(p, 0.0, 1.0);
}
)";
constexpr const char* kFragment = R"(#version 330 core
uniform sampler2D u_image;
uniform ivec2 u_origin; // the viewport's lower-left in window pixels
out vec4 frag_color;
void main() {
  ivec2 size = textureSize(u_image, 0);
  ivec2 p = ivec2(gl_FragCoord.xy) - u_origin;
  if (p.x >= size.x || p.y >= size.y) discard;
  frag_color = texelFetch(u_image, ivec2(p.x, size.y - 1 - p.y), 0); // rows top first
}
)";

} // namespace

struct OverlayImage::Impl {
  gl::Program program;
  gl::VertexArray vao;
  gl::Texture texture;
  GLint u_image = -1, u_origin = -1;
  int width = 0, height = 0;
};

OverlayImage::OverlayImage() : impl_(std::make_unique<Impl>()) {}
OverlayImage::~OverlayImage() = default;

bool OverlayImage::empty() const { return impl_->width == 0 || impl_->height == 0; }

void OverlayImage::upload(const Image& image) {
  Impl& s = *impl_;
  if (!s.program) {
    s.program = build_program(kVertex, kFragment, "overlay_image.vert (built in)", "overlay_image.frag (built in)");
    s.u_image = uniform_location(s.program, "u_image");
    s.u_origin = uniform_location(s.program, "u_origin");
    s.vao = gl::VertexArray::create();
    s.texture = gl::Texture::create();
  }
  glBindTexture(GL_TEXTURE_2D, s.texture.get());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image.rgba.data());
  glBindTexture(GL_TEXTURE_2D, 0);
  gl::check_error("uploading an overlay image");
  s.width = image.width;
  s.height = image.height;
}

void OverlayImage::draw() {
  Impl& s = *impl_;
  if (empty()) return;
  GLint viewport[4] = {0, 0, 0, 0};
  glGetIntegerv(GL_VIEWPORT, viewport);
  const GLboolean blend = glIsEnabled(GL_BLEND);
  GLint src_rgb = 0, dst_rgb = 0, src_a = 0, dst_a = 0;
  glGetIntegerv(GL_BLEND_SRC_RGB, &src_rgb);
  glGetIntegerv(GL_BLEND_DST_RGB, &dst_rgb);
  glGetIntegerv(GL_BLEND_SRC_ALPHA, &src_a);
  glGetIntegerv(GL_BLEND_DST_ALPHA, &dst_a);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA); // premultiplied OVER
  glUseProgram(s.program.get());
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, s.texture.get());
  glUniform1i(s.u_image, 0);
  // Anchored at the viewport's top-left.
  glUniform2i(s.u_origin, viewport[0], viewport[1] + viewport[3] - s.height);
  glBindVertexArray(s.vao.get());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
  glBlendFuncSeparate(static_cast<GLenum>(src_rgb), static_cast<GLenum>(dst_rgb), static_cast<GLenum>(src_a),
                      static_cast<GLenum>(dst_a));
  if (!blend) glDisable(GL_BLEND);
  gl::check_error("drawing an overlay image");
}

} // namespace steppe
