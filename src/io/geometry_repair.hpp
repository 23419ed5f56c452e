#pragma once
// MakeValid with a hard time limit. GEOS 3.11's MakeValid checks for
// interruption too rarely to be stopped in time (a 3,000-vertex star ran 17 s
// past a 5 s request; 2,000 hostile vertices reach 1.6 GB in 100 s), so the
// repair runs in a forked child that is killed at the deadline: the time and
// the memory it can take (watched in /proc, as RLIMIT_AS cannot work under
// AddressSanitizer) are bounded whatever GEOS does.
#include <chrono>
#include <cstddef>
#include <string>

#include "io/gdal_handles.hpp"

namespace steppe {

// The most memory the repairing child may hold (resident), checked every 50 ms.
inline constexpr std::size_t kRepairMemoryBytes = std::size_t{384} << 20;

struct RepairResult {
  gdal::GeometryPtr geometry; // null when the repair failed, timed out or ran out of memory
  bool timed_out = false;
  bool out_of_memory = false; // the child passed kRepairMemoryBytes and was stopped
  std::string error; // GEOS's reason when it failed
};

RepairResult make_valid_before(const OGRGeometry& geometry, std::chrono::steady_clock::time_point deadline);

} // namespace steppe
