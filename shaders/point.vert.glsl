#version 330 core
// Screen-space shapes (point symbols, legend panel and swatches): one quad per
// shape in framebuffer pixels (y down), the shape itself drawn by a signed
// distance in the fragment shader so edges are anti-aliased at any size.
layout(location = 0) in vec2 a_pos;     // framebuffer px, y down
layout(location = 1) in vec2 a_local;   // px relative to the shape centre
layout(location = 2) in vec2 a_half;    // half extents in px
layout(location = 3) in vec4 a_params;  // corner radius, outline width, flags, dash length
layout(location = 4) in vec4 a_fill;
layout(location = 5) in vec4 a_outline;

uniform vec2 u_viewport;

out vec2 v_local;
flat out vec2 v_half;
flat out vec4 v_params;
flat out vec4 v_fill;
flat out vec4 v_outline;

void main() {
  vec2 ndc = vec2(a_pos.x / u_viewport.x * 2.0 - 1.0, 1.0 - a_pos.y / u_viewport.y * 2.0);
  gl_Position = vec4(ndc, 0.0, 1.0);
  v_local = a_local;
  v_half = a_half;
  v_params = a_params;
  v_fill = a_fill;
  v_outline = a_outline;
}
