#version 330 core
// Region fills from a per-region table (row 0: colour, row 1: pattern code),
// or one solid colour (the context layer). Pattern 1 lays diagonal hatch
// lines over the fill in screen space, so they look the same at any zoom.
flat in uint v_region;

uniform sampler2D u_table;
uniform int u_solid_mode;      // 1: ignore the table, use u_solid
uniform vec4 u_solid;
uniform vec4 u_hatch_color;
uniform float u_hatch_spacing; // framebuffer pixels between hatch lines
uniform float u_hatch_width;   // framebuffer pixels

out vec4 frag_color;

void main() {
  if (u_solid_mode == 1) {
    frag_color = u_solid;
    return;
  }
  int i = int(v_region);
  vec4 color = texelFetch(u_table, ivec2(i, 0), 0);
  int pattern = int(texelFetch(u_table, ivec2(i, 1), 0).r * 255.0 + 0.5);
  if (pattern == 1) {
    float d = mod(gl_FragCoord.x - gl_FragCoord.y, u_hatch_spacing);
    float dist = min(d, u_hatch_spacing - d) * 0.70710678; // perpendicular to the 45° line
    float cover = clamp(u_hatch_width * 0.5 - dist + 0.5, 0.0, 1.0) * u_hatch_color.a;
    color.rgb = mix(color.rgb, u_hatch_color.rgb, cover);
  }
  frag_color = color;
}
