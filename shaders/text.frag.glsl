#version 330 core
// The atlas holds coverage in its red channel; colour comes per vertex, so one
// draw call covers halos and fills of every label on an atlas page.
in vec2 v_uv;
in vec4 v_colour;

uniform sampler2D u_atlas;

out vec4 frag_colour;

void main() {
  float coverage = texture(u_atlas, v_uv).r;
  frag_colour = vec4(v_colour.rgb, v_colour.a * coverage);
}
