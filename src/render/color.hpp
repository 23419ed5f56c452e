#pragma once
// Rgba8 lives in core (core/colour.hpp): one colour type for paint, the GL
// renderer and the Cairo exports.
#include "core/colour.hpp"
