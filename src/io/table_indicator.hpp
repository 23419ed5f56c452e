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

// Joins `key_column` to the regions of `matcher` with `value_column` as values
// (may be empty), the province/city columns found by their headers unless
// `context` names them. Throws steppe::Error (listing the columns) for an
// unknown column.
JoinReport join_table_columns(const Table& table, const std::string& key_column,
                              const std::string& value_column, const NameMatcher& matcher,
                              const JoinOptions& options = {}, const RowContextColumns* context = nullptr);

// "no row of column '地区' matched a region; the first keys: row 2 "Beijing" (no region of that
// name), ..." — the message when nothing matched, naming the file and column.
std::string nothing_matched_message(const Table& table, const std::string& key_column, const JoinReport& join,
                                    const NameMatcher& matcher);

// The joined numbers as an indicator (id "table", title = the value column,
// quote per row "row N: key = cell"), at the join's level. Throws steppe::Error
// when no row matched (nothing_matched_message), or when no matched row has a number.
Indicator table_indicator(const Table& table, const std::string& key_column, const std::string& value_column,
                          const std::string& unit,
                          const JoinReport& join, const NameMatcher& matcher, const Atlas& atlas);

} // namespace steppe
