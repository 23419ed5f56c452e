#pragma once
// Locates the Noto Sans CJK SC font files through fontconfig. The files are
// TrueType collections (.ttc), so the face index matters as much as the path.
#include <string>

#include "render/text_style.hpp"

namespace steppe {

struct FontFile {
  std::string path;     // e.g. /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
  int face_index = 0;   // FC_INDEX: which face of the collection is Simplified Chinese
  std::string family;   // the family fontconfig matched, e.g. "Noto Sans CJK SC"
};

// Finds Noto Sans CJK SC (lang zh-cn) at the given weight. Throws steppe::Error
// naming the package to install (fonts-noto-cjk) when fontconfig offers no font
// with that family able to draw Chinese.
FontFile find_cjk_font(FontWeight weight);

} // namespace steppe
