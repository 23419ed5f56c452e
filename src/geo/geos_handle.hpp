#pragma once
// RAII for a GEOS reentrant context and its geometries (internal to geo/).
#include <geos_c.h>

#include <memory>
#include <vector>

#include "core/geometry.hpp"

namespace steppe::geos {

class Context {
public:
  Context();
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  GEOSContextHandle_t get() const { return handle_; }

private:
  GEOSContextHandle_t handle_;
};

struct GeometryDeleter {
  GEOSContextHandle_t ctx;
  void operator()(GEOSGeometry* g) const {
    if (g) GEOSGeom_destroy_r(ctx, g);
  }
};
using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

inline Geometry own(const Context& ctx, GEOSGeometry* g) {
  return Geometry(g, GeometryDeleter{ctx.get()});
}

// A GEOS polygon from ours (rings closed); nullptr when the outer ring has
// fewer than three distinct points.
Geometry make_polygon(const Context& ctx, const Polygon& polygon);

} // namespace steppe::geos
