#include "io/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/error.hpp"

namespace steppe {

namespace {

// Closes the descriptor and removes the temporary file unless released.
class TempFile {
public:
  TempFile(std::filesystem::path path, int fd) : path_(std::move(path)), fd_(fd) {}
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  int fd() const { return fd_; }
  // Closes explicitly so that a failing close (delayed write error) is seen.
  int close() {
    const int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }
  void keep() { kept_ = true; }

private:
  std::filesystem::path path_;
  int fd_ = -1;
  bool kept_ = false;
};

std::string cause(int error) {
  std::string text = std::strerror(error);
  if (error == ENOSPC || error == EDQUOT) text += " (the disk is full: free some space or save elsewhere)";
  if (error == EACCES || error == EPERM || error == EROFS) {
    text += " (the folder is not writable: choose another folder or fix its permissions)";
  }
  if (error == ENOENT || error == ENOTDIR) text += " (the folder does not exist: create it or choose another)";
  return text;
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
  throw Error("cannot save " + path.string() + ": " + what + ": " + cause(error) +
              "; the previous file, if any, is unchanged");
}

} // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
  if (path.filename().empty()) throw Error("cannot save '" + path.string() + "': it names a folder, not a file");
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string pattern = (folder / ("." + path.filename().string() + ".steppe-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) fail(path, "cannot create a temporary file in " + folder.string(), errno);
  TempFile tmp(pattern, fd);

  const char* data = contents.data();
  std::size_t left = contents.size();
  while (left > 0) {
    const ssize_t n = ::write(tmp.fd(), data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, "cannot write", errno);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600: keep the replaced file's mode, else an ordinary document's.
  struct stat old {};
  if (::stat(path.c_str(), &old) == 0) {
    ::fchmod(tmp.fd(), old.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(022);
    ::umask(mask);
    ::fchmod(tmp.fd(), static_cast<mode_t>(0666) & ~mask);
  }
  if (::fsync(tmp.fd()) != 0) fail(path, "cannot flush to disk", errno);
  if (tmp.close() != 0) fail(path, "cannot finish writing", errno);
  if (::rename(pattern.c_str(), path.c_str()) != 0) fail(path, "cannot replace the file", errno);
  tmp.keep();
  // Make the rename itself durable.
  const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

} // namespace steppe
