// libFuzzer harness: the name matcher (normalisation, traditional characters,
// short forms, English names) on arbitrary keys, and on arbitrary region names.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/name_matcher.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const steppe::NameMatcher fixed({{"150581", "霍林郭勒市", "Holingol"},
                                          {"150223", "达尔罕茂明安联合旗", "Darhan Muminggan"},
                                          {"150200", "包头市", "Baotou"}});
  try {
    (void)fixed.match(text);
    (void)steppe::normalise_text(text);
    (void)steppe::customary_short_forms(text);
    const std::size_t half = text.size() / 2;
    const steppe::NameMatcher built({{"150000", text.substr(0, half), text.substr(half)},
                                     {"150100", "呼和浩特市", "Hohhot"}});
    (void)built.match(text.substr(half));
    (void)built.match("呼和浩特");
  } catch (const steppe::Error&) {
  }
  return 0;
}
