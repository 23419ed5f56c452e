#version 330 core
// Lines of constant screen width: each vertex is pushed along its extrusion
// vector (in half-widths) by the half-width in framebuffer pixels, plus the
// anti-aliasing ramp.
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_extrude;
layout(location = 2) in float a_side;

uniform mat4 u_world_to_clip;
uniform vec2 u_viewport;     // framebuffer size in pixels
uniform float u_half_width;  // pixels
uniform float u_feather;     // pixels of anti-aliasing ramp

out float v_dist;            // signed distance from the centre line, pixels

void main() {
  float reach = u_half_width + u_feather * 0.5;
  vec4 p = u_world_to_clip * vec4(a_pos, 0.0, 1.0);
  p.xy += a_extrude * reach * 2.0 / u_viewport;
  gl_Position = p;
  v_dist = a_side * reach;
}
