#include "geo/geos_handle.hpp"


#include "core/error.hpp"

namespace steppe::geos {

namespace {

// GEOS reports problems through these; we surface them as exceptions at the
// call sites (a null result), so the messages only go to stderr in debug use.
void ignore_message(const char*, void*) {}

GEOSCoordSequence* make_ring_coords(GEOSContextHandle_t ctx, const Ring& ring) {
  // Drop consecutive duplicates and close the ring.
  std::vector<Vec2> pts;
  pts.reserve(ring.size() + 1);
  for (const Vec2& p : ring) {
    if (pts.empty() || !(pts.back() == p)) pts.push_back(p);
  }
  while (pts.size() > 1 && pts.front() == pts.back()) pts.pop_back();
  if (pts.size() < 3) return nullptr;
  pts.push_back(pts.front());
  GEOSCoordSequence* seq =
      GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(pts.size()), 2);
  if (!seq) throw Error("GEOS: cannot allocate a coordinate sequence");
  for (std::size_t i = 0; i < pts.size(); ++i) {
    GEOSCoordSeq_setXY_r(ctx, seq, static_cast<unsigned>(i), pts[i].x, pts[i].y);
  }
  return seq;
}

GEOSGeometry* make_ring(GEOSContextHandle_t ctx, const Ring& ring) {
  GEOSCoordSequence* seq = make_ring_coords(ctx, ring);
  if (!seq) return nullptr;
  GEOSGeometry* g = GEOSGeom_createLinearRing_r(ctx, seq); // takes ownership of seq
  if (!g) throw Error("GEOS: cannot build a ring");
  return g;
}

} // namespace

Context::Context() : handle_(GEOS_init_r()) {
  if (!handle_) throw Error("GEOS: cannot create a context");
  GEOSContext_setNoticeMessageHandler_r(handle_, ignore_message, nullptr);
  GEOSContext_setErrorMessageHandler_r(handle_, ignore_message, nullptr);
}

Context::~Context() { GEOS_finish_r(handle_); }

Geometry make_polygon(const Context& ctx, const Polygon& polygon) {
  GEOSContextHandle_t h = ctx.get();
  GEOSGeometry* shell = make_ring(h, polygon.outer);
  if (!shell) return Geometry(nullptr, GeometryDeleter{h});
  std::vector<GEOSGeometry*> holes;
  for (const Ring& hole : polygon.holes) {
    if (GEOSGeometry* g = make_ring(h, hole)) holes.push_back(g);
  }
  GEOSGeometry* poly = GEOSGeom_createPolygon_r(h, shell, holes.data(),
                                                static_cast<unsigned>(holes.size()));
  if (!poly) throw Error("GEOS: cannot build a polygon");
  return own(ctx, poly);
}

} // namespace steppe::geos
