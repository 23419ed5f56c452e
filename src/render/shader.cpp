#include "render/shader.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/error.hpp"
#include "io/shipped_data.hpp"

namespace steppe {

namespace gl {

void check_error(const char* what) {
  const GLenum err = glGetError();
  if (err == GL_NO_ERROR) return;
  std::ostringstream msg;
  msg << "OpenGL error 0x" << std::hex << err << " in " << what;
  while (glGetError() != GL_NO_ERROR) {
  }
  throw Error(msg.str());
}

} // namespace gl

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error("cannot read shader " + path.string() +
                ": set STEPPE_SHADER_DIR to the directory holding steppe's shaders/");
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string info_log(GLuint id, bool program) {
  GLint len = 0;
  if (program) glGetProgramiv(id, GL_INFO_LOG_LENGTH, &len);
  else glGetShaderiv(id, GL_INFO_LOG_LENGTH, &len);
  std::vector<char> buf(static_cast<std::size_t>(std::max(len, 1)));
  if (program) glGetProgramInfoLog(id, len, nullptr, buf.data());
  else glGetShaderInfoLog(id, len, nullptr, buf.data());
  return std::string(buf.data());
}

gl::Shader compile(GLenum type, const std::string& source, const std::string& label) {
  gl::Shader shader(glCreateShader(type));
  if (!shader) throw Error("glCreateShader failed for " + label + " (is a GL context current?)");
  const char* text = source.c_str();
  glShaderSource(shader.get(), 1, &text, nullptr);
  glCompileShader(shader.get());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) throw Error("shader " + label + " does not compile:\n" + info_log(shader.get(), false));
  return shader;
}

} // namespace

std::filesystem::path shader_dir() {
  return shipped_data_dir("shaders", "STEPPE_SHADER_DIR");
}

gl::Program build_program(const std::string& vertex_source, const std::string& fragment_source,
                          const std::string& vertex_label, const std::string& fragment_label) {
  gl::Shader vs = compile(GL_VERTEX_SHADER, vertex_source, vertex_label);
  gl::Shader fs = compile(GL_FRAGMENT_SHADER, fragment_source, fragment_label);
  gl::Program program = gl::Program::create();
  glAttachShader(program.get(), vs.get());
  glAttachShader(program.get(), fs.get());
  glLinkProgram(program.get());
  GLint ok = GL_FALSE;
  glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
  glDetachShader(program.get(), vs.get());
  glDetachShader(program.get(), fs.get());
  if (ok != GL_TRUE) {
    throw Error("shaders " + vertex_label + " + " + fragment_label + " do not link:\n" +
                info_log(program.get(), true));
  }
  return program;
}

gl::Program load_program(const std::string& name) {
  const std::filesystem::path dir = shader_dir();
  const std::filesystem::path vpath = dir / (name + ".vert.glsl");
  const std::filesystem::path fpath = dir / (name + ".frag.glsl");
  const std::string vertex = read_text(vpath);
  const std::string fragment = read_text(fpath);
  return build_program(vertex, fragment, vpath.string(), fpath.string());
}

GLint uniform_location(const gl::Program& program, const char* name) {
  const GLint loc = glGetUniformLocation(program.get(), name);
  if (loc < 0) throw Error(std::string("shader program has no active uniform '") + name + "'");
  return loc;
}

} // namespace steppe
