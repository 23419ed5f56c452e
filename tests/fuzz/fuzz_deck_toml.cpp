// libFuzzer harness: the deck/view TOML reader (toml_depth + toml++ + view_toml).
// Any steppe::Error is a clean refusal; a crash, a sanitizer report or a
// timeout is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "io/deck_file.hpp"
#include "io/view_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    (void)steppe::parse_deck_toml(text, "fuzz.toml");
  } catch (const steppe::Error&) {
  }
  try {
    (void)steppe::parse_view_toml(text, "fuzz.toml");
  } catch (const steppe::Error&) {
  }
  return 0;
}
