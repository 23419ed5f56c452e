// `steppe render`: draws the atlas headless (EGL, no X server) into a PNG —
// the same composed frame the window shows.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "core/error.hpp"
#include "geo/map_geometry.hpp"
#include "io/builtin_atlas.hpp"
#include "render/label_layer.hpp"
#include "render/map_frame.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"

namespace steppe::app {

namespace {

struct RenderOptions {
  std::string out;
  int width = 1600;
  int height = 1200;
  double dpi = 96;
  std::string extent = "all";
  std::string labels = "zh";
  std::string data;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A region by code, Chinese name or English name (case-insensitive).
std::optional<std::size_t> find_region(const Atlas& atlas, const std::string& key) {
  const std::string k = lower(key);
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& r = atlas.regions[i];
    if (r.code == key || r.name_zh == key || lower(r.name_en) == k) return i;
  }
  return std::nullopt;
}

// Thrown for a bad command line (exit code kUsage rather than kFailure).
struct UsageError : Error {
  using Error::Error;
};

int run_render(const RenderOptions& o) {
  const std::optional<LabelLanguage> language = parse_label_language(o.labels);
  if (!language) throw UsageError("--labels must be zh, en, both or none (got '" + o.labels + "')");
  if (o.dpi <= 0) throw UsageError("--dpi must be positive");

  std::vector<std::string> warnings;
  Atlas atlas;
  if (o.data.empty()) {
    atlas = load_builtin_atlas(&warnings);
  } else {
    BoundaryReadOptions read;
    read.path = o.data;
    atlas = load_atlas_file(read, &warnings);
  }
  for (const std::string& w : warnings) std::cerr << "steppe render: warning: " << w << "\n";

  const Projection projection;
  const MapGeometry geometry = build_map_geometry(atlas, projection);
  Bounds frame = geometry.bounds;
  if (lower(o.extent) != "all") {
    const std::optional<std::size_t> index = find_region(atlas, o.extent);
    if (!index) {
      throw UsageError("--extent '" + o.extent +
                       "' is not a region code or name in this atlas; `steppe info` lists the "
                       "league and banner codes (or use --extent all)");
    }
    frame = geometry.shape_bounds[*index];
  }
  if (!frame.valid()) throw Error("nothing to draw: the atlas has no region geometry");

  OffscreenContext context;
  MapRenderer map(geometry);
  const Camera camera = Camera::fit(frame, o.width, o.height, o.dpi / 96.0);
  std::optional<LabelLayer> labels;
  LabelOptions label_options;
  label_options.language = *language;
  if (*language != LabelLanguage::None) labels.emplace(atlas, projection);
  FrameOverlay overlay;
  if (labels) overlay = [&](const Camera& c) { labels->draw(c, label_options); };
  const Image image = render_map_image(map, camera, overlay);
  write_png(image, o.out);
  std::cout << "wrote " << o.out << " (" << image.width << "x" << image.height << ")\n";
  return kOk;
}

} // namespace

void add_render_command(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<RenderOptions>();
  auto* cmd = app.add_subcommand("render", "Render the map to a PNG without a window (headless EGL)");
  cmd->add_option("--out,-o", opts->out, "PNG file to write")->required();
  cmd->add_option("--width", opts->width, "Image width in pixels")->check(CLI::Range(16, 16384))->capture_default_str();
  cmd->add_option("--height", opts->height, "Image height in pixels")->check(CLI::Range(16, 16384))->capture_default_str();
  cmd->add_option("--dpi", opts->dpi, "Output resolution; lines and text scale by dpi/96")->capture_default_str();
  cmd->add_option("--extent", opts->extent,
                  "'all', or a league/banner code or name to frame (see `steppe info`)")->capture_default_str();
  cmd->add_option("--labels", opts->labels, "Label language: zh, en, both or none")->capture_default_str();
  cmd->add_option("--data", opts->data, "A boundary file to draw instead of the built-in atlas");
  cmd->callback([opts, &exit_code] {
    try {
      exit_code = run_render(*opts);
    } catch (const UsageError& e) {
      std::cerr << "steppe render: " << e.what() << "\n";
      exit_code = kUsage;
    } catch (const Error& e) {
      std::cerr << "steppe render: " << e.what() << "\n";
      exit_code = kFailure;
    }
  });
}

} // namespace steppe::app
