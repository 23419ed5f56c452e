#include "core/text_clean.hpp"

namespace steppe {

namespace {

// Length of the valid UTF-8 sequence at s[i] and its code point; 0 when malformed.
std::size_t sequence_at(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t n = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) n = 2, cp = b0 & 0x1F, min = 0x80;
  else if (b0 >= 0xE0 && b0 <= 0xEF) n = 3, cp = b0 & 0x0F, min = 0x800;
  else if (b0 >= 0xF0 && b0 <= 0xF4) n = 4, cp = b0 & 0x07, min = 0x10000;
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

} // namespace

CleanText clean_text(std::string_view raw, bool keep_newlines) {
  CleanText out;
  out.text.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    char32_t cp = 0;
    const std::size_t n = sequence_at(raw, i, cp);
    if (n == 0) {
      out.text += "\xEF\xBF\xBD"; // U+FFFD
      out.invalid_utf8 = true;
      ++i;
      continue;
    }
    if ((cp == '\n' && keep_newlines) || cp == '\t') {
      out.text += static_cast<char>(cp);
    } else if (cp == '\r' && keep_newlines) {
      // dropped: "\r\n" keeps its newline
    } else if (cp == '\n' || cp == '\r') {
      out.text += ' ';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
      out.had_controls = true;
    } else {
      out.text.append(raw.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    char32_t cp = 0;
    const std::size_t n = sequence_at(text, i, cp);
    i += n == 0 ? 1 : n;
  }
  return count;
}

std::string printable(std::string_view raw) { return clean_text(raw, true).text; }

} // namespace steppe
