#pragma once
// A headless OpenGL 3.3 core context through EGL with no window system:
// Mesa's surfaceless platform first (llvmpipe, no X server), then an EGL
// device (NVIDIA), then the default display. Made current on construction,
// GL loaded with glad. Not copyable or movable; destroy it on the thread that
// created it. Several may exist; they share one EGL display, initialised on
// first use and kept for the life of the process.
#include <string>

namespace steppe {

class OffscreenContext {
public:
  // Throws steppe::Error with what to install when no EGL display or GL 3.3
  // core context is available.
  OffscreenContext();
  ~OffscreenContext();
  OffscreenContext(const OffscreenContext&) = delete;
  OffscreenContext& operator=(const OffscreenContext&) = delete;

  void make_current() const;
  // e.g. "surfaceless / llvmpipe (LLVM 15.0.6, 256 bits)".
  const std::string& description() const { return description_; }

private:
  void* display_ = nullptr; // EGLDisplay
  void* context_ = nullptr; // EGLContext
  std::string description_;
};

} // namespace steppe
