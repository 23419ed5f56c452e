#pragma once
// The annotation panel (A): the presenter's own marks on the current view —
// text boxes, arrows and callouts (core/annotation) anchored to lon/lat, so
// they follow pan and zoom. "添加 Add" then a click on the map places one (an
// arrow takes two clicks: tail, then head); its text field then has the
// keyboard: type, Return. Each mark is listed with its text (editable) and a
// delete button. The marks are part of the window's view: drawn by the page
// composition on the map, in exports, and added to a deck with its view.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <imgui.h>

#include "core/annotation.hpp"
#include "core/map_view.hpp"

namespace steppe::ui {

class AnnotationPanel {
public:
  // Edits `list` (the explorer document's annotations), which must outlive the panel.
  explicit AnnotationPanel(std::vector<Annotation>& list) : list_(list) {}

  bool visible = false;

  // Draws the panel (when visible) with its top-left at (x, y), ImGui units.
  // True when the annotations changed (or a text field is about to take the
  // keyboard): more frames are needed.
  bool draw(float x, float y, float width, ImFont* heading);

  // Waiting for a click on the map (after "Add")?
  bool placing() const { return placing_; }

  // The click's map point (lon/lat degrees); true when it placed something.
  bool place(Vec2 lonlat);

  const std::vector<Annotation>& annotations() const { return list_; }
  // `view` with the window's annotations (for "Add view" in the deck panel).
  MapView with_annotations(MapView view) const;
  // Text the UI font has not had yet (typed or loaded annotation texts); "" when none.
  std::string take_new_glyphs();

private:
  void changed() { ++revision_; }

  std::vector<Annotation>& list_;
  int kind_ = static_cast<int>(AnnotationKind::Callout);
  bool placing_ = false;
  std::optional<Vec2> tail_;                // an arrow's first click
  std::optional<std::size_t> focus_text_;   // give this one's text field the keyboard soon
  int focus_wait_ = 0;                      // frames drawn since it was placed
  std::uint64_t revision_ = 0; // edits made through the panel (draw() reports a frame's)
  std::string status_;
  std::unordered_set<char32_t> glyphs_given_;
};

} // namespace steppe::ui
