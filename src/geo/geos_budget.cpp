#include "geo/geos_budget.hpp"

#include <geos_c.h>

#include <mutex>

namespace steppe {

namespace {

thread_local bool t_active = false;
thread_local bool t_fired = false;
thread_local std::chrono::steady_clock::time_point t_deadline;
GEOSInterruptCallback* g_previous = nullptr;

void on_interrupt_check() {
  // Every check past the deadline asks again: GEOS consumes each request.
  if (t_active && std::chrono::steady_clock::now() > t_deadline) {
    t_fired = true;
    GEOS_interruptRequest();
  }
  if (g_previous != nullptr) g_previous();
}

} // namespace

GeosTimeBudget::GeosTimeBudget(std::chrono::milliseconds budget) {
  static std::once_flag once;
  std::call_once(once, [] { g_previous = GEOS_interruptRegisterCallback(&on_interrupt_check); });
  t_deadline = std::chrono::steady_clock::now() + budget;
  t_fired = false;
  t_active = true;
}

GeosTimeBudget::~GeosTimeBudget() {
  t_active = false;
  if (t_fired) GEOS_interruptCancel(); // a request GEOS has not consumed must not hit the next call
}

bool GeosTimeBudget::interrupted() const { return t_fired; }

} // namespace steppe
