#include "ui/view_from_window.hpp"

#include "export/deck_export.hpp"

namespace steppe::ui {

MapView view_from_window(const Camera& camera, const Projection& projection, const ThematicState& thematic,
                         const std::string& selected_code, LabelLanguage labels) {
  MapView v;
  // Saved as the lon/lat box whose slide frames what the window shows (export/deck_export).
  v.extent.lonlat = lonlat_box_framing(camera.visible_world(), projection);
  if (const Indicator* indicator = thematic.current()) {
    v.indicator = indicator->meta.id;
    v.title = indicator->meta.title_zh + " / " + indicator->meta.title_en;
    v.classification = thematic.spec();
  } else if (const TopicMap* topic = thematic.topic()) {
    v.topic = topic->topic;
    v.title = topic->legend.title;
  }
  if (!selected_code.empty()) v.selection.push_back(selected_code);
  v.labels = view_labels(labels);
  return v;
}

} // namespace steppe::ui
