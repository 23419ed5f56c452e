#include "render/offscreen_context.hpp"

#include <glad/gl.h>
// The system EGL (libEGL via glvnd), not glad's EGL loader.
#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstring>
#include <set>
#include <mutex>
#include <string>

#include "core/error.hpp"

namespace steppe {

namespace {

constexpr const char* kInstallHint =
    "install libegl-mesa0 and libgl1-mesa-dri (Mesa llvmpipe renders without a GPU or X server)";

bool has_extension(const char* list, const char* name) {
  if (!list) return false;
  const std::size_t len = std::strlen(name);
  for (const char* p = list; (p = std::strstr(p, name)) != nullptr; p += len) {
    if ((p == list || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0')) return true;
  }
  return false;
}

// The display is initialised once and kept for the life of the process:
// eglInitialize/eglTerminate are not reference counted (terminating would
// pull the display from under another context), and terminating the last
// one unloads Mesa's driver, whose libraries (LLVM, ICU) leak a little on
// every unload.
std::mutex g_mutex;
std::set<EGLDisplay> g_initialised;

struct Candidate {
  EGLDisplay display;
  const char* platform;
};

EGLDisplay device_display() {
  auto query_devices =
      reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
  if (!query_devices) return EGL_NO_DISPLAY;
  EGLDeviceEXT devices[8];
  EGLint count = 0;
  if (!query_devices(8, devices, &count) || count < 1) return EGL_NO_DISPLAY;
  return eglGetPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, devices[0], nullptr);
}

// Tries each platform in order; returns an initialised display.
Candidate open_display() {
  const char* client_ext = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
  Candidate tries[3] = {
      {has_extension(client_ext, "EGL_MESA_platform_surfaceless")
           ? eglGetPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr)
           : EGL_NO_DISPLAY,
       "surfaceless"},
      {has_extension(client_ext, "EGL_EXT_platform_device") ? device_display() : EGL_NO_DISPLAY,
       "device"},
      {eglGetDisplay(EGL_DEFAULT_DISPLAY), "default"},
  };
  for (const Candidate& c : tries) {
    if (c.display == EGL_NO_DISPLAY) continue;
    std::lock_guard lock(g_mutex);
    if (g_initialised.count(c.display) == 0) {
      EGLint major = 0, minor = 0;
      if (!eglInitialize(c.display, &major, &minor)) continue;
      g_initialised.insert(c.display);
    }
    return c;
  }
  throw Error(std::string("no EGL display for headless rendering: ") + kInstallHint);
}

GLADapiproc load_gl(const char* name) {
  return reinterpret_cast<GLADapiproc>(eglGetProcAddress(name));
}

} // namespace

OffscreenContext::OffscreenContext() {
  const Candidate c = open_display();
  EGLDisplay display = c.display;
  display_ = display;
  try {
    if (!eglBindAPI(EGL_OPENGL_API)) throw Error(std::string("EGL cannot bind desktop OpenGL: ") + kInstallHint);
    const EGLint config_attrs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE,
                                   EGL_OPENGL_BIT, EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8,
                                   EGL_BLUE_SIZE, 8, EGL_ALPHA_SIZE, 8, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(display, config_attrs, &config, 1, &count) || count < 1) {
      throw Error(std::string("no EGL config for desktop OpenGL on the ") + c.platform +
                  " platform: " + kInstallHint);
    }
    const EGLint context_attrs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                    EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                    EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    EGLContext ctx = eglCreateContext(display, config, EGL_NO_CONTEXT, context_attrs);
    if (ctx == EGL_NO_CONTEXT) {
      throw Error(std::string("cannot create an OpenGL 3.3 core context through EGL (") +
                  c.platform + "): " + kInstallHint);
    }
    context_ = ctx;
    make_current();
    if (!gladLoadGL(load_gl)) throw Error("cannot load OpenGL 3.3 core functions through EGL");
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    description_ = std::string(c.platform) + " / " + (renderer ? renderer : "unknown renderer");
  } catch (...) {
    if (context_) eglDestroyContext(display, static_cast<EGLContext>(context_));
    throw;
  }
}

OffscreenContext::~OffscreenContext() {
  EGLDisplay display = static_cast<EGLDisplay>(display_);
  if (eglGetCurrentContext() == static_cast<EGLContext>(context_)) {
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  }
  eglDestroyContext(display, static_cast<EGLContext>(context_));
}

void OffscreenContext::make_current() const {
  EGLDisplay display = static_cast<EGLDisplay>(display_);
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, static_cast<EGLContext>(context_))) {
    throw Error("cannot make the headless OpenGL context current (EGL error 0x" +
                std::to_string(eglGetError()) + ")");
  }
}

} // namespace steppe
