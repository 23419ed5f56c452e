#pragma once
// Traditional -> simplified characters and pinyin initials, hand-written for
// the characters that occur in Inner Mongolia's 115 region names and in the
// units of statistical bulletins (億元, 萬畝 ...). Not a general converter:
// characters outside the tables pass through unchanged (to_simplified) or
// contribute nothing (pinyin_initials).
#include <string>
#include <string_view>

namespace steppe {

// UTF-8 <-> code points. Invalid bytes decode to U+FFFD.
std::u32string utf8_to_u32(std::string_view text);
std::string u32_to_utf8(std::u32string_view text);

// Simplified form of one code point / of a UTF-8 string ("錫林郭勒盟" -> "锡林郭勒盟").
char32_t to_simplified(char32_t c);
std::string to_simplified(std::string_view text);

// Lower-case pinyin initials of a Chinese name, simplified or traditional:
// "霍林郭勒" -> "hlgl", "鄂尔多斯市" -> "eedss". ASCII letters and digits are
// kept (lower-cased); other characters without a table entry are dropped.
std::string pinyin_initials(std::string_view name_zh);

} // namespace steppe
