// libFuzzer harness: the indicator value CSV parser and the indicator TOML
// reader (an indicator folder with one .toml/.csv pair built from the input:
// the bytes before the first NUL are the .toml, the rest the .csv).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "io/indicator_csv.hpp"
#include "io/indicator_reader.hpp"

namespace {

std::filesystem::path folder() {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("steppe-fuzz-ind-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    (void)steppe::parse_csv(bytes, "fuzz.csv");
  } catch (const steppe::Error&) {
  }
  const std::size_t nul = bytes.find('\0');
  const std::string toml = bytes.substr(0, nul);
  const std::string csv = nul == std::string::npos ? std::string() : bytes.substr(nul + 1);
  std::ofstream(folder() / "fuzz.toml", std::ios::binary | std::ios::trunc) << toml;
  std::ofstream(folder() / "fuzz.csv", std::ios::binary | std::ios::trunc) << csv;
  try {
    (void)steppe::read_indicator(folder() / "fuzz.toml");
  } catch (const steppe::Error&) {
  }
  return 0;
}
