#include "core/topic_map.hpp"

#include <algorithm>

#include "core/choropleth.hpp"
#include "core/error.hpp"
#include "core/indicator_summary.hpp"
#include "core/palette.hpp"

namespace steppe {
namespace {

std::vector<std::string> alternatives(std::string_view topic) {
  std::string text(topic);
  for (std::size_t at = text.find("\uFF0C"); at != std::string::npos; at = text.find("\uFF0C", at)) // ，
    text.replace(at, 3, ",");
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t end = std::min(text.find(',', at), text.size());
    std::string part = text.substr(at, end - at);
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) out.push_back(std::move(part));
    at = end + 1;
  }
  return out;
}

void add_unique(std::vector<std::string>& list, const std::string& item) {
  if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

} // namespace

TopicMap build_topic_map(const std::vector<Indicator>& indicators, std::string_view topic, const Atlas& atlas) {
  TopicMap map;
  map.topic = std::string(topic);
  const std::vector<std::string> alts = alternatives(topic);
  if (alts.empty()) throw Error("--topic is empty: give a subject such as 算力, 煤 2024 or compute");
  for (const Indicator& indicator : indicators) {
    const IndicatorMeta& meta = indicator.meta;
    if (std::none_of(alts.begin(), alts.end(), [&](const std::string& a) { return indicator_matches(meta, a); }))
      continue;
    map.indicator_ids.push_back(meta.id);
    if (meta.level == IndicatorLevel::Point) {
      map.points_left_out.push_back(meta.title_zh + " (" + meta.id + ")");
      continue;
    }
    add_unique(map.sources, source_line(meta.source));
    for (CalloutText c : build_callouts(indicator, atlas)) {
      add_unique(map.periods, c.when);
      c.value = meta.title_zh + " " + c.value; // which figure: the places' boxes mix quantities
      if (meta.level == IndicatorLevel::Region) {
        const Region* r = atlas.find(c.code);
        map.region_figures.push_back((r != nullptr ? r->name_zh : c.place) + ": " + c.value + " · " + c.when);
        continue;
      }
      map.callouts.push_back(std::move(c));
    }
  }
  if (map.indicator_ids.empty())
    throw Error("no shipped indicator matches topic '" + std::string(topic) +
                "': try a shorter word (煤, 算力, 园区, compute) or list them with `steppe indicators`");
  if (map.callouts.size() > kMaxTopicCallouts) {
    std::vector<std::string> places;
    for (const CalloutText& c : map.callouts) add_unique(places, c.place);
    throw Error("topic '" + std::string(topic) + "' has " + std::to_string(map.callouts.size()) + " figures in " +
                std::to_string(places.size()) + " places; at most " + std::to_string(kMaxTopicCallouts) +
                " fit one map as callouts: narrow it with more words (e.g. '" + alts.front() +
                " 2024') or map one indicator with --indicator");
  }

  Legend& l = map.legend;
  l.title = "专题 Topic: " + std::string(topic) + " — 来源中的每个数字 / every figure in the sources";
  std::string unit;
  bool one_unit = true;
  for (const std::string& id : map.indicator_ids) {
    const auto it = std::find_if(indicators.begin(), indicators.end(), [&](const Indicator& i) { return i.meta.id == id; });
    if (it->meta.level == IndicatorLevel::Point) continue;
    if (unit.empty()) unit = it->meta.unit;
    else if (unit != it->meta.unit) one_unit = false;
  }
  if (one_unit) l.unit = unit;
  for (const std::string& p : map.periods) l.period_label += (l.period_label.empty() ? "" : "; ") + p;
  if (map.periods.size() > 1)
    l.warnings.push_back("时期不同 / mixed periods: " + std::to_string(map.periods.size()) +
                         " different periods and kinds — compare with care");
  const std::vector<std::size_t> places = topic_places(map, atlas);
  if (!places.empty()) {
    const Rgb place_colour = make_palette("Purples", 3).colours[1];
    l.entries.push_back({LegendEntryKind::Class, place_colour, false, "有数字的地方 / places with a figure", places.size()});
  }
  std::size_t others = 0; // leagues with no figure, neither their own nor a banner's
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Region& r = atlas.regions[i];
    if (r.level != Level::League) continue;
    const bool has = std::any_of(places.begin(), places.end(), [&](std::size_t k) {
      return k == i || atlas.regions[k].parent == r.code;
    });
    if (!has) ++others;
  }
  l.entries.push_back({LegendEntryKind::NotCovered, not_covered_colour(), false,
                       "来源未给数字 / no figure in the sources (leagues)", others});
  const std::size_t n = map.callouts.size();
  l.coverage_note = std::to_string(n) + (n == 1 ? " figure" : " figures") + " called out in " +
                    std::to_string(places.size()) + (places.size() == 1 ? " place" : " places") + ", from " +
                    std::to_string(map.indicator_ids.size()) + " indicators";
  if (!map.points_left_out.empty()) {
    std::string list;
    for (const std::string& p : map.points_left_out) list += (list.empty() ? "" : "; ") + p;
    l.coverage_note += "; point inventories not drawn (each is a map of its own): " + list;
  }
  for (const std::string& f : map.region_figures)
    l.consistency_note += (l.consistency_note.empty() ? "全区 Region-wide — " : "; ") + f;
  for (const std::string& s : map.sources) l.source_line += (l.source_line.empty() ? "" : " ; ") + s;
  return map;
}

std::vector<std::size_t> topic_places(const TopicMap& map, const Atlas& atlas) {
  std::vector<std::size_t> out;
  for (const CalloutText& c : map.callouts)
    for (std::size_t i = 0; i < atlas.regions.size(); ++i)
      if (atlas.regions[i].code == c.code && std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  return out;
}

std::vector<Rgba8> topic_region_colours(const TopicMap& map, const Atlas& atlas) {
  const Rgb plain = not_covered_colour();
  std::vector<Rgba8> out(atlas.regions.size(), Rgba8{plain.r, plain.g, plain.b, 255});
  if (map.legend.entries.empty() || map.legend.entries.front().kind != LegendEntryKind::Class) return out;
  const Rgb place = map.legend.entries.front().colour;
  for (std::size_t i : topic_places(map, atlas))
    for (std::size_t k = 0; k < atlas.regions.size(); ++k)
      if (k == i || atlas.regions[k].parent == atlas.regions[i].code) out[k] = Rgba8{place.r, place.g, place.b, 255};
  return out;
}

} // namespace steppe
