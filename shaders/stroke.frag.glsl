#version 330 core
// Feathered line edge: full colour inside the half-width, fading to nothing
// over u_feather pixels centred on the edge.
in float v_dist;

uniform vec4 u_color;
uniform float u_half_width;
uniform float u_feather;

out vec4 frag_color;

void main() {
  float coverage = clamp((u_half_width - abs(v_dist)) / u_feather + 0.5, 0.0, 1.0);
  frag_color = vec4(u_color.rgb, u_color.a * coverage);
}
