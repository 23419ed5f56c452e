#include "core/phase_timings.hpp"

#include <atomic>
#include <cstdio>

namespace steppe {

namespace {
std::atomic<bool> enabled{false};
} // namespace

void enable_phase_timings() { enabled = true; }

bool phase_timings_enabled() { return enabled.load(std::memory_order_relaxed); }

void report_phase(std::string_view phase, double milliseconds) {
  if (!phase_timings_enabled()) return;
  std::fprintf(stderr, "steppe timings: %.*s %.1f ms\n", static_cast<int>(phase.size()), phase.data(), milliseconds);
}

} // namespace steppe
