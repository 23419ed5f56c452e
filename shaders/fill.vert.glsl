#version 330 core
// Fill triangles: positions relative to the geometry origin, each vertex
// tagged with its region's index into the colour/pattern table.
layout(location = 0) in vec2 a_pos;
layout(location = 1) in uint a_region;

uniform mat4 u_world_to_clip;

flat out uint v_region;

void main() {
  gl_Position = u_world_to_clip * vec4(a_pos, 0.0, 1.0);
  v_region = a_region;
}
