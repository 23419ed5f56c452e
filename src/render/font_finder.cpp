#include "render/font_finder.hpp"

#include <fontconfig/fontconfig.h>

#include <memory>
#include <string_view>

#include "core/error.hpp"

namespace steppe {
namespace {

constexpr const char* kFamily = "Noto Sans CJK SC";
constexpr FcChar32 kProbeCodepoint = 0x970D; // 霍, as in 霍林郭勒市

struct PatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

const FcChar8* fc_str(const char* s) { return reinterpret_cast<const FcChar8*>(s); }

std::string missing_font_message(FontWeight weight, std::string_view detail) {
  return std::string("no usable '") + kFamily + "' " +
         (weight == FontWeight::Bold ? "bold" : "regular") + " font found through fontconfig (" +
         std::string(detail) +
         "): map labels need the Noto CJK fonts; install them with "
         "`sudo apt-get install fonts-noto-cjk` (or scripts/install-deps.sh) and run `fc-cache -f`";
}

} // namespace

FontFile find_cjk_font(FontWeight weight) {
  if (FcInit() != FcTrue) throw Error(missing_font_message(weight, "FcInit failed"));
  FcConfig* config = FcConfigGetCurrent();

  PatternPtr pattern(FcPatternCreate());
  if (!pattern) throw Error("fontconfig: out of memory creating a pattern");
  FcPatternAddString(pattern.get(), FC_FAMILY, fc_str(kFamily));
  FcPatternAddString(pattern.get(), FC_LANG, fc_str("zh-cn"));
  FcPatternAddInteger(pattern.get(), FC_WEIGHT,
                      weight == FontWeight::Bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern.get(), FC_SLANT, FC_SLANT_ROMAN);
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());

  FcResult result = FcResultNoMatch;
  PatternPtr match(FcFontMatch(config, pattern.get(), &result));
  if (!match || result != FcResultMatch) {
    throw Error(missing_font_message(weight, "FcFontMatch found nothing"));
  }

  // FcFontMatch always returns *some* font; make sure it is the CJK family and can
  // draw Chinese rather than a Latin fallback like DejaVu Sans.
  FcChar8* family = nullptr;
  if (FcPatternGetString(match.get(), FC_FAMILY, 0, &family) != FcResultMatch || family == nullptr) {
    throw Error(missing_font_message(weight, "matched font has no family name"));
  }
  const std::string family_name(reinterpret_cast<const char*>(family));
  if (family_name.find("CJK") == std::string::npos) {
    throw Error(missing_font_message(weight, "best match was '" + family_name + "'"));
  }
  FcCharSet* charset = nullptr;
  if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &charset) != FcResultMatch ||
      FcCharSetHasChar(charset, kProbeCodepoint) != FcTrue) {
    throw Error(missing_font_message(weight, "'" + family_name + "' cannot draw 霍"));
  }

  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch || file == nullptr) {
    throw Error(missing_font_message(weight, "matched font has no file"));
  }
  int index = 0;
  if (FcPatternGetInteger(match.get(), FC_INDEX, 0, &index) != FcResultMatch) index = 0;
  return FontFile{reinterpret_cast<const char*>(file), index, family_name};
}

} // namespace steppe
