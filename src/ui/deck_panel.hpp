#pragma once
// The deck panel: open and save a deck file, add the current map view to it,
// reorder or remove views, write each view's presenter notes, start the
// presentation and export the deck (PDF,
// one page per view, or numbered PNGs). The explorer shows it on demand (D)
// and does what the returned actions ask for.
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_set>

#include <imgui.h>

#include "core/camera.hpp"
#include "core/map_view.hpp"
#include "export/deck_export.hpp"
#include "io/view_file.hpp"
#include "render/map_renderer.hpp"

namespace steppe::ui {

struct DeckPanelActions {
  bool add_current_view = false; // the explorer appends its current view (deck_panel.add())
  bool present = false;          // start the presentation at view `present_from`
  std::size_t present_from = 0;
  std::optional<std::filesystem::path> export_to; // a .pdf file or a folder for PNGs
};

class DeckPanel {
public:
  explicit DeckPanel(std::filesystem::path path);

  DeckPanelActions draw(float x, float y, float width, float height, ImFont* heading);

  // Opens `path` now (validated against `checks`); false with the error in status().
  bool open(const std::filesystem::path& path, const ViewChecks& checks);
  void add(MapView view);
  void set_status(std::string text) { status_ = std::move(text); }
  const std::string& status() const { return status_; }
  Deck& deck() { return deck_; }
  const Deck& deck() const { return deck_; }
  std::filesystem::path path() const { return path_; }
  // Text the panel may show, for the UI font's glyph set.
  std::string glyph_text() const;

  // Where the PNG series of a deck file goes: "<folder>/<stem>-slides".
  static std::filesystem::path png_folder_for(const std::filesystem::path& deck_path);

private:
  void draw_views(DeckPanelActions& actions);
  // The presenter notes of view `i`, editable in place (shown in the presenter
  // view and the handout; saved with the deck).
  void edit_notes(std::size_t i);

  std::string path_;
  Deck deck_;
  std::string status_;
  const ViewChecks* checks_ = nullptr;
};

class GlWindow;

// What the explorer holds for decks: the panel, the checks and resolver, and
// presentations or exports asked for during a frame, run between frames.
class DeckWorkspace {
public:
  // Opens $STEPPE_EXPLORER_DECK if set (else offers decks/briefing.toml);
  // $STEPPE_EXPLORER_PRESENT=N presents it at once from slide N (with the explorer's
  // snapshot hook: the first slide is saved and the window closes).
  // `deck`: open this deck (else the shipped briefing); `present_from` > 0:
  // present it at once from that 1-based slide, then close (start-up set-up).
  DeckWorkspace(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
                const std::string& deck = {}, std::size_t present_from = 0);

  bool visible = false;
  void request_present(std::size_t from = 0) { pending_present_ = from; }

  // Draws the panel (when visible) with its right side at `right`, ImGui units.
  void draw(float right, float display_h, float width, ImFont* heading, const MapView& current_view);
  // Text the UI font has not had yet (deck and view titles, panel strings); "" when none.
  std::string take_new_glyphs();
  // Runs what the panel asked for after the frame was shown; true when a
  // presentation ran (the caller reapplies its own region colours then).
  // Sets *close_window when a snapshot presentation ends the session.
  bool run_pending(GlWindow& window, MapRenderer& map, LabelLayer& labels, const char* snapshot, bool* close_window);
  std::string glyph_text() const { return panel_.glyph_text(); }

private:
  const Atlas& atlas_;
  const Projection& projection_;
  const MapGeometry& geometry_;
  ViewChecks checks_;
  ViewResolver resolver_;
  DeckPanel panel_;
  std::optional<std::size_t> pending_present_;
  std::optional<std::filesystem::path> pending_export_;
  bool present_then_close_ = false;
  std::unordered_set<char32_t> glyphs_given_; // code points handed to the UI font
};

} // namespace steppe::ui
