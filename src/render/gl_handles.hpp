#pragma once
// Move-only RAII owners for OpenGL object names. Each deletes its object in
// the destructor, so it must be destroyed while its context is current.
#include <glad/gl.h>

#include <utility>

namespace steppe::gl {

template <typename Traits>
class Handle {
public:
  Handle() = default;
  explicit Handle(GLuint id) : id_(id) {}
  ~Handle() { reset(); }
  Handle(Handle&& o) noexcept : id_(std::exchange(o.id_, 0)) {}
  Handle& operator=(Handle&& o) noexcept {
    if (this != &o) {
      reset();
      id_ = std::exchange(o.id_, 0);
    }
    return *this;
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;

  static Handle create() { return Handle(Traits::create()); }
  GLuint get() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  void reset() {
    if (id_ != 0) Traits::destroy(id_);
    id_ = 0;
  }

private:
  GLuint id_ = 0;
};

struct BufferTraits {
  static GLuint create() { GLuint id = 0; glGenBuffers(1, &id); return id; }
  static void destroy(GLuint id) { glDeleteBuffers(1, &id); }
};
struct VertexArrayTraits {
  static GLuint create() { GLuint id = 0; glGenVertexArrays(1, &id); return id; }
  static void destroy(GLuint id) { glDeleteVertexArrays(1, &id); }
};
struct TextureTraits {
  static GLuint create() { GLuint id = 0; glGenTextures(1, &id); return id; }
  static void destroy(GLuint id) { glDeleteTextures(1, &id); }
};
struct FramebufferTraits {
  static GLuint create() { GLuint id = 0; glGenFramebuffers(1, &id); return id; }
  static void destroy(GLuint id) { glDeleteFramebuffers(1, &id); }
};
struct RenderbufferTraits {
  static GLuint create() { GLuint id = 0; glGenRenderbuffers(1, &id); return id; }
  static void destroy(GLuint id) { glDeleteRenderbuffers(1, &id); }
};
struct ProgramTraits {
  static GLuint create() { return glCreateProgram(); }
  static void destroy(GLuint id) { glDeleteProgram(id); }
};
struct ShaderTraits {
  static void destroy(GLuint id) { glDeleteShader(id); }
};

using Buffer = Handle<BufferTraits>;
using VertexArray = Handle<VertexArrayTraits>;
using Texture = Handle<TextureTraits>;
using Framebuffer = Handle<FramebufferTraits>;
using Renderbuffer = Handle<RenderbufferTraits>;
using Program = Handle<ProgramTraits>;
using Shader = Handle<ShaderTraits>;

// Throws steppe::Error naming `what` if the GL error flag is set.
void check_error(const char* what);

} // namespace steppe::gl
