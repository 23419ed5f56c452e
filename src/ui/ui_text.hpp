#pragma once
// Every fixed string the panels show, in one place, so the font loader can
// rasterise exactly the glyphs they need (plus the atlas names).
// Bilingual because the audience reads Chinese and the tool is used in English too.
namespace steppe::ui::text {

inline constexpr const char* kPanelTitle = "内蒙古自治区 Inner Mongolia";
inline constexpr const char* kLabels = "地名 Labels";
inline constexpr const char* kLabelZh = "中文";
inline constexpr const char* kLabelEn = "English";
inline constexpr const char* kLabelBoth = "双语 Both";
inline constexpr const char* kLabelNone = "无 None";
inline constexpr const char* kPickLevel = "悬停 Hover";
inline constexpr const char* kPickBanner = "旗县区 Banners";
inline constexpr const char* kPickLeague = "盟市 Leagues";
inline constexpr const char* kRegions = "盟市与旗县区 Leagues & banners";
inline constexpr const char* kHomeButton = "全区 Whole region (Home)";
inline constexpr const char* kCode = "代码 Code";
inline constexpr const char* kLeague = "所属 League";
inline constexpr const char* kArea = "面积 Area";
inline constexpr const char* kUnknown = "—";
inline constexpr const char* kHelp =
    "拖动平移 · 滚轮缩放 · 双击放大 · Home 全区 · Tab 隐藏面板\n"
    "Drag to pan · wheel or +/− to zoom · double-click to zoom in · Home: whole region · "
    "Tab: hide this panel";

// All of the above, for the glyph-range builder.
inline constexpr const char* kAll[] = {
    kPanelTitle, kLabels, kLabelZh, kLabelEn, kLabelBoth, kLabelNone, kPickLevel, kPickBanner,
    kPickLeague, kRegions, kHomeButton, kCode, kLeague, kArea, kUnknown, kHelp};

} // namespace steppe::ui::text
