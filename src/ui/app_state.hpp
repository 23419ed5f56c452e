#pragma once
// The explorer's view options that panels change and the map obeys.
#include "core/region.hpp"
#include "render/label_layer.hpp"

namespace steppe::ui {

struct AppState {
  // Same defaults as `steppe render`, so the window and a headless render of
  // the same Camera give the same picture.
  LabelOptions labels{};
  // Which level hover, click and the tooltip refer to.
  Level pick_level = Level::Banner;
};

} // namespace steppe::ui
