#pragma once
// Where the window's controls are, for tests that drive the window with real
// input (xdotool): ui code names the item it just drew (note_widget) or the
// window it is in (note_window); once set_widget_probe(FILE) is called (the
// explorer's start-up, STEPPE_EXPLORER_WIDGETS), every named rectangle is
// written after each frame, one per line:
// "name x y w h" in window (ImGui) coordinates, after a first line
// "frame N" (frames drawn so far), which becomes "frame N idle" when the window
// has nothing more to draw and waits for input: only then is what the file says
// what the screen shows (a panel that grew re-places itself on the frame after).
// It only reports where things are; the test still clicks and types. Without
// the variable it does nothing.
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

// The window is about to wait for input with nothing left to draw: the last
// frame's file gets its "idle" mark (tests wait for it before clicking).
void mark_widget_probe_idle();

} // namespace steppe::ui
