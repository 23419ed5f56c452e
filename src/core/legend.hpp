#pragma once
// The legend of a thematic map as plain data, laid out by the page composition
// (export/export_layout) and drawn by one Cairo painter for every output.
// It carries everything a reader needs to trust the map: what is measured, in
// which unit, for which period, from which document, how many regions fall in
// each class, which regions have no data (hatched swatch, never a class) and
// how much of the stated total the mapped values cover.
#include <cstddef>
#include <string>
#include <vector>

#include "core/palette.hpp"

namespace steppe {

enum class LegendEntryKind {
  Class,      // a class of the choropleth, lowest first
  NoData,     // regions the source covers but gives no value for: hatched
  NotCovered, // regions outside what the source reports on: plain pale fill
};

struct LegendEntry {
  LegendEntryKind kind = LegendEntryKind::Class;
  Rgb colour;            // swatch fill
  bool hatched = false;  // draw the no-data hatch (no_data_hatch_colour()) over the swatch
  std::string label;     // "1035.54 – 1590.92", "无数据 / no data"
  std::size_t count = 0; // regions (of the indicator's level) in this entry
};

// Point symbols: one entry per size step (area-proportional circles) plus one
// for approximate locations when any point is approximate.
struct LegendSymbol {
  double diameter_px = 0; // logical pixels (× Camera::pixel_ratio when drawn)
  Rgb fill;
  Rgb outline;
  bool approximate = false; // dashed/hollow ring: "approximate location"
  std::string label;        // "420.08 亿元", "近似位置 / approximate location"
};

struct Legend {
  std::string title;        // "规模以上工业原煤产量 / Raw coal output (above-scale industry)"
  std::string unit;         // as written: "万吨", "亿元", "%"; empty for counts of points
  std::string period_label; // "2025年1-7月 (2025-01/2025-07)"
  std::string source_line;  // "来源 / Source: <title>, <date> (<file>)"
  std::vector<LegendEntry> entries; // classes (lowest first), then no-data / not-covered
  std::vector<LegendSymbol> symbols; // point layers only
  std::string symbols_title;         // e.g. "园区营业收入 (亿元)"
  std::string coverage_note;    // "2 of 8 banners of 通辽市 have a value; 99.7% of the stated city total"
  std::string consistency_note; // "rows sum to 2626.46 of 2633.98 万吨 (99.7%); the document says 近八成"
  std::string classification_note; // "quantile, 5 classes requested; only 2 distinct values: 2 classes"
  std::vector<std::string> warnings; // e.g. mixed periods, codes not in the atlas
  Rgb hatch_colour = no_data_hatch_colour();

  // Every text line in drawing order (title, unit/period, entries, notes,
  // source), for plain-text output and for tests.
  std::vector<std::string> lines() const;
};

} // namespace steppe
