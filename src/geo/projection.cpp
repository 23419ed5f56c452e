#include "geo/projection.hpp"

#include <cmath>
#include <geodesic.h>
#include <proj.h>

#include "core/error.hpp"

namespace steppe {

struct Projection::Impl {
  PJ_CONTEXT* ctx = nullptr;
  PJ* pj = nullptr;
  ~Impl() {
    if (pj) proj_destroy(pj);
    if (ctx) proj_context_destroy(ctx);
  }
};

Projection::Projection(const std::string& target_crs)
    : impl_(std::make_unique<Impl>()), definition_(target_crs) {
  impl_->ctx = proj_context_create();
  if (!impl_->ctx) throw Error("PROJ: could not create a context");
  // Network grids are never fetched: steppe runs offline.
  proj_context_set_enable_network(impl_->ctx, 0);
  PJ* raw = proj_create_crs_to_crs(impl_->ctx, "EPSG:4326", target_crs.c_str(), nullptr);
  if (!raw) {
    const int err = proj_context_errno(impl_->ctx);
    throw Error("PROJ cannot use the CRS '" + target_crs + "': " +
                proj_context_errno_string(impl_->ctx, err) +
                ". Give an EPSG code such as EPSG:32649 or a PROJ string such as '+proj=aea ...'.");
  }
  // Always longitude first, latitude second, whatever EPSG:4326 says.
  impl_->pj = proj_normalize_for_visualization(impl_->ctx, raw);
  proj_destroy(raw);
  if (!impl_->pj) throw Error("PROJ could not normalise the axis order of '" + target_crs + "'");
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

Vec2 Projection::forward(Vec2 lonlat) const {
  PJ_COORD c = proj_coord(lonlat.x, lonlat.y, 0, 0);
  PJ_COORD r = proj_trans(impl_->pj, PJ_FWD, c);
  return {r.xy.x, r.xy.y};
}

Vec2 Projection::inverse(Vec2 xy) const {
  PJ_COORD c = proj_coord(xy.x, xy.y, 0, 0);
  PJ_COORD r = proj_trans(impl_->pj, PJ_INV, c);
  return {r.lp.lam, r.lp.phi};
}

MultiPolygon Projection::forward(const MultiPolygon& lonlat) const {
  MultiPolygon out;
  out.reserve(lonlat.size());
  auto project_ring = [this](const Ring& ring) {
    Ring r;
    r.reserve(ring.size());
    for (const Vec2& p : ring) r.push_back(forward(p));
    return r;
  };
  for (const Polygon& poly : lonlat) {
    Polygon p;
    p.outer = project_ring(poly.outer);
    for (const Ring& hole : poly.holes) p.holes.push_back(project_ring(hole));
    out.push_back(std::move(p));
  }
  return out;
}

std::string Projection::name() const {
  PJ* target = proj_get_target_crs(impl_->ctx, impl_->pj);
  if (!target) return "unknown";
  const char* n = proj_get_name(target);
  std::string result = n ? n : "unknown";
  proj_destroy(target);
  return result;
}

static double ring_area_m2(const geod_geodesic& g, const Ring& ring) {
  if (ring.size() < 3) return 0.0;
  std::vector<double> lats, lons;
  lats.reserve(ring.size());
  lons.reserve(ring.size());
  for (const Vec2& p : ring) {
    lons.push_back(p.x);
    lats.push_back(p.y);
  }
  double area = 0.0, perimeter = 0.0;
  geod_polygonarea(&g, lats.data(), lons.data(), static_cast<int>(ring.size()), &area, &perimeter);
  return std::abs(area);
}

double geodesic_area_km2(const MultiPolygon& lonlat) {
  geod_geodesic g;
  geod_init(&g, 6378137.0, 1.0 / 298.257223563);
  double m2 = 0.0;
  for (const Polygon& poly : lonlat) {
    m2 += ring_area_m2(g, poly.outer);
    for (const Ring& hole : poly.holes) m2 -= ring_area_m2(g, hole);
  }
  return m2 / 1e6;
}

} // namespace steppe
