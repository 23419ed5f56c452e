#include "core/annotation.hpp"

namespace steppe {

std::string_view to_string(AnnotationKind kind) {
  switch (kind) {
  case AnnotationKind::Text: return "text";
  case AnnotationKind::Arrow: return "arrow";
  case AnnotationKind::Callout: return "callout";
  }
  return "callout";
}

std::optional<AnnotationKind> parse_annotation_kind(std::string_view text) {
  for (AnnotationKind k : {AnnotationKind::Text, AnnotationKind::Arrow, AnnotationKind::Callout}) {
    if (text == to_string(k)) return k;
  }
  return std::nullopt;
}

std::string annotation_name(const Annotation& a) {
  std::string name(to_string(a.kind));
  if (a.text.empty()) return name;
  // The first line, cut at 24 code points (never inside a UTF-8 sequence).
  std::string head;
  std::size_t points = 0;
  for (std::size_t i = 0; i < a.text.size(); ++i) {
    const auto c = static_cast<unsigned char>(a.text[i]);
    if (a.text[i] == '\n') break;
    if ((c & 0xC0) != 0x80 && ++points > 24) {
      head += "…";
      break;
    }
    head += a.text[i];
  }
  return name + " \"" + head + "\"";
}

} // namespace steppe
