#include "io/prepared_atlas.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.hpp"
#include "core/phase_timings.hpp"
#include "io/builtin_atlas.hpp"
#include "io/content_hash.hpp"
#include "io/geometry_cache_file.hpp"
#include "io/input_file.hpp"
#include "io/safe_output.hpp"

namespace steppe {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kBuiltinFiles[] = {"region.geojson", "leagues.geojson", "banners.geojson", "context.geojson"};
constexpr std::size_t kMaxCacheFiles = 8; // older files are removed when a new one is written

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

bool is_regular(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// The files whose bytes decide the result: the built-in geodata, or a
// user's file and its sidecars (same stem: .shp/.shx/.dbf/.prj/.cpg ...).
// Empty when the input is not plain local files (an archive path, a
// missing file): then nothing is cached and the reader reports the problem.
std::vector<fs::path> input_files(const PrepareRequest& request) {
  std::vector<fs::path> files;
  if (!request.data) {
    const fs::path dir = builtin_geodata_dir();
    for (const char* name : kBuiltinFiles) {
      if (!is_regular(dir / name)) return {};
      files.push_back(dir / name);
    }
    return files;
  }
  const fs::path& path = request.data->path;
  if (path.string().rfind("/vsi", 0) == 0 || !is_regular(path)) return {};
  files.push_back(path);
  std::error_code ec;
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.stem() == path.stem() && p.filename() != path.filename() && is_regular(p)) files.push_back(p);
    if (files.size() > 16) return {}; // an odd folder: do not guess
  }
  std::sort(files.begin() + 1, files.end());
  return files;
}

// The executable's identity (size and modification time): a rebuilt steppe
// may prepare differently, so it never reads an older build's cache.
void hash_program(ContentHash& h) {
  struct stat st {};
  if (::stat("/proc/self/exe", &st) == 0) {
    h.update_value(static_cast<std::int64_t>(st.st_size));
    h.update_value(static_cast<std::int64_t>(st.st_mtim.tv_sec));
    h.update_value(static_cast<std::int64_t>(st.st_mtim.tv_nsec));
  }
}

bool hash_files(ContentHash& h, const std::vector<fs::path>& files) {
  for (const fs::path& f : files) {
    std::string bytes;
    try {
      bytes = read_input_file(f, InputKind::Boundary);
    } catch (const Error&) {
      return false; // the reader will say what is wrong with it
    }
    h.update(f.filename().string());
    h.update_value(static_cast<std::uint64_t>(bytes.size()));
    h.update(bytes);
  }
  return true;
}

std::optional<std::uint64_t> cache_key(const PrepareRequest& request, const std::vector<fs::path>& files,
                                       const Projection& projection) {
  ContentHash h;
  h.update_value(kGeometryCacheVersion);
  hash_program(h);
  h.update(projection.definition());
  h.update_value('\0');
  if (request.data) {
    const BoundaryReadOptions& o = *request.data;
    for (const std::string* s : {&o.layer, &o.code_field, &o.name_field, &o.name_en_field, &o.parent_field, &o.encoding,
                                 &o.geometry_field}) {
      h.update(*s);
      h.update_value('\0');
    }
    h.update_value(o.gcj02 ? 1 : 0);
    h.update_value(o.level ? static_cast<int>(*o.level) : -1);
  } else {
    h.update("built-in");
  }
  if (!hash_files(h, files)) return std::nullopt;
  return h.digest();
}

std::string hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string describe_input(const PrepareRequest& request) {
  return request.data ? request.data->path.string() : std::string("the built-in atlas");
}

// A read-only mapping of a whole file; empty when it cannot be mapped.
class MappedFile {
public:
  explicit MappedFile(const fs::path& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd_ < 0) return;
    struct stat st {};
    if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return;
    size_ = static_cast<std::size_t>(st.st_size);
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
    if (p == MAP_FAILED) {
      size_ = 0;
      return;
    }
    data_ = static_cast<const unsigned char*>(p);
  }
  ~MappedFile() {
    if (data_ != nullptr) ::munmap(const_cast<unsigned char*>(data_), size_);
    if (fd_ >= 0) ::close(fd_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::span<const unsigned char> bytes() const { return {data_, data_ ? size_ : 0}; }
  bool opened() const { return fd_ >= 0; }

private:
  int fd_ = -1;
  const unsigned char* data_ = nullptr;
  std::size_t size_ = 0;
};

// Keeps the newest kMaxCacheFiles cache files in `dir` (and `keep`).
void prune(const fs::path& dir, const fs::path& keep) {
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ".geom" || it->path() == keep) continue;
    std::error_code tec;
    const auto t = fs::last_write_time(it->path(), tec);
    if (!tec) files.emplace_back(t, it->path());
  }
  if (files.size() < kMaxCacheFiles) return;
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = kMaxCacheFiles - 1; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s", s);
  return buf;
}

} // namespace

fs::path builtin_prepared_file() {
#if defined(STEPPE_BUILTIN_PREPARED)
  return STEPPE_BUILTIN_PREPARED;
#else
  return {};
#endif
}

