#pragma once
// Where the time goes, for profiling: with STEPPE_TIMINGS=1 in the
// environment (read once by app/main), each ScopedPhase prints its wall
// time (steady_clock) to stderr as "steppe timings: <phase> <ms> ms", and the
// process's time since start at exit. Off (the default) it costs one branch.
#include <chrono>
#include <string_view>

namespace steppe {

void enable_phase_timings();
bool phase_timings_enabled();
// Prints one phase's time (when enabled).
void report_phase(std::string_view phase, double milliseconds);

class ScopedPhase {
public:
  explicit ScopedPhase(std::string_view phase)
      : phase_(phase), on_(phase_timings_enabled()), start_(on_ ? std::chrono::steady_clock::now()
                                                              : std::chrono::steady_clock::time_point{}) {}
  ~ScopedPhase() {
    if (on_) {
      report_phase(phase_, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count());
    }
  }
  ScopedPhase(const ScopedPhase&) = delete;
  ScopedPhase& operator=(const ScopedPhase&) = delete;

private:
  std::string_view phase_;
  bool on_;
  std::chrono::steady_clock::time_point start_;
};

} // namespace steppe
