#include "ui/thematic_state.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "core/error.hpp"
#include "core/indicator_summary.hpp"
#include "core/map_visual.hpp"
#include "io/indicator_reader.hpp"
#include "render/choropleth_paint.hpp"

namespace steppe::ui {
namespace {

int level_order(IndicatorLevel level) {
  switch (level) {
  case IndicatorLevel::Region: return 0;
  case IndicatorLevel::League: return 1;
  case IndicatorLevel::Banner: return 2;
  case IndicatorLevel::Point: return 3;
  }
  return 4;
}

} // namespace

std::vector<IndicatorGroup> group_indicators(const std::vector<Indicator>& indicators) {
  // Standalone indicators (no series) each form their own group, keyed by id.
  std::map<std::pair<int, std::string>, IndicatorGroup> by_key;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const IndicatorMeta& m = indicators[i].meta;
    const std::string key = m.series.empty() ? "~" + m.id : m.series;
    IndicatorGroup& g = by_key[{level_order(m.level), key}];
    g.level = m.level;
    g.series = m.series;
    g.members.push_back(i);
  }
  std::vector<IndicatorGroup> out;
  for (auto& [key, group] : by_key) {
    std::sort(group.members.begin(), group.members.end(), [&](std::size_t a, std::size_t b) {
      return indicators[a].meta.period < indicators[b].meta.period ||
             (indicators[a].meta.period == indicators[b].meta.period && indicators[a].meta.id < indicators[b].meta.id);
    });
    out.push_back(std::move(group));
  }
  return out;
}

std::string level_heading(IndicatorLevel level) {
  switch (level) {
  case IndicatorLevel::Region: return "全区 Whole region";
  case IndicatorLevel::League: return "盟市 Leagues";
  case IndicatorLevel::Banner: return "旗县区 Banners";
  case IndicatorLevel::Point: return "园区与项目 Points";
  }
  return "";
}

std::string manual_breaks_problem(std::span<const double> breaks) {
  if (breaks.empty()) return "manual classes need at least one break";
  if (breaks.size() > static_cast<std::size_t>(kMaxClasses - 1)) {
    return "at most " + std::to_string(kMaxClasses - 1) + " breaks (" + std::to_string(kMaxClasses) + " classes)";
  }
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    if (!std::isfinite(breaks[i])) return "break " + std::to_string(i + 1) + " is not a number";
    if (i > 0 && breaks[i] <= breaks[i - 1]) {
      return "break " + std::to_string(i + 1) + " must be greater than break " + std::to_string(i);
    }
  }
  return "";
}

std::string thematic_panel_glyphs() {
  return "±·–—“”…‰→−≤≥✓一万上下不与专个于产亿仅件份似位侧值元先全内准分列前加动匹区半单印原县及友反发"
         "取只可右各名吨告园围图在地复失好季对屏差市年序应底度我手打报指按据散数文断旗无时显月有期未本来标格此比涉"
         "添源点然煤状的盟目盲示称等筛类系细统缺置自色范行表视计详读距转近选配重量键间非面项顺题颜（）²人公化层平归方每级里处第、"
         "主「」时期同张一中字";
}

std::vector<Indicator> shipped_indicators(std::string& problem) {
  try {
    return load_indicator_dir(builtin_indicator_dir());
  } catch (const Error& e) {
    problem = std::string("the shipped indicators could not be read: ") + e.what();
    return {};
  }
}

ThematicState::ThematicState(const Atlas& atlas, std::vector<Indicator> indicators, Projector project_lonlat)
    : atlas_(atlas), indicators_(std::move(indicators)), groups_(group_indicators(indicators_)),
      project_(std::move(project_lonlat)) {
  coverage_.reserve(indicators_.size());
  for (const Indicator& ind : indicators_) {
    const MapVisual visual = map_visual(ind);
    coverage_.push_back(coverage_text(ind, atlas_) + (visual == MapVisual::Callout ? "  (callout)" : ""));
  }
}

const std::string& ThematicState::coverage(std::size_t index) const {
  static const std::string none;
  return index < coverage_.size() ? coverage_[index] : none;
}

std::optional<std::size_t> ThematicState::find(std::string_view id) const {
  for (std::size_t i = 0; i < indicators_.size(); ++i)
    if (indicators_[i].meta.id == id) return i;
  return std::nullopt;
}

const Indicator* ThematicState::current() const {
  if (table_) return &*table_;
  if (selected_) return &indicators_[*selected_];
  return nullptr;
}

const Legend* ThematicState::legend() const {
  if (topic_) return &topic_->legend;
  if (choropleth_) return &choropleth_->legend;
  if (points_) return &points_->legend;
  return nullptr;
}

bool ThematicState::select_none() {
  error_.clear();
  if (!current() && !topic_) return false;
  show_only(std::nullopt);
  return true;
}

void ThematicState::show_only(std::optional<TopicMap> topic) {
  topic_ = std::move(topic);
  selected_.reset();
  table_.reset();
  choropleth_.reset();
  points_.reset();
  spec_ = {};
  ++revision_;
}