std::optional<std::uint64_t> builtin_prepared_key(const Projection& projection) {
  const std::vector<fs::path> files = input_files(PrepareRequest{});
  if (files.empty()) return std::nullopt;
  ContentHash h;
  h.update_value(kGeometryCacheVersion);
  h.update("built-in, prepared at build time");
  h.update(projection.definition());
  h.update_value('\0');
  if (!hash_files(h, files)) return std::nullopt;
  return h.digest();
}

std::optional<fs::path> geometry_cache_dir() {
  if (const char* off = std::getenv("STEPPE_GEOMETRY_CACHE");
      off != nullptr && (std::string_view(off) == "off" || std::string_view(off) == "0")) {
    return std::nullopt;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && xdg[0] == '/') {
    return fs::path(xdg) / "steppe" / "geometry";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/') {
    return fs::path(home) / ".cache" / "steppe" / "geometry";
  }
  return std::nullopt;
}

PreparedAtlas build_prepared_atlas(const PrepareRequest& request, const Projection& projection, bool with_anchors) {
  PreparedAtlas p;
  p.has_areas = request.geodesic_areas;
  if (request.data) {
    BoundaryReadOptions read = *request.data;
    read.geodesic_areas = request.geodesic_areas;
    p.atlas = load_atlas_file(read, &p.read_warnings, &p.read_note);
  } else {
    p.atlas = load_builtin_atlas(&p.read_warnings, request.geodesic_areas);
  }
  p.geometry = build_map_geometry(p.atlas, projection);
  if (with_anchors) add_label_anchors(p.geometry);
  return p;
}

PreparedAtlas prepare_atlas(const PrepareRequest& request, const Projection& projection, PrepareOutcome* outcome) {
  PrepareOutcome local;
  PrepareOutcome& out = outcome != nullptr ? *outcome : local;
  out = {};
  const ScopedPhase phase("prepared atlas (cache load or build)");
  const auto start = Clock::now();
  // The built-in atlas as prepared at build time, when it is this geodata and CRS.
  if (!request.data && !builtin_prepared_file().empty() && geometry_cache_dir()) {
    const MappedFile mapped(builtin_prepared_file());
    const std::optional<std::uint64_t> key = mapped.opened() ? builtin_prepared_key(projection) : std::nullopt;
    if (key) {
      try {
        PreparedAtlas p = decode_prepared_atlas(mapped.bytes(), *key);
        out.kind = PrepareOutcome::Kind::Loaded;
        out.cache_file = builtin_prepared_file();
        out.seconds = seconds_since(start);
        return p;
      } catch (const CacheFileError& e) {
        // Another geodata or CRS: the cache folder below serves it, quietly.
        if (std::string_view(e.what()).find("made for other") == std::string_view::npos) {
          out.note = "the prepared built-in atlas " + builtin_prepared_file().string() + " was unusable (" +
                     e.what() + "); using the geometry cache instead. ";
        }
      }
    }
  }
  const std::optional<fs::path> dir = geometry_cache_dir();
  const std::vector<fs::path> files = dir ? input_files(request) : std::vector<fs::path>{};
  const std::optional<std::uint64_t> key = files.empty() ? std::nullopt : cache_key(request, files, projection);
  if (!key) {
    PreparedAtlas p = build_prepared_atlas(request, projection, false);
    out.kind = PrepareOutcome::Kind::Uncached;
    out.seconds = seconds_since(start);
    return p;
  }
  const fs::path file = *dir / (hex(*key) + ".geom");
  std::string problem;
  {
    const MappedFile mapped(file);
    if (mapped.opened()) {
      try {
        PreparedAtlas p = decode_prepared_atlas(mapped.bytes(), *key);
        out.kind = PrepareOutcome::Kind::Loaded;
        out.cache_file = file;
        out.seconds = seconds_since(start);
        return p;
      } catch (const CacheFileError& e) {
        problem = e.what();
      }
    }
  }
  // Built with everything a cached atlas promises: areas and label anchors.
  PrepareRequest full = request;
  full.geodesic_areas = true;
  PreparedAtlas p = build_prepared_atlas(full, projection, true);
  out.seconds = seconds_since(start);
  out.cache_file = file;
  out.kind = problem.empty() ? PrepareOutcome::Kind::Built : PrepareOutcome::Kind::Rebuilt;
  const std::string what = "prepared the geometry of " + describe_input(request) + " (" +
                           std::to_string(p.atlas.regions.size()) + " regions) in " + seconds_text(out.seconds);
  try {
    std::error_code ec;
    fs::create_directories(*dir, ec);
    if (ec) throw Error(dir->string() + ": cannot create the cache folder (" + ec.message() + ")");
    SafeOutput cache(file);
    cache.write(encode_prepared_atlas(p, *key));
    cache.commit();
    prune(*dir, file);
    out.note += problem.empty()
                   ? what + "; cached in " + file.string() + " for the next start"
                   : "the geometry cache " + file.string() + " was unusable (" + problem + "); " + what +
                         " and rewrote it";
  } catch (const std::exception& e) {
    out.kind = PrepareOutcome::Kind::Uncached;
    out.note += what + "; could not cache it (" + e.what() +
               "); set XDG_CACHE_HOME to a writable folder, or STEPPE_GEOMETRY_CACHE=off to stop trying";
  }
  return p;
}

} // namespace steppe
