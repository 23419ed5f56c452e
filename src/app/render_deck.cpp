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
#include "io/view_file.hpp"

namespace steppe::app {

namespace {

DeckExportOptions page_options(const DeckRenderOptions& o) {
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
  return options;
}

// One saved view as its slide: the deck's page code with a deck of one view.
int render_view(const DeckRenderOptions& o) {
  const std::filesystem::path view_path(o.view);
  const std::string text = read_input_file(view_path, InputKind::View);
  (void)parse_view_toml(text, view_path.string()); // its form, before the atlas loads
  const Projection projection;
  const PreparedAtlas prepared = load_cli_prepared(o.data, "render", projection, /*geodesic_areas=*/false);
  const Atlas& atlas = prepared.atlas;
  std::vector<std::string> codes;
  for (const Region& r : atlas.regions) codes.push_back(r.code);
  Deck deck;
  deck.views.push_back(parse_view_toml(text, view_path.string(), builtin_view_checks(codes)));
  const DeckExportOptions options = page_options(o);
  const ViewResolver resolver(atlas, projection, prepared.geometry, builtin_indicator_dir());
  const ResolvedView resolved = resolver.resolve(deck.views[0], deck.labels_of(deck.views[0]), 1);
  const ExportOptions page = view_export_options(deck, 0, resolved, options, o.out);
  const ExportResult r = export_map(page, slide_scene(resolved, atlas, projection, prepared.geometry,
                                                      options.theme.value_or(deck.theme)),
                                    stderr_progress("render"));
  for (const std::string& w : r.warnings) std::cerr << "steppe render: warning: " << w << "\n";
  std::cout << "wrote " << o.out << " from " << o.view << "\n";
  return kOk;
}

} // namespace

int render_deck(const DeckRenderOptions& o) {
  if (!o.view.empty()) return render_view(o);
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

  const DeckExportOptions options = page_options(o);
  const MapGeometry& geometry = prepared.geometry;
  const ViewResolver resolver(atlas, projection, geometry, builtin_indicator_dir());
  const DeckExportResult result = export_deck(deck, resolver, atlas, projection, geometry, options, stderr_progress("render"));
  for (const std::string& w : result.warnings) std::cerr << "steppe render: warning: " << w << "\n";
  for (const auto& f : result.files) std::cout << "wrote " << f.string() << "\n";
  std::cout << result.pages << (result.pages == 1 ? " page" : " pages") << " from " << o.deck << "\n";
  return kOk;
}

} // namespace steppe::app