bool ThematicState::select(std::size_t index) {
  if (index >= indicators_.size()) {
    error_ = "no indicator number " + std::to_string(index);
    return false;
  }
  if (selected_ == index && !table_ && !topic_) return false;
  // A new indicator starts from its own [classification].
  if (!build(indicators_[index], {})) return false;
  selected_ = index;
  table_.reset();
  return true;
}

bool ThematicState::show_table(Indicator table_indicator) {
  if (!build(table_indicator, {})) return false;
  table_ = std::move(table_indicator);
  selected_.reset();
  return true;
}

bool ThematicState::select_topic(std::string_view subject) {
  if (topic_ && topic_->topic == subject) return false;
  std::optional<TopicMap> topic;
  try {
    topic = build_topic_map(indicators_, subject, atlas_);
  } catch (const Error& e) {
    error_ = e.what();
    return false;
  }
  error_.clear();
  show_only(std::move(topic));
  return true;
}

bool ThematicState::set_spec(ChoroplethSpec spec) {
  const Indicator* ind = current();
  if (ind == nullptr || !choropleth_) return false;
  if (spec.method == ClassMethod::Manual) {
    const std::string problem = manual_breaks_problem(spec.manual_breaks);
    if (!problem.empty()) {
      error_ = problem;
      return false;
    }
  }
  return build(*ind, spec);
}

bool ThematicState::set_method(ClassMethod method) {
  if (!choropleth_) return false;
  ChoroplethSpec spec = spec_;
  spec.method = method;
  if (method == ClassMethod::Manual && spec.manual_breaks.empty()) {
    const std::vector<double>& b = choropleth_->classes.breaks;
    if (b.size() > 2) spec.manual_breaks.assign(b.begin() + 1, b.end() - 1);
    else if (b.size() == 2) spec.manual_breaks = {(b.front() + b.back()) / 2};
  }
  return set_spec(spec);
}

bool ThematicState::build(const Indicator& indicator, const ChoroplethSpec& spec) {
  std::optional<Choropleth> choropleth;
  std::optional<PointLayer> points;
  try {
    if (indicator.meta.level == IndicatorLevel::Point) {
      points = build_point_layer(indicator, project_, {}, atlas_place_names(atlas_));
    } else {
      choropleth = build_choropleth(atlas_, indicator, spec);
    }
  } catch (const Error& e) {
    error_ = e.what();
    return false;
  }
  error_.clear();
  spec_ = {};
  if (choropleth) {
    const Classification& c = choropleth->classes;
    spec_.method = c.method;
    spec_.classes = c.method == ClassMethod::Manual ? c.class_count() : c.requested_classes;
    spec_.palette = choropleth->palette.name;
    spec_.reversed = choropleth->palette.reversed;
    if (c.method == ClassMethod::Manual) spec_.manual_breaks = spec.manual_breaks;
  }
  choropleth_ = std::move(choropleth);
  points_ = std::move(points);
  topic_.reset();
  ++revision_;
  return true;
}

std::vector<Rgba8> ThematicState::region_colors(Rgba8 plain) const {
  if (topic_) return topic_region_colours(*topic_, atlas_);
  if (choropleth_) return region_colours(*choropleth_);
  return std::vector<Rgba8>(atlas_.regions.size(), plain);
}

std::vector<std::uint8_t> ThematicState::region_patterns() const {
  if (choropleth_) return choropleth_->pattern_by_region;
  return std::vector<std::uint8_t>(atlas_.regions.size(), kChoroplethSolid);
}

std::string ThematicState::glyph_text() const {
  std::string s;
  for (const Indicator& ind : indicators_) {
    const IndicatorMeta& m = ind.meta;
    for (const std::string* t : {&m.title_zh, &m.title_en, &m.unit, &m.unit_en, &m.period_zh, &m.source.title,
                                 &m.notes, &m.series})
      s += *t;
    if (m.total) s += m.total->name + m.total->quote + m.total->stated_share + m.total->stated_share_quote;
    for (const IndicatorValue& v : ind.values) s += v.name + v.quote + v.point_name + v.unit;
  }
  for (IndicatorLevel l : {IndicatorLevel::Region, IndicatorLevel::League, IndicatorLevel::Banner,
                           IndicatorLevel::Point})
    s += level_heading(l);
  // Fixed strings of the legend and tooltip model (core/legend, core/indicator_summary).
  s += "无数据 / no data 来源未涉及 不在来源范围内 来源 / Source 单位 / unit 近似位置 / approximate location "
       "年月季度上下半全前“”（）·—–→≤≥±‰";
  // Grouped point symbols (core/point_layer) and coverage lines (core/map_visual).
  s += located_only_text("150200") + located_only_text("150207") + " 处 、第";
  for (IndicatorKind k : {IndicatorKind::Estimate, IndicatorKind::Target}) s += kind_label(k);
  // Topic maps (core/topic_map): the legend's and the panel's fixed words.
  s += "专题 主题图「」来源中的每个数字 时期不同";
  return s;
}

} // namespace steppe::ui
