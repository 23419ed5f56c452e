#pragma once
// A user's table as an indicator, shared by `steppe render --table` and the
// window's table panel: join the key column to the atlas's regions (the join
// report says what matched before anything is drawn), then one indicator row
// per matched region with a number. Missing and non-numeric cells give no row
// (no data), never zero.
#include <string>

#include "core/atlas.hpp"
#include "core/indicator.hpp"
#include "core/name_matcher.hpp"
#include "core/table_join.hpp"
#include "io/table_reader.hpp"

namespace steppe {

// Joins `key_column` to the regions of `matcher` with `value_column` as values.
// Throws steppe::Error (listing the columns) for an unknown column.
JoinReport join_table_columns(const Table& table, const std::string& key_column,
                              const std::string& value_column, const NameMatcher& matcher);

// The joined numbers as an indicator (id "table", title = the value column,
// quote per row "row N: key = cell"). Throws steppe::Error when no row
// matched, or when the rows name regions of more than one level.
Indicator table_indicator(const Table& table, const std::string& key_column, const std::string& value_column,
                          const std::string& unit,
                          const JoinReport& join, const NameMatcher& matcher, const Atlas& atlas);

} // namespace steppe
