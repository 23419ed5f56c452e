#pragma once
// GLSL programs loaded at run time from the shader directory: $STEPPE_SHADER_DIR
// if set, else share/steppe/shaders (io/shipped_data.hpp).
#include <filesystem>
#include <string>

#include "render/gl_handles.hpp"

namespace steppe {

std::filesystem::path shader_dir();

// Compiles and links shaders/<name>.vert.glsl + shaders/<name>.frag.glsl.
// A missing file or a compile/link error throws steppe::Error naming the
// file and quoting the GL info log.
gl::Program load_program(const std::string& name);

// Compiles and links the given sources; `label` names them in errors.
gl::Program build_program(const std::string& vertex_source, const std::string& fragment_source,
                          const std::string& vertex_label, const std::string& fragment_label);

// glGetUniformLocation, throwing if `program` has no active uniform `name`.
GLint uniform_location(const gl::Program& program, const char* name);

} // namespace steppe
