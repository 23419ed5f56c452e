#pragma once
// Multisampling chosen by renderer. On a software rasteriser (Mesa llvmpipe
// or softpipe, SwiftShader) every sample is shaded and stored on the CPU:
// 4x MSAA makes a map frame about 2.5x as expensive, while steppe's strokes
// are already feathered in the shader and every fill edge lies under a
// stroke, so there offscreen targets draw single-sampled. Hardware keeps
// what was asked for. STEPPE_MSAA=<n> overrides both (1: off, 4: force 4x).
#include <string_view>

namespace steppe {

// "llvmpipe (LLVM 15.0.6, 256 bits)" and the like: a CPU rasteriser.
bool is_software_renderer(std::string_view gl_renderer);

// The samples an offscreen target should use when `requested` were asked
// for, for the current GL context (queried once per process).
int effective_samples(int requested);

} // namespace steppe
