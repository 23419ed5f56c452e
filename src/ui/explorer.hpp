#pragma once
// The interactive explorer: a window showing the map through the same
// MapRenderer + draw_map_frame as `steppe render`, with the side panel,
// hover tooltip and selection. ImGui and GLFW stay behind this header.
#include <functional>

#include "core/atlas.hpp"
#include "io/prepared_atlas.hpp"
#include "ui/explorer_startup.hpp"

namespace steppe::ui {

// Opens the window, then loads the atlas with `load_atlas` (so the window
// appears at once) and runs until the user closes it. Throws NoDisplayError
// (ui/gl_window.hpp) when no window can be opened here and steppe::Error for
// anything else (data, fonts, shaders, GL).
void run_explorer(const ExplorerStartup& startup, const std::function<PreparedAtlas()>& load_atlas);

} // namespace steppe::ui
