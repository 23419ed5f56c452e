#include "io/geometry_repair.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace steppe {

namespace {

// Writes all of `bytes` to `fd` (the child's end of the pipe).
bool write_all(int fd, const void* bytes, std::size_t n) {
  const auto* p = static_cast<const unsigned char*>(bytes);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

// The child: repair, then send [status byte][WKB or message].
[[noreturn]] void run_child(const OGRGeometry& geometry, int fd) {
  gdal::ErrorCapture capture;
  gdal::GeometryPtr fixed(geometry.MakeValid());
  if (!fixed) {
    const std::string why = capture.last_error();
    const char status = 1;
    write_all(fd, &status, 1);
    write_all(fd, why.data(), why.size());
    ::_exit(0);
  }
  std::vector<unsigned char> wkb(fixed->WkbSize());
  fixed->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
  const char status = 0;
  write_all(fd, &status, 1);
  write_all(fd, wkb.data(), wkb.size());
  ::_exit(0);
}

// Resident bytes of process `pid` (0 when unknown).
std::size_t resident_bytes(pid_t pid) {
  const std::string path = "/proc/" + std::to_string(pid) + "/statm";
  FILE* f = std::fopen(path.c_str(), "r");
  if (f == nullptr) return 0;
  unsigned long long size = 0, resident = 0;
  const int n = std::fscanf(f, "%llu %llu", &size, &resident);
  std::fclose(f);
  if (n != 2) return 0;
  return static_cast<std::size_t>(resident) * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

} // namespace

RepairResult make_valid_before(const OGRGeometry& geometry, std::chrono::steady_clock::time_point deadline) {
  RepairResult result;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    result.error = "cannot start the repair (no pipe)";
    return result;
  }
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    result.error = "cannot start the repair (fork failed)";
    return result;
  }
  if (child == 0) {
    ::close(fds[0]);
    run_child(geometry, fds[1]);
  }
  ::close(fds[1]);
  std::vector<unsigned char> received;
  bool done = false;
  while (!done) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fds[0], POLLIN, 0};
    if (resident_bytes(child) > kRepairMemoryBytes) {
      result.out_of_memory = true;
      break;
    }
    const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 50)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    unsigned char buf[65536];
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      done = true;
      break;
    }
    received.insert(received.end(), buf, buf + n);
  }
  ::close(fds[0]);
  if (!done) ::kill(child, SIGKILL);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (!done) {
    result.timed_out = !result.out_of_memory;
    return result;
  }
  if (received.empty() || !WIFEXITED(status)) {
    result.error = "the repair stopped unexpectedly";
    return result;
  }
  if (received[0] != 0) {
    result.error.assign(received.begin() + 1, received.end());
    return result;
  }
  OGRGeometry* fixed = nullptr;
  if (OGRGeometryFactory::createFromWkb(received.data() + 1, nullptr, &fixed, received.size() - 1) != OGRERR_NONE) {
    result.error = "the repaired geometry could not be read back";
    return result;
  }
  result.geometry.reset(fixed);
  return result;
}

} // namespace steppe
