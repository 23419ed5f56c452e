#pragma once
// The name lists the table matcher uses beyond the atlas's own names, from
// geodata/names/ (README.md there gives their sources):
//   name_history.csv     former names and codes of Inner Mongolia's units since 1980
//   romanizations.csv    romanized and English forms (Ih Ju, Hondlon, Tumd Right ...)
//   china_units_2023.csv every unit of the other provinces (for whole-country tables)
// Errors throw steppe::Error naming the file and line.
#include <filesystem>
#include <vector>

#include "core/name_matcher.hpp"

namespace steppe {

std::vector<NameAlias> read_name_history(const std::filesystem::path& csv);
std::vector<NameAlias> read_romanizations(const std::filesystem::path& csv);
std::vector<ForeignUnit> read_foreign_units(const std::filesystem::path& csv);

// All three lists of `dir` (default: the built-in geodata/names) added to `matcher`.
void add_builtin_name_lists(NameMatcher& matcher);
void add_name_lists(NameMatcher& matcher, const std::filesystem::path& dir);

} // namespace steppe
