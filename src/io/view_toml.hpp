#pragma once
// Internal to io/: the [view] / [[view]] table shared by view_file and
// deck_file, with toml++ kept out of the public headers.
#include <toml++/toml.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/map_view.hpp"
#include "io/input_file.hpp"
#include "io/view_file.hpp"

namespace steppe::view_toml {

struct Source {
  std::string label; // file name as shown in messages
  const ViewChecks* checks = nullptr;

  // "<label> line N: field 'view 2: classification.method': <what>"
  [[noreturn]] void fail(const toml::node* node, const std::string& field, const std::string& what) const;
  // Rejects keys not in `known` (typos would otherwise be silently ignored).
  void only_keys(const toml::table& t, const std::string& prefix, const std::vector<std::string_view>& known) const;
  std::string str(const toml::table& t, const std::string& key, const std::string& field) const;
};

// Parses TOML text; a syntax error names the label and line.
toml::table parse(const std::string& text, const std::string& label);

// `field_prefix` is "" for a view file, "view 2: " in a deck.
MapView read_view(const toml::table& t, const Source& source, const std::string& field_prefix);

// The whole file as bytes; throws steppe::Error naming it when unreadable.
std::string read_text(const std::filesystem::path& path, InputKind kind);

// A TOML basic string with escapes (UTF-8 passes through).
std::string quote(std::string_view text);
// The keys of a view (no table header), then the classification sub-table
// under `table_name` + ".classification" when set.
std::string write_view_body(const MapView& view, const std::string& table_name);

} // namespace steppe::view_toml
