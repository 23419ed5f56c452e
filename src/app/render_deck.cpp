#include "app/render_deck.hpp"

#include <iostream>

#include "app/cli_atlas.hpp"
#include "app/cli_progress.hpp"
#include "app/commands.hpp"
#include "export/deck_export.hpp"
#include "io/builtin_atlas.hpp"
#include "io/deck_file.hpp"
#include "io/indicator_reader.hpp"

namespace steppe::app {

int render_deck(const DeckRenderOptions& o) {
  const Atlas atlas = load_cli_atlas(o.data, "render", /*geodesic_areas=*/false);
  std::vector<std::string> codes;
  for (const Region& r : atlas.regions) codes.push_back(r.code);
  const Deck deck = read_deck_file(o.deck, builtin_view_checks(codes));

  DeckExportOptions options;
  options.out = o.out;
  options.width_px = o.width;
  options.height_px = o.height;
  options.dpi = o.dpi;
  if (!o.size.empty()) options.physical = parse_physical_size(o.size);

  const Projection projection;
  const MapGeometry geometry = build_cli_geometry(atlas, projection, "render");
  const ViewResolver resolver(atlas, projection, geometry, builtin_indicator_dir());
  const DeckExportResult result = export_deck(deck, resolver, atlas, projection, geometry, options, stderr_progress("render"));
  for (const std::string& w : result.warnings) std::cerr << "steppe render: warning: " << w << "\n";
  for (const auto& f : result.files) std::cout << "wrote " << f.string() << "\n";
  std::cout << result.pages << (result.pages == 1 ? " page" : " pages") << " from " << o.deck << "\n";
  return kOk;
}

} // namespace steppe::app
