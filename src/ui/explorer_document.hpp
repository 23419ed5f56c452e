#pragma once
// The one document the explorer window shows and edits: the map's view and
// selection, what it shows (indicator and classification, drill-down, the
// split or periods panes), the presenter's annotations and the view options
// (label language, pick level).
// Panels read its parts and change them; revision() is the ONE counter that
// moves whenever any of it changed, and everything derived from it (region
// colours and patterns, legend, home frame, decorations, the split page's
// boxes: ui/document_paint) is rebuilt only then. The camera and the region
// under the pointer are not part of it: they change every frame and each
// draw takes them as values. No GL, no ImGui.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/annotation.hpp"
#include "core/atlas.hpp"
#include "geo/map_geometry.hpp"
#include "geo/projection.hpp"
#include "ui/app_state.hpp"
#include "ui/drill_state.hpp"
#include "ui/explorer_startup.hpp"
#include "ui/map_view_controller.hpp"
#include "ui/region_directory.hpp"
#include "ui/split_panes.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

class ExplorerDocument {
public:
  // Keeps references to the directory (and its atlas), geometry and projection,
  // which must outlive the document.
  ExplorerDocument(const RegionDirectory& directory, const MapGeometry& geometry, const Projection& projection,
                   std::vector<Indicator> indicators);
  ExplorerDocument(const ExplorerDocument&) = delete;
  ExplorerDocument& operator=(const ExplorerDocument&) = delete;

  ThematicState thematic; // the indicator shown and its classification
  DrillState drill;       // 内蒙古 -> league -> banner
  SplitPanes panes;       // one map, split or periods
  AppState options;       // labels, pick level
  MapViewController view; // camera (not in the revision) and selection
  std::vector<Annotation> annotations; // the presenter's marks (ui/annotation_panel edits them)

  // Moves whenever the indicator, its classification, the drill-down, the
  // panes, the options, the selection or the annotations changed since it was
  // last read.
  std::uint64_t revision() const;

  std::optional<std::size_t> selected_index() const;
  std::vector<std::size_t> selected_indices() const;

  // Start-up set-up (app/window_startup): the indicator shown, regions
  // selected, the split or periods view. Returns a warning per part that
  // could not be set up.
  std::vector<std::string> apply(const ExplorerStartup& startup);

  const RegionDirectory& directory() const { return directory_; }

private:
  // What revision() watches: the parts' own change counters and values.
  struct Watched {
    std::uint64_t thematic = 0, drill = 0, panes = 0;
    LabelLanguage language = LabelLanguage::Zh;
    Level pick_level = Level::Banner;
    bool show_banners = true, seat_markers = true;
    std::vector<std::string> selected;
    std::vector<Annotation> annotations;
    bool operator==(const Watched&) const = default;
  };
  Watched watched() const;

  const RegionDirectory& directory_;
  const MapGeometry& geometry_;
  // revision() folds changes in when read, so it is current wherever it is read.
  mutable Watched seen_;
  mutable std::uint64_t revision_ = 0;
};

} // namespace steppe::ui
