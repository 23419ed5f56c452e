#include "io/safe_output.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <string>
#include <system_error>

#include "core/error.hpp"

namespace steppe {

namespace fs = std::filesystem;

namespace {

// ---- removal on SIGINT/SIGTERM ---------------------------------------------
// Fixed slots so the signal handler touches no allocator: a path per live
// temporary file or folder. State 0 free, 1 being filled, 2 live.
constexpr int kSlots = 64;
constexpr std::size_t kPathBytes = 4096;
struct Slot {
  std::atomic<int> state{0};
  bool folder = false;
  char path[kPathBytes] = {};
};
Slot g_slots[kSlots];
struct sigaction g_previous[2];
constexpr int kSignals[2] = {SIGINT, SIGTERM};

void remove_folder_now(const char* path) {
  // opendir/readdir are not on POSIX's async-signal-safe list but glibc's
  // do not take locks another thread could hold mid-call in practice; the
  // alternative is leaving the folder behind.
  if (DIR* d = ::opendir(path)) {
    const int dfd = ::dirfd(d);
    while (const dirent* e = ::readdir(d)) {
      if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
      ::unlinkat(dfd, e->d_name, 0);
    }
    ::closedir(d);
  }
  ::rmdir(path);
}

void on_signal(int sig) {
  for (Slot& s : g_slots) {
    if (s.state.load() != 2) continue;
    if (s.folder) remove_folder_now(s.path);
    else ::unlink(s.path);
  }
  const int i = sig == SIGINT ? 0 : 1;
  if (g_previous[i].sa_handler != SIG_DFL && g_previous[i].sa_handler != SIG_IGN &&
      (g_previous[i].sa_flags & SA_SIGINFO) == 0) {
    g_previous[i].sa_handler(sig);
    return;
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// (Re)installs the handler unless it is in place, the signal is ignored (a
// background job) or another SA_SIGINFO handler owns it; a plain handler that
// was there is called after the clean-up.
void install_handlers() {
  static std::mutex mutex;
  const std::lock_guard<std::mutex> lock(mutex);
  for (int i = 0; i < 2; ++i) {
    struct sigaction old {};
    ::sigaction(kSignals[i], nullptr, &old);
    if ((old.sa_flags & SA_SIGINFO) != 0) continue;
    if (old.sa_handler == on_signal || old.sa_handler == SIG_IGN) continue;
    g_previous[i] = old;
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    ::sigaction(kSignals[i], &sa, nullptr);
  }
}

int register_path(const std::string& path, bool folder) {
  if (path.size() >= kPathBytes) return -1; // not removable on a signal; still removed on failure
  install_handlers();
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (!g_slots[i].state.compare_exchange_strong(expected, 1)) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].folder = folder;
    g_slots[i].state.store(2);
    return i;
  }
  return -1;
}

void unregister(int slot) {
  if (slot >= 0) g_slots[slot].state.store(0);
}

// ---- messages ---------------------------------------------------------------

std::string cause(int error) {
  std::string text = std::strerror(error);
  if (error == ENOSPC || error == EDQUOT) text += " (the disk is full: free some space or save elsewhere)";
  if (error == EACCES || error == EPERM || error == EROFS) {
    text += " (the folder is not writable: choose another folder or fix its permissions)";
  }
  if (error == ENOENT || error == ENOTDIR) text += " (the folder does not exist: create it or choose another)";
  if (error == ENAMETOOLONG) text += " (the name is too long: choose a shorter one)";
  return text;
}

[[noreturn]] void fail(const fs::path& path, const std::string& what, int error) {
  throw Error("cannot save " + path.string() + ": " + what + ": " + cause(error) +
              "; the previous file, if any, is unchanged");
}

fs::path folder_of(const fs::path& p) { return p.has_parent_path() ? p.parent_path() : fs::path("."); }

// ".<name>.steppe-XXXXXX", or ".steppe-XXXXXX" when that would pass NAME_MAX.
std::string temp_pattern(const fs::path& final_path, const char* kind) {
  const std::string name = final_path.filename().string();
  const std::string suffix = std::string(".steppe-") + kind + "XXXXXX";
  const std::string file = name.size() + suffix.size() + 1 <= 255 ? "." + name + suffix : suffix;
  return (folder_of(final_path) / file).string();
}

// A symlink is written through: the file it points to is replaced.
fs::path resolve_link(const fs::path& target) {
  std::error_code ec;
  if (!fs::is_symlink(target, ec)) return target;
  const fs::path resolved = fs::weakly_canonical(target, ec);
  return ec ? target : resolved;
}

} // namespace

SafeOutput::SafeOutput(const fs::path& target) : shown_(target), final_(resolve_link(target)) {
  if (target.filename().empty() || target.filename() == "." || target.filename() == "..") {
    throw Error("cannot save '" + target.string() + "': it names a folder, not a file");
  }
  std::error_code ec;
  if (fs::is_directory(final_, ec)) {
    throw Error("cannot save " + target.string() + ": it is a folder; give a file name");
  }
  std::string pattern = temp_pattern(final_, "");
  fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (fd_ < 0) fail(shown_, "cannot create a temporary file in " + folder_of(final_).string(), errno);
  temp_ = pattern;
  slot_ = register_path(pattern, false);
}

SafeOutput::~SafeOutput() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_.c_str());
  unregister(slot_);
}

