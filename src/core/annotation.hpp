#pragma once
// A presenter's own mark on the map: a text box, an arrow or a callout (a box
// with a leader line), anchored to map coordinates (WGS84 longitude/latitude,
// degrees), so it follows pan and zoom and survives a change of projection.
// Pure data: io/view_file reads and writes it ([[view.annotation]]),
// export/annotation_layout places it on the page and export/annotation_draw
// draws it in every output.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/geometry.hpp"

namespace steppe {

enum class AnnotationKind {
  Text,    // a box centred on `at`
  Arrow,   // an arrow from `at` to `to`, its optional text at the tail (`at`)
  Callout, // a box beside `at` with a leader line ending in a dot at `at`
};

std::string_view to_string(AnnotationKind kind);
// "text", "arrow", "callout" (exact, lower case); nullopt otherwise.
std::optional<AnnotationKind> parse_annotation_kind(std::string_view text);

struct Annotation {
  AnnotationKind kind = AnnotationKind::Callout;
  Vec2 at;                // x = longitude, y = latitude (degrees)
  std::optional<Vec2> to; // arrows only: the head
  std::string text;       // the box's text ('\n' breaks lines); arrows may have none

  friend bool operator==(const Annotation&, const Annotation&) = default;
};

// A view holds at most this many (README "Limits").
inline constexpr std::size_t kMaxAnnotationsPerView = 50;

// A short name for messages: the kind and the start of the text
// ("callout \"霍林郭勒市…\"").
std::string annotation_name(const Annotation& a);

} // namespace steppe
