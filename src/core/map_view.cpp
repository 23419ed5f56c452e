#include "core/map_view.hpp"

#include <cctype>
#include <cstdio>

namespace steppe {

std::string_view to_string(ViewLabels labels) {
  switch (labels) {
  case ViewLabels::Zh: return "zh";
  case ViewLabels::En: return "en";
  case ViewLabels::Both: return "both";
  case ViewLabels::None: return "none";
  }
  return "zh";
}

std::optional<ViewLabels> parse_view_labels(std::string_view text) {
  for (ViewLabels l : {ViewLabels::Zh, ViewLabels::En, ViewLabels::Both, ViewLabels::None}) {
    if (text == to_string(l)) return l;
  }
  return std::nullopt;
}

namespace {

bool same_spec(const ChoroplethSpec& a, const ChoroplethSpec& b) {
  return a.method == b.method && a.classes == b.classes && a.palette == b.palette &&
         a.reversed == b.reversed && a.manual_breaks == b.manual_breaks;
}

// Lower-case ASCII words joined by '-'; everything else separates words.
std::string slugify(std::string_view text) {
  std::string out;
  bool gap = false;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 128 && std::isalnum(c) != 0) {
      if (gap && !out.empty()) out += '-';
      out += static_cast<char>(std::tolower(c));
      gap = false;
    } else {
      gap = true;
    }
  }
  constexpr std::size_t kMaxSlug = 48;
  if (out.size() > kMaxSlug) {
    out.resize(kMaxSlug);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  return out;
}

} // namespace

bool same_extent(const ViewExtent& a, const ViewExtent& b) {
  if (a.region_code != b.region_code || a.lonlat.has_value() != b.lonlat.has_value()) return false;
  if (!a.lonlat) return true;
  const Bounds& p = *a.lonlat;
  const Bounds& q = *b.lonlat;
  return p.min_x == q.min_x && p.min_y == q.min_y && p.max_x == q.max_x && p.max_y == q.max_y;
}

bool same_view(const MapView& a, const MapView& b) {
  return a.title == b.title && a.subtitle == b.subtitle && a.notes == b.notes && a.indicator == b.indicator && a.topic == b.topic &&
         same_spec(a.classification, b.classification) && same_extent(a.extent, b.extent) && a.selection == b.selection &&
         a.labels == b.labels && a.annotations == b.annotations && a.locator == b.locator;
}

bool same_deck(const Deck& a, const Deck& b) {
  if (a.title != b.title || a.credits != b.credits || a.labels != b.labels || a.theme != b.theme ||
      a.views.size() != b.views.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.views.size(); ++i) {
    if (!same_view(a.views[i], b.views[i])) return false;
  }
  return true;
}

std::string view_slug(const MapView& view) {
  std::string slug = slugify(view.title);
  if (slug.empty()) slug = slugify(view.subtitle);
  if (slug.empty()) slug = slugify(view.indicator);
  return slug.empty() ? "view" : slug;
}

std::string numbered_slug(const MapView& view, std::size_t index, std::size_t count) {
  char number[24];
  std::snprintf(number, sizeof number, count >= 100 ? "%03zu" : "%02zu", index + 1);
  return std::string(number) + "-" + view_slug(view);
}

} // namespace steppe
