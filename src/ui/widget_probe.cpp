#include "ui/widget_probe.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

namespace steppe::ui {
namespace {

struct Probe {
  std::string path;
  std::map<std::string, std::string> frame; // name -> "x y w h"
  std::string written; // the file's text, as last written
  unsigned long frames = 0;
  bool idle = false; // the file says "idle"
};

Probe& probe() {
  static Probe p;
  return p;
}

// Whole files only (temp file + rename): a test polling the file never reads
// half of one.
void write_probe(Probe& p, const std::string& text) {
  const std::filesystem::path out(p.path);
  const std::filesystem::path tmp = out.string() + ".tmp";
  {
    std::ofstream f(tmp, std::ios::trunc);
    f << text;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (!ec) p.written = text;
}

} // namespace

void set_widget_probe(const std::string& path) {
  probe() = Probe{};
  probe().path = path;
}

void note_rect(const char* name, float x, float y, float w, float h) {
  Probe& p = probe();
  if (p.path.empty()) return;
  char line[128];
  std::snprintf(line, sizeof line, "%.0f %.0f %.0f %.0f", static_cast<double>(x), static_cast<double>(y),
                static_cast<double>(w), static_cast<double>(h));
  p.frame[name] = line;
}

void note_text(const char* name, const char* utf8) {
  Probe& p = probe();
  if (p.path.empty()) return;
  std::string line(utf8);
  std::replace(line.begin(), line.end(), '\n', ' ');
  p.frame[name] = line;
}

void note_widget(const char* name) {
  if (probe().path.empty()) return;
  const ImVec2 a = ImGui::GetItemRectMin();
  const ImVec2 b = ImGui::GetItemRectMax();
  note_rect(name, a.x, a.y, b.x - a.x, b.y - a.y);
}

void note_window(const char* name) {
  if (probe().path.empty()) return;
  const ImVec2 a = ImGui::GetWindowPos();
  const ImVec2 s = ImGui::GetWindowSize();
  note_rect(name, a.x, a.y, s.x, s.y);
}

void flush_widget_probe() {
  Probe& p = probe();
  if (p.path.empty()) return;
  // The frame count first: it changes with every frame, so the file always
  // says which frame it describes.
  std::string text = "frame " + std::to_string(++p.frames) + "\n";
  for (const auto& [name, rect] : p.frame) text += name + " " + rect + "\n";
  p.frame.clear();
  p.idle = false;
  write_probe(p, text);
}

void mark_widget_probe_idle() {
  Probe& p = probe();
  if (p.path.empty() || p.idle || p.written.empty()) return;
  const std::size_t eol = p.written.find('\n');
  write_probe(p, p.written.substr(0, eol) + " idle" + p.written.substr(eol));
  p.idle = true;
}

} // namespace steppe::ui