void SafeOutput::write(std::string_view bytes) {
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(shown_, "cannot write", errno);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
}

void SafeOutput::commit() {
  // mkstemp creates 0600: keep the replaced file's mode, else an ordinary document's.
  struct stat old {};
  if (::stat(final_.c_str(), &old) == 0) {
    ::fchmod(fd_, old.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(022);
    ::umask(mask);
    ::fchmod(fd_, static_cast<mode_t>(0666) & ~mask);
  }
  if (::fsync(fd_) != 0) fail(shown_, "cannot flush to disk", errno);
  const int rc = ::close(fd_);
  fd_ = -1;
  if (rc != 0) fail(shown_, "cannot finish writing", errno);
  if (::rename(temp_.c_str(), final_.c_str()) != 0) fail(shown_, "cannot replace the file", errno);
  committed_ = true;
  unregister(slot_);
  slot_ = -1;
  // Make the rename itself durable.
  const int dir = ::open(folder_of(final_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

SafeOutputFolder::SafeOutputFolder(const fs::path& target) {
  std::string pattern = temp_pattern(target, "pages-");
  if (::mkdtemp(pattern.data()) == nullptr) {
    fail(target, "cannot create a temporary folder in " + folder_of(target).string(), errno);
  }
  path_ = pattern;
  slot_ = register_path(pattern, true);
}

SafeOutputFolder::~SafeOutputFolder() {
  std::error_code ec;
  fs::remove_all(path_, ec);
  unregister(slot_);
}

void SafeOutputFolder::publish(const fs::path& into, const std::vector<std::string>& names) {
  const fs::path manifest = into / ".steppe-pages";
  std::vector<std::string> before;
  if (FILE* f = std::fopen(manifest.c_str(), "rb")) {
    char line[4096];
    while (std::fgets(line, sizeof line, f) != nullptr) {
      std::string name(line);
      while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
      // Only plain names of this folder: a manifest cannot point elsewhere.
      if (!name.empty() && name.find('/') == std::string::npos && name != "." && name != "..") before.push_back(name);
    }
    std::fclose(f);
  }
  for (const std::string& name : names) {
    const fs::path from = path_ / name;
    const fs::path to = into / name;
    if (::rename(from.c_str(), to.c_str()) != 0) fail(to, "cannot move the page into place", errno);
  }
  std::string listing;
  for (const std::string& name : names) listing += name + "\n";
  write_file_safely(manifest, listing);
  for (const std::string& old : before) {
    if (std::find(names.begin(), names.end(), old) != names.end()) continue;
    std::error_code ec;
    const fs::path stale = into / old;
    if (fs::is_regular_file(fs::symlink_status(stale, ec))) fs::remove(stale, ec);
  }
}

void write_file_safely(const fs::path& path, std::string_view contents) {
  SafeOutput out(path);
  out.write(contents);
  out.commit();
}

} // namespace steppe
