#include "ui/table_join_panel.hpp"

#include <imgui.h>

#include "core/error.hpp"
#include "core/normalise.hpp"
#include "io/name_lists.hpp"
#include "io/table_indicator.hpp"
#include "ui/widget_probe.hpp"

namespace steppe::ui {
namespace {

const ImVec4 kErrorColour{0.70f, 0.12f, 0.05f, 1.0f};
const ImVec4 kWarnColour{0.62f, 0.36f, 0.02f, 1.0f};

bool column_combo(const char* id, const char* label, const Table& table, int& index) {
  ImGui::TextDisabled("%s", label);
  ImGui::SetNextItemWidth(-1);
  bool changed = false;
  const std::string preview = table.columns.at(static_cast<std::size_t>(index));
  if (ImGui::BeginCombo(id, preview.c_str())) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const std::string item = table.columns[i] + "##" + std::to_string(i);
      if (ImGui::Selectable(item.c_str(), static_cast<int>(i) == index)) {
        changed = static_cast<int>(i) != index;
        index = static_cast<int>(i);
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

void count_line(const char* label, std::size_t n, bool warn) {
  if (warn && n > 0) ImGui::TextColored(kWarnColour, "%s: %zu", label, n);
  else ImGui::Text("%s: %zu", label, n);
}

} // namespace

TableJoinPanel::TableJoinPanel(const Atlas& atlas) : atlas_(atlas), matcher_(NameMatcher::from_atlas(atlas)) {
  add_builtin_name_lists(matcher_); // former names/codes, romanizations, other provinces (as `steppe join`)
}

std::string TableJoinPanel::load() {
  error_.clear();
  report_.reset();
  table_.reset();
  try {
    table_ = read_table(std::string(path_.data()));
  } catch (const Error& e) {
    error_ = e.what();
    return error_; // the message quotes the path: its glyphs are needed too
  }
  if (table_->columns.size() < 2) {
    error_ = std::string(path_.data()) + ": the table needs a key column and a value column";
    table_.reset();
    return "";
  }
  key_ = 0;
  value_ = 1;
  level_.reset();
  shown_.clear();
  rejoin();
  std::string glyphs;
  for (const std::string& c : table_->columns) glyphs += c;
  for (const auto& row : table_->rows)
    for (const std::string& cell : row) glyphs += cell;
  return glyphs + path_.data();
}

void TableJoinPanel::rejoin() {
  report_.reset();
  report_text_.clear();
  error_.clear();
  if (!table_) return;
  try {
    JoinOptions options;
    options.level = level_;
    report_ = join_table_columns(*table_, table_->columns[static_cast<std::size_t>(key_)],
                                 table_->columns[static_cast<std::size_t>(value_)], matcher_, options);
    report_text_ = report_->text(matcher_);
  } catch (const Error& e) {
    error_ = e.what();
  }
}

std::string TableJoinPanel::draw(ThematicState& state) {
  std::string glyphs;
  ImGui::PushID("table");
  ImGui::TextDisabled("文件 File (CSV / XLSX / ODS)");
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputTextWithHint("##path", "/path/to/table.csv", path_.data(), path_.size(),
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  note_widget("table_path");
  if ((ImGui::Button("读取 Read table") || enter) && path_[0] != '\0') glyphs = load();
  if (table_) {
    ImGui::SameLine();
    ImGui::TextDisabled("%zu rows%s%s", table_->rows.size(), table_->encoding.empty() ? "" : " · ",
                        table_->encoding.c_str());
    bool changed = column_combo("##key", "键列 Key column (names or codes)", *table_, key_);
    changed = column_combo("##value", "数值列 Value column", *table_, value_) || changed;
    ImGui::TextDisabled("单位 Unit (optional)");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##unit", "万吨, 亿元, % …", unit_.data(), unit_.size());
    if (changed) rejoin();
  }
  if (!error_.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(kErrorColour, "%s", error_.c_str());
    ImGui::PopTextWrapPos();
  }
  if (report_) {
    draw_level_and_normalisation();
    draw_report();
    ImGui::BeginDisabled(report_->matched.empty());
    if (ImGui::Button("在地图上显示 Show on map", ImVec2(-1, 0))) {
      try {
        Indicator ind = build_indicator(state);
        // A table's title is its value column (title_zh); a normalisation adds to both titles.
        std::string shown = std::string(to_string(ind.meta.level)) + " level: " + ind.meta.title_zh +
                            (ind.meta.title_en.empty() ? "" : " / " + ind.meta.title_en) +
                            (ind.meta.caveat.empty() ? "" : " — " + ind.meta.caveat);
        if (state.show_table(std::move(ind))) shown_ = std::move(shown);
        else error_ = state.error();
      } catch (const Error& e) {
        error_ = e.what();
      }
    }
    note_widget("table_show");
    ImGui::EndDisabled();
    if (!shown_.empty()) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextDisabled("%s", shown_.c_str());
      ImGui::PopTextWrapPos();
      note_text("table_shown", shown_.c_str());
    }
  }
  ImGui::PopID();
  return glyphs;
}

// The level to draw (only when the table names both leagues and banners) and
// the normalisation, as `--level` and `--normalise per-10k|per-km2` do.
void TableJoinPanel::draw_level_and_normalisation() {
  const JoinReport& r = *report_;
  bool leagues = false, banners = false;
  for (const auto& [level, rows] : r.rows_per_level) {
    leagues = leagues || (level == Level::League && rows > 0);
    banners = banners || (level == Level::Banner && rows > 0);
  }
  if (leagues && banners && r.level) {
    ImGui::TextDisabled("层级 Level drawn (the other is listed, not drawn)");
    const Level drawn = *r.level;
    if (ImGui::RadioButton("盟市 Leagues", drawn == Level::League) && drawn != Level::League) {
      level_ = Level::League;
      rejoin();
    }
    note_widget("table_level_league");
    ImGui::SameLine();
    if (ImGui::RadioButton("旗县区 Banners", drawn == Level::Banner) && drawn != Level::Banner) {
      level_ = Level::Banner;
      rejoin();
    }
    note_widget("table_level_banner");
  }
  ImGui::TextDisabled("归一化 Normalise");
  ImGui::RadioButton("原值 As is", &normalise_, 0);
  note_widget("table_norm_none");
  ImGui::SameLine();
  ImGui::RadioButton("每万人 Per 10k people", &normalise_, 1);
  note_widget("table_norm_per10k");
  ImGui::RadioButton("每平方公里 Per km²", &normalise_, 2);
  note_widget("table_norm_perkm2");
}

Indicator TableJoinPanel::build_indicator(const ThematicState& state) const {
  Indicator ind = table_indicator(*table_, table_->columns[static_cast<std::size_t>(key_)],
                                  table_->columns[static_cast<std::size_t>(value_)], unit_.data(), *report_,
                                  matcher_, atlas_);
  if (normalise_ == 0) return ind;
  if (normalise_ == 2) return normalise(ind, Normalisation::PerKm2, atlas_);
  // Per 10,000 people: the census population of the table's level, as `render --normalise` takes it.
  const std::string id = "census_population_" + std::string(to_string(ind.meta.level)) + "_2020";
  const std::optional<std::size_t> population = state.find(id);
  if (!population) {
    throw Error("per 10,000 people needs the census population indicator " + id +
                ", which the shipped indicators do not hold");
  }
  return normalise(ind, Normalisation::Per10k, atlas_, &state.indicators()[*population]);
}

void TableJoinPanel::draw_report() {
  const JoinReport& r = *report_;
  ImGui::Separator();
  ImGui::Text("匹配 Matched: %zu of %zu table rows", r.matched.size(), r.table_rows);
  count_line("无对应地区 Rows naming no region", r.unknown_keys.size() + r.ambiguous_keys.size(), true);
  count_line("无数据行的地区 Regions with no row", r.regions_without_row.size(), false);
  count_line("重复 Regions named twice (not used)", r.duplicates.size(), true);
  count_line("非数值 Non-numeric values", r.non_numeric.size(), true);
  count_line("缺失 Missing values (no data)", r.missing_values.size(), false);
  if (ImGui::TreeNode("详细报告 Full join report")) {
    const float h = ImGui::GetTextLineHeightWithSpacing() * 10;
    ImGui::BeginChild("report", ImVec2(0, h), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::TextUnformatted(report_text_.c_str());
    ImGui::EndChild();
    ImGui::TreePop();
  }
}

} // namespace steppe::ui
