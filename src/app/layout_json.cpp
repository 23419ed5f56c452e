#include "app/layout_json.hpp"

#include <nlohmann/json.hpp>

#include "io/atomic_write.hpp"

namespace steppe::app {
namespace {

nlohmann::json box(const ReportBox& b) { return nlohmann::json::array({b.x, b.y, b.w, b.h}); }

void optional_box(nlohmann::json& j, const char* name, const std::optional<ReportBox>& b) {
  j[name] = b ? box(*b) : nlohmann::json(nullptr);
}

} // namespace

std::string page_report_json(const PageReport& page) {
  nlohmann::json j;
  j["page"] = {{"width_px", page.width_px}, {"height_px", page.height_px}};
  j["panes"] = nlohmann::json::array();
  for (const PageReport::Pane& p : page.panes)
    j["panes"].push_back({{"map", box(p.map)}, {"title", p.title}, {"indicator", p.indicator}});
  j["legends"] = nlohmann::json::array();
  for (const PageReport::LegendBox& l : page.legends) j["legends"].push_back({{"box", box(l.box)}, {"panes", l.panes}});
  optional_box(j, "title", page.title);
  optional_box(j, "subtitle", page.subtitle);
  optional_box(j, "scale_bar", page.scale_bar);
  optional_box(j, "north_arrow", page.north_arrow);
  optional_box(j, "locator", page.locator);
  optional_box(j, "source", page.source);
  optional_box(j, "credits", page.credits);
  j["data_regions"] = nlohmann::json::array();
  for (const PageReport::DataRegion& d : page.data_regions)
    j["data_regions"].push_back({{"code", d.code}, {"pane", d.pane}, {"box", box(d.box)}});
  j["callouts"] = nlohmann::json::array();
  for (const PageReport::Callout& k : page.callouts)
    j["callouts"].push_back({{"code", k.code}, {"place", box(k.place)}, {"box", box(k.box)}, {"lines", k.lines}});
  j["annotations"] = nlohmann::json::array();
  for (const PageReport::AnnotationBox& a : page.annotations) {
    nlohmann::json e{{"index", a.index}, {"kind", a.kind}, {"anchor", {a.anchor_x, a.anchor_y}}, {"lines", a.lines}};
    e["head"] = a.head ? nlohmann::json::array({a.head->first, a.head->second}) : nlohmann::json(nullptr);
    e["box"] = a.box ? box(*a.box) : nlohmann::json(nullptr);
    j["annotations"].push_back(std::move(e));
  }
  return j.dump(2) + "\n";
}

void write_page_report(const PageReport& page, const std::string& path) {
  write_file_atomically(path, page_report_json(page));
}

} // namespace steppe::app
