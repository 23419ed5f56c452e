#pragma once
// For the UI font tests: the non-ASCII characters inside the string literals
// of one of our source files (comments skipped), each as its UTF-8 bytes.
// A character missing from the UI font's glyph set shows as '?' on screen.
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace steppe::test {

inline std::vector<std::string> literal_characters(const std::string& path) {
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> out;
  bool in_string = false, in_comment = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_comment) {
      if (c == '\n') in_comment = false;
      continue;
    }
    if (!in_string && c == '/' && i + 1 < text.size() && text[i + 1] == '/') { in_comment = true; continue; }
    if (c == '\\' && in_string) { ++i; continue; }
    if (c == '"') { in_string = !in_string; continue; }
    if (!in_string || static_cast<unsigned char>(c) < 0xc0) continue;
    // One UTF-8 character: lead byte plus continuation bytes.
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xc0) == 0x80) ++n;
    out.push_back(text.substr(i, n));
    i += n - 1;
  }
  return out;
}

} // namespace steppe::test
