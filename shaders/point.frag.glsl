#version 330 core
// Rounded box / circle by signed distance: fill, outline (optionally dashed
// along a circle: approximate locations) and the same screen-space no-data
// hatch as fill.frag.glsl, so a legend swatch looks exactly like the map.
in vec2 v_local;
flat in vec2 v_half;
flat in vec4 v_params; // x: corner radius, y: outline width, z: flags (1 hatch, 2 dashed), w: dash length
flat in vec4 v_fill;
flat in vec4 v_outline;

uniform vec4 u_hatch_color;
uniform float u_hatch_spacing; // framebuffer pixels between hatch lines
uniform float u_hatch_width;   // framebuffer pixels

out vec4 frag_color;

void main() {
  float r = v_params.x;
  float ow = v_params.y;
  int flags = int(v_params.z + 0.5);
  vec2 q = abs(v_local) - v_half + vec2(r);
  float d = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r; // < 0 inside
  float coverage = clamp(0.5 - d, 0.0, 1.0);
  if (coverage <= 0.0) discard;

  vec4 fill = v_fill;
  if ((flags & 1) != 0) {
    float s = mod(gl_FragCoord.x - gl_FragCoord.y, u_hatch_spacing);
    float dist = min(s, u_hatch_spacing - s) * 0.70710678;
    float cover = clamp(u_hatch_width * 0.5 - dist + 0.5, 0.0, 1.0) * u_hatch_color.a;
    fill.rgb = mix(fill.rgb, u_hatch_color.rgb, cover);
  }
  // 1 inside the outline band, 0 in the interior.
  float band = ow > 0.0 ? clamp(d + ow + 0.5, 0.0, 1.0) : 0.0;
  vec4 outline = v_outline;
  if ((flags & 2) != 0 && ow > 0.0) {
    float arc = (atan(v_local.y, v_local.x) + 3.14159265) * max(v_half.x, 1.0);
    float dash = max(v_params.w, 1.0);
    float on = step(mod(arc, 2.0 * dash), dash);
    outline = mix(fill, outline, on);
  }
  vec4 color = mix(fill, outline, band);
  frag_color = vec4(color.rgb, color.a * coverage);
}
