#pragma once
// The view the window shows now, as a deck view (what the deck panel's "Add
// view" saves): the visible extent as a lon/lat box (it survives a change of
// projection), the indicator and its classification or the topic, the
// selected region and the label language. No ImGui.
#include <string>

#include "core/camera.hpp"
#include "core/map_view.hpp"
#include "geo/projection.hpp"
#include "render/label_layer.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

MapView view_from_window(const Camera& camera, const Projection& projection, const ThematicState& thematic,
                         const std::string& selected_code, LabelLanguage labels);

} // namespace steppe::ui
