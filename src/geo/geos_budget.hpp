#pragma once
// A time budget for GEOS work on this thread (validity checks and repairs of
// user polygons can take minutes and gigabytes on a few thousand hostile
// vertices). While a budget is alive, GEOS's interrupt callback
// (GEOS_interruptRegisterCallback, process-wide, chained to any earlier one) asks
// GEOS to stop once the deadline has passed; the GEOS call then fails, and
// interrupted() tells the caller why. Covers GEOS used through GDAL too.
#include <chrono>

namespace steppe {

class GeosTimeBudget {
public:
  explicit GeosTimeBudget(std::chrono::milliseconds budget);
  ~GeosTimeBudget();
  GeosTimeBudget(const GeosTimeBudget&) = delete;
  GeosTimeBudget& operator=(const GeosTimeBudget&) = delete;

  // True once GEOS was asked to stop because the budget ran out.
  bool interrupted() const;
};

} // namespace steppe
