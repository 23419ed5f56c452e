#include "io/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/error.hpp"

namespace steppe {

namespace {

constexpr std::uint64_t kKiB = 1024;
constexpr std::uint64_t kMiB = 1024 * kKiB;

// GDAL virtual file systems that only read local files.
constexpr std::array<std::string_view, 3> kLocalArchives = {"zip", "gzip", "tar"};
// GDAL virtual file systems that reach the network (GDAL 3.6 and later).
constexpr std::array<std::string_view, 14> kNetwork = {
    "curl", "curl_streaming", "s3", "s3_streaming", "gs", "gs_streaming", "az", "az_streaming",
    "adls", "oss", "oss_streaming", "swift", "swift_streaming", "webhdfs"};

std::string type_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

[[noreturn]] void refuse_type(const std::string& shown, mode_t mode, InputKind kind) {
  if (S_ISDIR(mode)) {
    throw Error(shown + ": is a folder; give the " + std::string(input_kind_name(kind)) + " itself");
  }
  throw Error(shown + ": is " + type_of(mode) + ", not a regular file; steppe reads " +
              std::string(input_kind_name(kind)) + "s only from regular files (copy it to a file first)");
}

[[noreturn]] void refuse_size(const std::string& shown, std::uint64_t size, InputKind kind) {
  throw Error(shown + ": is " + format_bytes(size) + "; a " + std::string(input_kind_name(kind)) +
              " may be at most " + format_bytes(input_size_cap(kind)) +
              " (steppe's limit; split or simplify it)");
}

[[noreturn]] void refuse_open(const std::string& shown, int error) {
  if (error == ENOENT || error == ENOTDIR) throw Error(shown + ": file not found; check the path");
  throw Error(shown + ": cannot open it: " + std::string(std::strerror(error)) +
              "; check that it exists and is readable");
}

// A local file behind a GDAL path: regular and within the cap.
void check_local(const std::string& file, const std::string& shown, InputKind kind) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) refuse_open(shown, errno);
  if (!S_ISREG(st.st_mode)) refuse_type(shown, st.st_mode, kind);
  if (static_cast<std::uint64_t>(st.st_size) > input_size_cap(kind)) {
    refuse_size(shown, static_cast<std::uint64_t>(st.st_size), kind);
  }
}

// The handler name after "/vsi" at `at` ("zip" in "/vsizip/..."), lower case.
std::string handler_at(std::string_view path, std::size_t at) {
  std::string name;
  for (std::size_t i = at + 4; i < path.size(); ++i) {
    const char c = path[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') name += c;
    else if (c >= 'A' && c <= 'Z') name += static_cast<char>(c - 'A' + 'a');
    else break;
  }
  return name;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view name) {
  for (std::string_view s : list) {
    if (s == name) return true;
  }
  return false;
}

// Every "/vsiNAME" in the path must be a local archive handler.
void check_handlers(const std::string& path) {
  std::size_t at = 0;
  while ((at = path.find("/vsi", at)) != std::string::npos) {
    const std::string name = handler_at(path, at);
    const std::size_t end = at + 4 + name.size();
    const bool is_handler = end < path.size() && (path[end] == '/' || path[end] == '?' || path[end] == '{');
    if (is_handler && !contains(kLocalArchives, name)) {
      if (contains(kNetwork, name) || name.find("curl") != std::string::npos || name.find("http") != std::string::npos ||
          name.find("hdfs") != std::string::npos) {
        throw Error(path + ": /vsi" + name +
                    "/ is a network path; steppe never reads from the network (download the file and "
                    "give the local copy)");
      }
      throw Error(path + ": the GDAL virtual file system /vsi" + name +
                  "/ is not allowed; give a local file, or a /vsizip/, /vsigzip/ or /vsitar/ path to one");
    }
    at = end;
  }
}

// The local archive under "/vsizip/…" etc.: the first prefix of `rest` that is a file.
void check_archive(const std::string& rest, const std::string& shown, InputKind kind, int depth) {
  if (depth > 8) throw Error(shown + ": more than 8 nested archive paths; give the file itself");
  if (rest.starts_with("/vsi")) {
    const std::string name = handler_at(rest, 0);
    std::string inner = rest.substr(4 + name.size());
    if (!inner.empty() && inner[0] == '/') inner.erase(0, 1);
    check_archive(inner, shown, kind, depth + 1);
    return;
  }
  if (rest.starts_with("{")) {
    int level = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '{') ++level;
      else if (rest[i] == '}' && --level == 0) {
        check_archive(rest.substr(1, i - 1), shown, kind, depth + 1);
        return;
      }
    }
    throw Error(shown + ": an unmatched '{' in the archive path");
  }
  // Walk the components: the first that is not a folder must be the archive file.
  std::size_t pos = 0;
  while (true) {
    const std::size_t slash = rest.find('/', pos + 1);
    const std::string prefix = rest.substr(0, slash);
    struct stat st {};
    if (!prefix.empty() && ::stat(prefix.c_str(), &st) == 0) {
      if (S_ISREG(st.st_mode)) {
        check_local(prefix, shown + " (archive " + prefix + ")", kind);
        return;
      }
      if (!S_ISDIR(st.st_mode)) refuse_type(shown + " (archive " + prefix + ")", st.st_mode, kind);
    } else if (!prefix.empty() && prefix != "/") {
      throw Error(shown + ": the archive " + prefix + " is not found; check the path");
    }
    if (slash == std::string::npos) break;
    pos = slash;
  }
  throw Error(shown + ": names no archive file; write e.g. /vsizip/path/to/file.zip/inner.geojson");
}

} // namespace

