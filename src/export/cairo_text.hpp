#pragma once
// Cairo/Pango plumbing shared by the raster and vector export paths: RAII
// owners, the Noto Sans CJK SC layouts (metrics unhinted, so text measures the
// same at every scale and on every surface), and text drawing with a halo.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string_view>

#include "export/export_layout.hpp"
#include "render/color.hpp"

namespace steppe::cairo {

struct CairoDeleter { void operator()(cairo_t* p) const { cairo_destroy(p); } };
struct SurfaceDeleter { void operator()(cairo_surface_t* p) const { cairo_surface_destroy(p); } };
struct PatternDeleter { void operator()(cairo_pattern_t* p) const { cairo_pattern_destroy(p); } };
struct GObjectDeleter { void operator()(void* p) const { g_object_unref(p); } };
struct FontDescDeleter { void operator()(PangoFontDescription* p) const { pango_font_description_free(p); } };

using Context = std::unique_ptr<cairo_t, CairoDeleter>;
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Pattern = std::unique_ptr<cairo_pattern_t, PatternDeleter>;
using Layout = std::unique_ptr<PangoLayout, GObjectDeleter>;

inline constexpr const char* kFontFamily = "Noto Sans CJK SC";

// Throws steppe::Error with Cairo's message when the context or surface is in error.
void check(cairo_t* cr, std::string_view what);
void check(cairo_surface_t* surface, std::string_view what);

void set_source(cairo_t* cr, Rgba8 colour);

// A layout for `utf8` drawn on `cr` (wrapped at max_width user units when > 0;
// single lines are ellipsized at the end instead when `ellipsize`).
Layout make_layout(cairo_t* cr, std::string_view utf8, const TextSpec& spec, double max_width,
                   bool ellipsize = false);

// Measures with the same settings as make_layout, on no particular surface.
class PangoMeasure final : public TextMeasure {
public:
  PangoMeasure();
  Vec2 measure(std::string_view utf8, const TextSpec& spec, double max_width) const override;

private:
  Surface surface_;
  Context cr_;
};

// Draws `layout` with its logical top-left at (x, y); a halo of `halo_width`
// user units (0: none) is stroked first in `halo`.
void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y, Rgba8 colour,
                 Rgba8 halo = {0, 0, 0, 0}, double halo_width = 0);

// Logical size and baseline (from the top) of a layout, user units.
Vec2 layout_size(PangoLayout* layout);
double layout_baseline(PangoLayout* layout);

} // namespace steppe::cairo
