#pragma once
// Shared by the choropleth, legend and point tests: a small atlas (内蒙古, 赤峰市
// with 2 banners, 通辽市 with its 8) and the Tongliao coal indicator as written in
// indicators/tongliao_raw_coal_output_2025_01_07.{toml,csv}.
#include <string>

#include "core/atlas.hpp"
#include "core/indicator.hpp"

namespace steppe::test {

// Inner Mongolia with two leagues: 通辽市 and its 8 banners, 赤峰市 with 2 banners.
// Shapes are not needed for the model.
inline Atlas tongliao_atlas() {
  Atlas a;
  auto add = [&a](std::string code, std::string zh, std::string en, Level level, std::string parent) {
    Region r;
    r.code = std::move(code);
    r.name_zh = std::move(zh);
    r.name_en = std::move(en);
    r.level = level;
    r.parent = std::move(parent);
    a.regions.push_back(std::move(r));
  };
  add("150000", "内蒙古自治区", "Inner Mongolia", Level::Region, "");  // 0
  add("150400", "赤峰市", "Chifeng", Level::League, "150000");         // 1
  add("150500", "通辽市", "Tongliao", Level::League, "150000");        // 2
  add("150402", "红山区", "Hongshan", Level::Banner, "150400");        // 3
  add("150421", "阿鲁科尔沁旗", "Ar Horqin", Level::Banner, "150400"); // 4
  add("150502", "科尔沁区", "Horqin", Level::Banner, "150500");        // 5
  add("150521", "科尔沁左翼中旗", "Horqin Left Middle", Level::Banner, "150500");
  add("150522", "科尔沁左翼后旗", "Horqin Left Rear", Level::Banner, "150500");
  add("150523", "开鲁县", "Kailu", Level::Banner, "150500");
  add("150524", "库伦旗", "Hure", Level::Banner, "150500");
  add("150525", "奈曼旗", "Naiman", Level::Banner, "150500");
  add("150526", "扎鲁特旗", "Jarud", Level::Banner, "150500");        // 11
  add("150581", "霍林郭勒市", "Holingol", Level::Banner, "150500");   // 12
  return a;
}

inline IndicatorValue row(std::string code, std::string name, double v, std::string text, std::string unit,
                   std::string period, std::string quote, std::size_t line) {
  IndicatorValue r;
  r.code = std::move(code);
  r.name = std::move(name);
  r.value = v;
  r.value_text = std::move(text);
  r.unit = std::move(unit);
  r.period = std::move(period);
  r.quote = std::move(quote);
  r.source_file = "000_58d60768b51bfc0c.txt";
  r.line = line;
  return r;
}


// The values of indicators/tongliao_raw_coal_output_2025_01_07 as read from it.
inline Indicator tongliao_coal() {
  Indicator ind;
  IndicatorMeta& m = ind.meta;
  m.id = "tongliao_raw_coal_output_2025_01_07";
  m.title_zh = "规模以上工业原煤产量";
  m.title_en = "Raw coal output (above-scale industry)";
  m.unit = "万吨";
  m.level = IndicatorLevel::Banner;
  m.period = "2025-01/2025-07";
  m.period_zh = "1-7月";
  m.source = {"000_58d60768b51bfc0c.txt", "通辽市规模以上工业原煤产量连续六个月正增长", "2025-08-26"};
  m.classification = {"quantile", 5, "YlOrBr", std::nullopt};
  m.total = IndicatorTotal{"150500", "通辽市", 2633.98, "1-7月,全市原煤产量达2633.98万吨", "近八成",
                           "两地产能合计占全市总产量的近八成"};
  ind.values.push_back(row("150526", "扎鲁特旗", 1035.54, "1035.54", "万吨", m.period,
                           "扎鲁特旗原煤产量1035.54万吨", 2));
  ind.values.push_back(row("150581", "霍林河", 1590.92, "1590.92", "万吨", m.period,
                           "霍林河原煤产量1590.92万吨", 3));
  return ind;
}

} // namespace steppe::test
