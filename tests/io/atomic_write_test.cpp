#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "io/atomic_write.hpp"

namespace fs = std::filesystem;
using namespace steppe;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "atomic_write" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream o;
  o << in.rdbuf();
  return o.str();
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST_CASE("atomic write creates and replaces a file, leaving no temporary behind", "[atomic_write]") {
  const fs::path dir = fresh_dir("replace");
  const fs::path file = dir / "deck.toml";
  write_file_atomically(file, "first\n");
  CHECK(slurp(file) == "first\n");
  write_file_atomically(file, "标题 second\n");
  CHECK(slurp(file) == "标题 second\n");
  CHECK(entries(dir) == 1);
}

TEST_CASE("atomic write keeps the mode of the file it replaces", "[atomic_write]") {
  const fs::path dir = fresh_dir("mode");
  const fs::path file = dir / "deck.toml";
  write_file_atomically(file, "a");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  write_file_atomically(file, "b");
  CHECK((fs::status(file).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("a folder that cannot take the file gives a clear error and keeps the old file", "[atomic_write]") {
  const fs::path dir = fresh_dir("unwritable");
  const fs::path kept = dir / "deck.toml";
  write_file_atomically(kept, "previous\n");
  // A path whose parent is a regular file: no temporary file can be created
  // there, even as root (which ignores permission bits).
  const fs::path blocked = kept / "deck.toml";
  try {
    write_file_atomically(blocked, "new\n");
    FAIL("expected an error");
  } catch (const Error& e) {
    const std::string msg = e.what();
    CHECK(msg.find(blocked.string()) != std::string::npos);
    CHECK(msg.find("previous file") != std::string::npos);
    CHECK(msg.find("does not exist") != std::string::npos); // ENOTDIR explained
  }
  CHECK(slurp(kept) == "previous\n");
  CHECK(entries(dir) == 1);
}

TEST_CASE("a read-only folder keeps the old file (non-root only)", "[atomic_write]") {
  const fs::path dir = fresh_dir("readonly");
  const fs::path file = dir / "deck.toml";
  write_file_atomically(file, "previous\n");
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  // root ignores permission bits: then the case above (parent is a file) covers it.
  const bool writable_anyway = ::access(dir.c_str(), W_OK) == 0;
  if (writable_anyway) {
    fs::permissions(dir, fs::perms::owner_all);
    WARN("running as root: read-only folders are writable, case skipped");
    return;
  }
  CHECK_THROWS_WITH(write_file_atomically(file, "new\n"), Catch::Contains("not writable"));
  fs::permissions(dir, fs::perms::owner_all);
  CHECK(slurp(file) == "previous\n");
  CHECK(entries(dir) == 1);
}

TEST_CASE("saving onto a folder name is refused", "[atomic_write]") {
  const fs::path dir = fresh_dir("folder");
  fs::create_directories(dir / "sub");
  CHECK_THROWS_AS(write_file_atomically(dir / "sub", "x"), Error);
  CHECK(fs::is_directory(dir / "sub"));
}