std::uint64_t input_size_cap(InputKind kind) {
  switch (kind) {
  case InputKind::Deck: return 1 * kMiB;
  case InputKind::View: return 256 * kKiB;
  case InputKind::IndicatorMeta: return 256 * kKiB;
  case InputKind::IndicatorValues: return 16 * kMiB;
  case InputKind::Table: return 64 * kMiB;
  case InputKind::Boundary: return 256 * kMiB;
  }
  return 1 * kMiB;
}

std::string_view input_kind_name(InputKind kind) {
  switch (kind) {
  case InputKind::Deck: return "deck file";
  case InputKind::View: return "view file";
  case InputKind::IndicatorMeta: return "indicator metadata file";
  case InputKind::IndicatorValues: return "indicator value file";
  case InputKind::Table: return "table file";
  case InputKind::Boundary: return "boundary file";
  }
  return "file";
}

std::string format_bytes(std::uint64_t bytes) {
  char buf[64];
  if (bytes >= kMiB && bytes % kMiB == 0) std::snprintf(buf, sizeof buf, "%llu MiB", static_cast<unsigned long long>(bytes / kMiB));
  else if (bytes >= kMiB) std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / static_cast<double>(kMiB));
  else if (bytes >= kKiB && bytes % kKiB == 0) std::snprintf(buf, sizeof buf, "%llu KiB", static_cast<unsigned long long>(bytes / kKiB));
  else if (bytes >= kKiB) std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(bytes) / static_cast<double>(kKiB));
  else std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
  return buf;
}

std::string read_input_file(const std::filesystem::path& path, InputKind kind) {
  const std::string shown = path.string();
  if (has_vsi_prefix(shown)) {
    throw Error(shown + ": a " + std::string(input_kind_name(kind)) + " must be a local file, not a GDAL /vsi path");
  }
  // Non-blocking, so that opening a FIFO returns at once and is refused below.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) refuse_open(shown, errno);
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) refuse_open(shown, errno);
  if (!S_ISREG(st.st_mode)) refuse_type(shown, st.st_mode, kind);
  const std::uint64_t cap = input_size_cap(kind);
  if (static_cast<std::uint64_t>(st.st_size) > cap) refuse_size(shown, static_cast<std::uint64_t>(st.st_size), kind);
  std::string out;
  out.resize(static_cast<std::size_t>(st.st_size));
  std::size_t have = 0;
  while (true) {
    if (have == out.size()) {
      // The file may have grown since fstat: read on, but never past the cap.
      if (out.size() > cap) refuse_size(shown, out.size(), kind);
      out.resize(std::min<std::size_t>(out.size() + 64 * 1024, static_cast<std::size_t>(cap) + 1));
    }
    const ssize_t n = ::read(fd, out.data() + have, out.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(shown + ": cannot read it: " + std::string(std::strerror(errno)));
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  out.resize(have);
  if (have > cap) refuse_size(shown, have, kind);
  return out;
}

bool has_vsi_prefix(std::string_view path) {
  std::size_t at = 0;
  while ((at = path.find("/vsi", at)) != std::string_view::npos) {
    const std::string name = handler_at(path, at);
    const std::size_t end = at + 4 + name.size();
    if (!name.empty() && end < path.size() && (path[end] == '/' || path[end] == '?' || path[end] == '{')) return true;
    at = end;
  }
  return false;
}

void check_gdal_input(const std::string& path, InputKind kind) {
  if (!has_vsi_prefix(path)) {
    check_local(path, path, kind);
    return;
  }
  check_handlers(path);
  if (!path.starts_with("/vsi")) {
    throw Error(path + ": a GDAL /vsi path must start with its handler, e.g. /vsizip/file.zip/layer.shp");
  }
  check_archive(path, path, kind, 0);
}

} // namespace steppe
