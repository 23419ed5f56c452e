#include "app/render_deck.hpp"

#include <cctype>
#include <filesystem>
#include <iostream>

#include "app/cli_atlas.hpp"
#include "app/cli_progress.hpp"
#include "app/commands.hpp"
#include "export/deck_export.hpp"
#include "io/builtin_atlas.hpp"
#include "io/deck_file.hpp"
#include "io/indicator_reader.hpp"
#include "io/input_file.hpp"

namespace steppe::app {

int render_deck(const DeckRenderOptions& o) {
  // The deck is read and its form checked before the atlas loads, so that a
  // hostile or broken file is refused at once; its ids and codes after.
  const std::filesystem::path deck_path(o.deck);
  const std::string text = read_input_file(deck_path, InputKind::Deck);
  (void)parse_deck_toml(text, deck_path.string());
  const Projection projection;
  const PreparedAtlas prepared = load_cli_prepared(o.data, "render", projection, /*geodesic_areas=*/false);
  const Atlas& atlas = prepared.atlas;
  std::vector<std::string> codes;
  for (const Region& r : atlas.regions) codes.push_back(r.code);
  const Deck deck = parse_deck_toml(text, deck_path.string(), builtin_view_checks(codes));

  DeckExportOptions options;
  options.out = o.out;
  // A slide unless told otherwise: the PDF's pages and PNGs are what F5 shows.
  std::string ext = std::filesystem::path(o.out).extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const bool pdf = ext == ".pdf";
  options.width_px = o.width.value_or(kSlideWidthPx);
  options.height_px = o.height.value_or(kSlideHeightPx);
  options.dpi = o.dpi.value_or(pdf && !o.width && o.size.empty() ? kSlidePdfDpi : 96.0);
  if (!o.size.empty()) options.physical = parse_physical_size(o.size);
  options.notes = o.notes;
  if (!o.theme.empty()) options.theme = parse_page_theme(o.theme); // checked by the caller

  const MapGeometry& geometry = prepared.geometry;
  const ViewResolver resolver(atlas, projection, geometry, builtin_indicator_dir());
  const DeckExportResult result = export_deck(deck, resolver, atlas, projection, geometry, options, stderr_progress("render"));
  for (const std::string& w : result.warnings) std::cerr << "steppe render: warning: " << w << "\n";
  for (const auto& f : result.files) std::cout << "wrote " << f.string() << "\n";
  std::cout << result.pages << (result.pages == 1 ? " page" : " pages") << " from " << o.deck << "\n";
  return kOk;
}

} // namespace steppe::app
