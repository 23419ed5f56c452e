#pragma once
// The one way steppe writes an output file (PNG, SVG, PDF, deck, view, text):
//   - the bytes go to a temporary file made with mkstemp (O_EXCL: a planted
//     file or symlink is never followed) in the target's own folder, so the
//     final rename stays on one file system and is atomic;
//   - commit() flushes it to disk (fsync), gives it the mode of the file it
//     replaces (else 0666 & ~umask) and renames it over the target;
//   - on any failure, or when the object dies uncommitted, the temporary file
//     is removed; SIGINT and SIGTERM remove it too before the process ends;
//   - writing to a symlink replaces the file the link points to, and keeps
//     the link; a long file name (up to NAME_MAX) gets a short temporary name.
// The caller writes the temporary file by name (Cairo, libpng) or by fd.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace steppe {

class SafeOutput {
public:
  // Throws steppe::Error naming `target` when its folder does not exist or is
  // not writable, or when `target` is a folder.
  explicit SafeOutput(const std::filesystem::path& target);
  ~SafeOutput();
  SafeOutput(const SafeOutput&) = delete;
  SafeOutput& operator=(const SafeOutput&) = delete;

  // The temporary file to write (exists, empty, mode 0600 until commit).
  const std::filesystem::path& temp_path() const { return temp_; }
  // The file that commit() replaces (the symlink's target when `target` is a link).
  const std::filesystem::path& final_path() const { return final_; }
  // Open descriptor on temp_path() (for callers writing bytes themselves).
  int fd() const { return fd_; }

  void write(std::string_view bytes);
  // fsync + chmod + rename over final_path() + fsync of the folder. Throws
  // steppe::Error (the temporary file is removed, the target is unchanged).
  void commit();

private:
  std::filesystem::path shown_;
  std::filesystem::path final_;
  std::filesystem::path temp_;
  int fd_ = -1;
  int slot_ = -1; // registration for removal on SIGINT/SIGTERM
  bool committed_ = false;
};

// The temporary folder for outputs that are several files (a deck's PNGs):
// made with mkdtemp beside `target`, removed with everything in it unless
// released, including on SIGINT/SIGTERM.
class SafeOutputFolder {
public:
  explicit SafeOutputFolder(const std::filesystem::path& target);
  ~SafeOutputFolder();
  SafeOutputFolder(const SafeOutputFolder&) = delete;
  SafeOutputFolder& operator=(const SafeOutputFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

  // Moves the files `names` (all written into path()) into `into`, then
  // removes the pages an earlier export listed in `into`/.steppe-pages and
  // did not write again (a longer older deck), and records `names` there.
  // Files steppe did not list are never removed. Throws steppe::Error.
  void publish(const std::filesystem::path& into, const std::vector<std::string>& names);

private:
  std::filesystem::path path_;
  int slot_ = -1;
};

// Writes `contents` to `path` through SafeOutput.
void write_file_safely(const std::filesystem::path& path, std::string_view contents);

} // namespace steppe
