#pragma once
// Strict UTF-8 decoding for label text (names come from geodata and user files).
#include <string>
#include <string_view>

namespace steppe {

// Decodes UTF-8 into code points. Throws steppe::Error naming the byte offset and
// quoting the text for malformed, overlong or surrogate sequences.
std::u32string decode_utf8(std::string_view utf8);

} // namespace steppe
