// libFuzzer harness: a user's CSV table (encoding detection, GDAL's CSV
// driver on the decoded text, row numbering), then a join of its first two
// columns onto a few region names.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "core/name_matcher.hpp"
#include "io/table_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("steppe-fuzz-table-" + std::to_string(::getpid()) + ".csv");
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  try {
    const steppe::Table table = steppe::read_table(file);
    if (table.columns.size() >= 2) (void)table.join_rows(table.columns[0], table.columns[1]);
  } catch (const steppe::Error&) {
  }
  return 0;
}
