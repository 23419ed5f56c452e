#pragma once
// What the window remembers about exports between sessions: the last size
// preset picked in the export panel (export/export_presets), in
// $XDG_CONFIG_HOME/steppe/export.toml (~/.config/steppe/export.toml when unset)
// as `preset = "a4-300"`. A missing or unreadable file means "window size"; a
// file that cannot be written is reported, never fatal.
#include <filesystem>
#include <optional>
#include <string>

namespace steppe::ui {

// The settings file; nullopt when neither XDG_CONFIG_HOME nor HOME is set.
std::optional<std::filesystem::path> export_settings_path();

// The remembered preset id, if the file holds a known one.
std::optional<std::string> load_export_preset(const std::filesystem::path& file);
// Writes the id (creating the folder); throws steppe::Error naming the file on failure.
void save_export_preset(const std::filesystem::path& file, const std::string& preset_id);

} // namespace steppe::ui
