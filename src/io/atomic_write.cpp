#include "io/atomic_write.hpp"

#include "io/safe_output.hpp"

namespace steppe {

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
  write_file_safely(path, contents);
}

} // namespace steppe
