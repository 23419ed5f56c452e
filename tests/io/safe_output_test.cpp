#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "io/safe_output.hpp"

namespace fs = std::filesystem;
using namespace steppe;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "safe_output" / name;
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

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST_CASE("a planted symlink at the old predictable temp name is never followed", "[safe_output]") {
  const fs::path dir = fresh_dir("planted");
  const fs::path victim = dir / "victim.txt";
  write(victim, "precious\n");
  const fs::path out = dir / "map.png";
  // The names the old writers used: <out>.steppe-tmp-<pid> and <out>.tmp-<pid>.
  fs::create_symlink(victim, dir / ("map.png.steppe-tmp-" + std::to_string(::getpid())));
  fs::create_symlink(victim, dir / ("map.png.tmp-" + std::to_string(::getpid())));
  write_file_safely(out, "new bytes\n");
  CHECK(slurp(out) == "new bytes\n");
  CHECK(slurp(victim) == "precious\n");
  CHECK(entries(dir) == 4);
}

TEST_CASE("writing through a symlink updates its target and keeps the link", "[safe_output]") {
  const fs::path dir = fresh_dir("link");
  fs::create_directories(dir / "real");
  write(dir / "real" / "deck.toml", "old\n");
  fs::create_symlink("real/deck.toml", dir / "deck.toml");
  write_file_safely(dir / "deck.toml", "new\n");
  CHECK(fs::is_symlink(dir / "deck.toml"));
  CHECK(slurp(dir / "real" / "deck.toml") == "new\n");
  CHECK(entries(dir / "real") == 1);
}

TEST_CASE("a 250-byte file name is saved (the temporary name stays short)", "[safe_output]") {
  const fs::path dir = fresh_dir("long");
  const std::string name = std::string(246, 'n') + ".svg";
  write_file_safely(dir / name, "<svg/>");
  CHECK(slurp(dir / name) == "<svg/>");
  CHECK(entries(dir) == 1);
}

TEST_CASE("an uncommitted output leaves nothing behind", "[safe_output]") {
  const fs::path dir = fresh_dir("abandon");
  write(dir / "map.pdf", "old\n");
  {
    SafeOutput out(dir / "map.pdf");
    out.write("half a PDF");
    CHECK(fs::exists(out.temp_path()));
    CHECK(out.temp_path().parent_path() == dir);
  }
  CHECK(slurp(dir / "map.pdf") == "old\n");
  CHECK(entries(dir) == 1);
  CHECK_THROWS_WITH(SafeOutput(dir / "no" / "such" / "x.png"), Catch::Contains("does not exist"));
  CHECK_THROWS_WITH(SafeOutput(dir), Catch::Contains("folder"));
}

TEST_CASE("SIGTERM and SIGINT remove the temporary files of a writer in progress", "[safe_output]") {
  for (int sig : {SIGTERM, SIGINT}) {
    const fs::path dir = fresh_dir("signal" + std::to_string(sig));
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // As in steppe itself: no test framework handler in the way.
      ::signal(SIGTERM, SIG_DFL);
      ::signal(SIGINT, SIG_DFL);
      SafeOutput out(dir / "big.png");
      SafeOutputFolder pages(dir / "pages");
      write(pages.path() / "01-a.png", "page");
      out.write(std::string(1 << 20, 'x'));
      (void)!::write(ready[1], "r", 1);
      ::pause();
      ::_exit(0);
    }
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    CHECK(entries(dir) == 2); // the temporary file and the temporary folder
    ::kill(child, sig);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(ready[0]);
    ::close(ready[1]);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK(entries(dir) == 0);
  }
}

TEST_CASE("a deck's page folder is published whole and stale pages go", "[safe_output]") {
  const fs::path dir = fresh_dir("pages");
  write(dir / "notes.txt", "mine\n"); // never listed by steppe: kept
  {
    SafeOutputFolder staging(dir / "pages");
    for (const char* n : {"01-a.png", "02-b.png", "03-c.png"}) write(staging.path() / n, n);
    staging.publish(dir, {"01-a.png", "02-b.png", "03-c.png"});
  }
  CHECK(entries(dir) == 5); // 3 pages, notes.txt, .steppe-pages
  {
    // A failure part-way: nothing is published, the old pages stay.
    SafeOutputFolder staging(dir / "pages");
    write(staging.path() / "01-x.png", "new");
  }
  CHECK(slurp(dir / "01-a.png") == "01-a.png");
  CHECK(entries(dir) == 5);
  {
    SafeOutputFolder staging(dir / "pages");
    write(staging.path() / "01-a.png", "new a");
    staging.publish(dir, {"01-a.png"});
  }
  CHECK(slurp(dir / "01-a.png") == "new a");
  CHECK(!fs::exists(dir / "02-b.png"));
  CHECK(!fs::exists(dir / "03-c.png"));
  CHECK(slurp(dir / "notes.txt") == "mine\n");
  CHECK(entries(dir) == 3);
}
