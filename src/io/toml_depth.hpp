#pragma once
// A bound on how deeply a TOML text nests, checked before the text reaches
// toml++: Debian's toml++ 3.3 recurses once per level of a table header
// [a.b.c…], a dotted key a.b.c… = 1 or nested inline tables/arrays, so a file
// with 40,000 levels overflows the stack. This scan is linear and iterative.
#include <string>
#include <string_view>

namespace steppe {

// The deepest nesting steppe accepts (a deck needs 3: view.classification.breaks).
inline constexpr int kMaxTomlDepth = 32;

// Throws steppe::Error "<label> line N: ..." naming the limit when a header,
// dotted key or bracket nesting goes deeper than kMaxTomlDepth. Does not
// otherwise validate the TOML (the parser does).
void check_toml_depth(std::string_view text, const std::string& label);

} // namespace steppe
