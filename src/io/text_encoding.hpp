#pragma once
// Turning attribute text of unknown or declared encoding into UTF-8.
// Chinese boundary files are often GBK (CP936) without saying so; steppe
// detects that rather than showing mojibake.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace steppe {

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or
// code points above U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// True for the names of UTF-8 ("UTF-8", "utf8", case-insensitive).
bool is_utf8_name(std::string_view encoding);

// Converts `bytes` from `encoding` (any name iconv knows: "GBK", "CP936",
// "GB18030", "BIG5", "LATIN1") to UTF-8. nullopt when the bytes are not
// valid text in that encoding. Throws steppe::Error for an unknown encoding.
std::optional<std::string> to_utf8(std::string_view bytes, const std::string& encoding);

// How a set of strings read from one layer should be decoded.
struct EncodingChoice {
  std::string encoding; // "UTF-8" or the encoding the text was read as
  bool detected = false; // true when chosen by detection, not by the user
};

// Picks an encoding for all of `texts` together: the user's `requested`
// encoding if given, else UTF-8 if every text is valid UTF-8, else GBK
// (CP936) if every text is valid GBK. nullopt if detection fails.
std::optional<EncodingChoice> choose_encoding(const std::vector<std::string>& texts,
                                              const std::string& requested);

} // namespace steppe
