#pragma once
// Text hygiene at the input boundary: anything a user file or the command
// line hands steppe is made valid UTF-8 (each malformed byte becomes U+FFFD)
// and loses its control characters (C0 except tab/newline where allowed, DEL,
// C1), so that no title or region name can break an SVG's XML, a PDF, or
// send escape sequences to a terminal.
#include <cstddef>
#include <string>
#include <string_view>

namespace steppe {

struct CleanText {
  std::string text;
  bool invalid_utf8 = false;   // some bytes were replaced with U+FFFD
  bool had_controls = false;   // some control characters were removed
  bool changed() const { return invalid_utf8 || had_controls; }
};

// Tabs are kept. `keep_newlines`: keep '\n' (multi-line notes, "\r\n" becomes
// "\n"); otherwise line breaks become spaces. Other control characters are removed.
CleanText clean_text(std::string_view raw, bool keep_newlines = false);

// The number of code points in valid UTF-8 (each malformed byte counts as one).
std::size_t code_point_count(std::string_view text);

// For terminal output: control characters shown as nothing, invalid UTF-8 as U+FFFD.
std::string printable(std::string_view raw);

} // namespace steppe
