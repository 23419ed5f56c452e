#pragma once
// Where the window's controls are, for tests that drive the window with real
// input (xdotool): ui code names the item it just drew (note_widget) or the
// window it is in (note_window); once set_widget_probe(FILE) is called (the
// explorer's start-up, STEPPE_EXPLORER_WIDGETS), every named rectangle is
// written after each frame, one per line:
// "name x y w h" in window (ImGui) coordinates, after a first line
// "frame N" (frames drawn so far: the file only changes while frames are drawn). It only reports where things
// are; the test still clicks and types. Without the variable it does nothing.
#include <string>

namespace steppe::ui {

// Starts writing to `path` (empty: off).
void set_widget_probe(const std::string& path);

// The last ImGui item's rectangle under `name`.
void note_widget(const char* name);
// The current ImGui window's rectangle under `name`.
void note_window(const char* name);
// A rectangle given directly (window coordinates).
void note_rect(const char* name, float x, float y, float w, float h);

// A text field's content under `name` ("name text..."), for tests that type.
void note_text(const char* name, const char* utf8);

// Writes the frame's rectangles if a file is set and they changed, then
// forgets them for the next frame.
void flush_widget_probe();

} // namespace steppe::ui
