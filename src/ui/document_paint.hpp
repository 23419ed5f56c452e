#pragma once
// What the explorer's document paints, derived from it and rebuilt only when
// its revision moves (recolouring, never re-tessellating): the regions' base
// colours and patterns (choropleth, no-data hatch, drill-down dimming, callout
// places outlined), the legend, the scene exports and decorations draw, and
// the home frame the view fits; then the hover/selection highlights over them,
// rebuilt when the hovered region moves too. Paint is a value handed to each
// draw (render/map_renderer's MapPaint). No GL, no ImGui.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/legend.hpp"
#include "export/export_map.hpp"
#include "render/map_renderer.hpp"
#include "render/map_style.hpp"
#include "ui/explorer_document.hpp"

namespace steppe::ui {

class DocumentPaint {
public:
  // Keeps references; all must outlive the paint.
  DocumentPaint(const RegionDirectory& directory, const MapGeometry& geometry, const Projection& projection,
                const MapStyle& style);

  // Rebuilds the base paint and scene when the document's revision moved,
  // and gives the view the home frame (the shown data among its neighbours,
  // the callouts' places, or the whole region). True when it rebuilt.
  bool update(ExplorerDocument& doc);
  // The single map's paint with the hover and selection outlines, rebuilt
  // when the hovered region or the document moved. True when it changed.
  bool highlight(const ExplorerDocument& doc, std::optional<std::size_t> hovered);

  // The document revision the paint shows (a key for caches of what it draws).
  std::uint64_t revision() const { return revision_; }
  const MapPaint& map_paint() const { return highlighted_; }
  // The map as shown, without hover/selection outlines: what exports and the
  // decorations (legend, callouts, labels' priorities) are composed from.
  const ExportScene& scene() const { return scene_; }
  // The main map's legend (the drilled choropleth's when drilled down).
  const Legend& legend(const ExplorerDocument& doc) const;
  // Each split/periods pane's scene with the hover/selection outlines.
  std::vector<ExportScene> pane_scenes(const ExplorerDocument& doc, std::optional<std::size_t> hovered) const;

private:
  const RegionDirectory& directory_;
  const MapGeometry& geometry_;
  const Projection& projection_;
  const MapStyle& style_;
  std::uint64_t revision_ = ~std::uint64_t{0};
  std::vector<Rgba8> base_colors_;
  std::vector<std::uint8_t> base_patterns_; // the choropleth's (no-data hatch); empty: plain atlas
  std::optional<Legend> drill_legend_;      // the drilled choropleth's legend (local breaks say so)
  ExportScene scene_;
  std::optional<Bounds> home_;
  MapPaint highlighted_;
  std::optional<std::pair<std::uint64_t, std::optional<std::size_t>>> highlighted_for_; // (revision, hovered)
};

} // namespace steppe::ui
