#pragma once
// MakeValid with a hard time limit. GEOS 3.11's MakeValid checks for
// interruption too rarely to be stopped in time (a 3,000-vertex star ran 17 s
// past a 5 s request; 2,000 hostile vertices reach 1.6 GB in 100 s), so the
// repair runs in a forked child that is killed at the deadline: the time and
// the memory it can take are bounded whatever GEOS does.
#include <chrono>
#include <string>

#include "io/gdal_handles.hpp"

namespace steppe {

struct RepairResult {
  gdal::GeometryPtr geometry; // null when the repair failed or timed out
  bool timed_out = false;
  std::string error; // GEOS's reason when it failed
};

RepairResult make_valid_before(const OGRGeometry& geometry, std::chrono::steady_clock::time_point deadline);

} // namespace steppe
