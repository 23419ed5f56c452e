#include "ui/drill_state.hpp"

#include "core/error.hpp"
#include "render/choropleth_paint.hpp"

namespace steppe::ui {

DrillState::DrillState(const Atlas& atlas) : atlas_(atlas) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (atlas.regions[i].level == Level::Region) {
      top_ = i;
      return;
    }
  }
  throw Error("drill-down: the atlas has no top-level region (level \"region\") to drill down from");
}

std::optional<std::size_t> DrillState::focus() const {
  if (!target_) return std::nullopt;
  return focus_of(atlas_, *target_);
}

std::vector<std::size_t> DrillState::path() const {
  return target_ ? drill_path(atlas_, *target_) : std::vector<std::size_t>{top_};
}

bool DrillState::drill_into(std::size_t region) {
  if (region >= atlas_.regions.size()) return false;
  const std::optional<std::size_t> next = region == top_ ? std::nullopt : std::optional<std::size_t>(region);
  if (next == target_) return false;
  target_ = next;
  ++revision_;
  return true;
}

bool DrillState::drill_up() {
  const std::vector<std::size_t> p = path();
  if (p.size() < 2) return false;
  return drill_into(p[p.size() - 2]);
}

bool DrillState::set_scope(BreakScope scope) {
  if (scope == scope_) return false;
  scope_ = scope;
  ++revision_;
  return true;
}

std::optional<DrillPaint> DrillState::paint(const Indicator* shown, const ChoroplethSpec& spec, Rgba8 plain) const {
  const std::optional<std::size_t> f = focus();
  if (!f) return std::nullopt;
  DrillPaint out;
  if (shown != nullptr) {
    const Choropleth c = drill_choropleth(atlas_, *shown, *f, scope_, spec);
    out.colors = region_colours(c);
    out.patterns = c.pattern_by_region;
    out.legend = c.legend;
    return out;
  }
  const std::vector<bool> inside = inside_focus(atlas_, *f);
  const Rgb dimmed = dim_colour(Rgb{plain.r, plain.g, plain.b});
  for (std::size_t i = 0; i < atlas_.regions.size(); ++i)
    out.colors.push_back(inside[i] ? plain : Rgba8{dimmed.r, dimmed.g, dimmed.b, plain.a});
  return out;
}

} // namespace steppe::ui
