#include "io/boundary_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "core/error.hpp"
#include "core/gcj02.hpp"
#include "core/text_clean.hpp"
#include "geo/projection.hpp"
#include "io/boundary_source.hpp"
#include "io/text_encoding.hpp"

namespace steppe {

namespace {

// Names tried, in order, when the user does not name a field.
const std::vector<std::string> kCodeFields = {"code", "adcode", "id", "gb", "gb_code", "gbcode",
                                              "admin_code", "区划代码", "代码"};
const std::vector<std::string> kNameFields = {"name_zh", "name", "名称", "name_cn", "name_chn"};
const std::vector<std::string> kNameEnFields = {"name_en", "name_eng", "en_name", "ename"};
const std::vector<std::string> kParentFields = {"parent", "parent_code", "parent_adcode", "pcode"};
const std::vector<std::string> kLevelFields = {"level"};

enum Column { kCode, kName, kNameEn, kParent, kLevel, kColumns };
constexpr const char* kColumnTitles[kColumns] = {"code", "name", "English name", "parent", "level"};
constexpr const char* kColumnOptions[kColumns] = {"--code-field", "--name-field", "--name-en-field",
                                                  "--parent-field", "--level"};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

bool is_digits(const std::string& s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// "150581.0" (a code stored in a Real field) -> "150581"; DataV's parent
// objects {"adcode":150000} -> "150000". (No std::regex: GCC 12 warns inside it.)
std::string normalise_code(std::string text) {
  text = trim(std::move(text));
  const auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  const std::size_t dot = text.find('.');
  if (dot != std::string::npos && dot > 0 &&
      std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(dot), is_digit) &&
      std::all_of(text.begin() + static_cast<std::ptrdiff_t>(dot) + 1, text.end(),
                  [](char c) { return c == '0'; })) {
    return text.substr(0, dot);
  }
  const std::size_t key = text.find("\"adcode\"");
  if (!text.empty() && text.front() == '{' && key != std::string::npos) {
    std::size_t i = key + 8;
    while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == '"')) ++i;
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end > i) return text.substr(i, end - i);
  }
  return text;
}

std::string hex_bytes(const std::string& text) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < text.size() && i < 12; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    out += (i > 0 ? " " : "");
    out += digits[c >> 4];
    out += digits[c & 0xF];
  }
  return out + (text.size() > 12 ? " …" : "");
}

int pick_field(const BoundarySource& source, const std::string& given,
               const std::vector<std::string>& candidates, const char* option) {
  if (!given.empty()) {
    const int index = source.field_index(given);
    if (index < 0) {
      throw Error(source.label() + ": has no field \"" + given + "\" (given with " + option +
                  "); its fields are: " + join(source.field_names()));
    }
    return index;
  }
  for (const std::string& name : candidates) {
    const int index = source.field_index(name);
    if (index >= 0) return index;
  }
  return -1;
}

std::optional<Level> level_from_text(const std::string& text) {
  if (auto level = parse_level(trim(text))) return level;
  static const std::map<std::string, Level> aliases = {
      {"province", Level::Region}, {"city", Level::League}, {"district", Level::Banner},
      {"county", Level::Banner}}; // DataV's words
  std::string lower = trim(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto it = aliases.find(lower);
  return it == aliases.end() ? std::nullopt : std::optional<Level>(it->second);
}

// GB/T 2260: xx0000 the province-level region, xxxx00 a prefecture, else a county.
std::optional<Level> level_from_code(const std::string& code) {
  if (!is_digits(code, 6)) return std::nullopt;
  if (code.compare(2, 4, "0000") == 0) return Level::Region;
  if (code.compare(4, 2, "00") == 0) return Level::League;
  return Level::Banner;
}

std::string parent_from_code(const std::string& code, Level level) {
  if (!is_digits(code, 6)) return "";
  switch (level) {
  case Level::Region: return "";
  case Level::League: return code.substr(0, 2) + "0000";
  case Level::Banner: return code.substr(0, 4) + "00";
  }
  return "";
}

// Decodes every text of the layer with one encoding (given, or detected).
void decode_texts(const BoundarySource& source, const std::string& requested,
                  const std::array<int, kColumns>& fields, std::vector<SourceFeature>& features,
                  std::vector<std::string>& warnings) {
  std::vector<std::string> all;
  for (const SourceFeature& f : features) all.insert(all.end(), f.texts.begin(), f.texts.end());
  std::string encoding;
  if (!requested.empty() && !is_utf8_name(requested) && source.declares_utf8() &&
      std::all_of(all.begin(), all.end(), [](const std::string& t) { return is_valid_utf8(t); })) {
    warnings.push_back(source.label() + ": the format stores text as UTF-8, so the encoding \"" +
                       requested + "\" was not applied");
    encoding = "UTF-8";
  } else if (auto choice = choose_encoding(all, requested)) {
    encoding = choice->encoding;
    if (choice->detected) {
      warnings.push_back(source.label() + ": text is not UTF-8 and the file does not say its "
                         "encoding (no .cpg); read it as " + encoding +
                         " (CP936). Give the encoding (--encoding) if names look wrong");
    }
  } else {
    encoding = ""; // neither UTF-8 nor GBK: report the first offending text below
  }
  for (SourceFeature& f : features) {
    for (std::size_t c = 0; c < f.texts.size(); ++c) {
      std::optional<std::string> text;
      if (!encoding.empty()) text = to_utf8(f.texts[c], encoding);
      else if (is_valid_utf8(f.texts[c]) || to_utf8(f.texts[c], "CP936")) continue;
      if (text) {
        f.texts[c] = std::move(*text);
        continue;
      }
      const std::string field = source.field_names()[static_cast<std::size_t>(fields[c])];
      throw Error(source.label() + ": row " + std::to_string(f.row) + ", field \"" + field +
                  "\": the text (bytes " + hex_bytes(f.texts[c]) + ") is not valid " +
                  (encoding.empty() ? std::string("UTF-8 or GBK") : encoding) +
                  "; give the file's encoding (--encoding, e.g. GB18030, BIG5)");
    }
  }
}

} // namespace

BoundaryReadResult read_boundaries(const BoundaryReadOptions& options) {
  BoundaryReadResult result;
  BoundarySource source(options.path, options.layer, !options.encoding.empty(), options.geometry_field);
  result.format_note = source.format_note();
  if (!options.encoding.empty()) {
    try {
      (void)to_utf8("", options.encoding); // an unknown name fails before any reading
    } catch (const Error& e) {
      throw Error(source.label() + ": " + e.what());
    }
  }
  std::array<int, kColumns> fields{};
  fields[kCode] = pick_field(source, options.code_field, kCodeFields, kColumnOptions[kCode]);
  fields[kName] = pick_field(source, options.name_field, kNameFields, kColumnOptions[kName]);
  fields[kNameEn] = pick_field(source, options.name_en_field, kNameEnFields, kColumnOptions[kNameEn]);
  fields[kParent] = pick_field(source, options.parent_field, kParentFields, kColumnOptions[kParent]);
  fields[kLevel] = options.level ? -1 : pick_field(source, "", kLevelFields, "");
  if (source.field_names().empty()) {
    throw Error(source.label() + ": has no attribute fields (an empty layer, or features without "
                "properties); a boundary file needs one feature per region with a code and a name field");
  }
  for (Column c : {kCode, kName}) {
    if (fields[c] < 0) {
      throw Error(source.label() + ": cannot tell which field holds the region " +
                  kColumnTitles[c] + "; its fields are: " + join(source.field_names()) +
                  "; name the field (" + kColumnOptions[c] + ")");
    }
  }
  std::vector<SourceFeature> features =
      source.read(std::vector<int>(fields.begin(), fields.end()), result.warnings);
  decode_texts(source, options.encoding, fields, features, result.warnings);
  bool cleaned = false;
  for (SourceFeature& f : features) {
    for (std::string& text : f.texts) {
      CleanText c = clean_text(text);
      if (!c.changed()) continue;
      cleaned = true;
      text = std::move(c.text);
    }
  }
  if (cleaned) {
    result.warnings.push_back(source.label() + ": some names held control characters or invalid UTF-8; "
                              "those characters were removed (invalid bytes shown as U+FFFD)");
  }

  std::map<std::string, long long> row_of_code;
  std::vector<std::string> repaired;
  for (SourceFeature& f : features) {
    const std::string where = source.label() + ": row " + std::to_string(f.row);
    Region r;
    r.code = normalise_code(f.texts[kCode]);
    if (r.code.empty()) {
      throw Error(where + ": the code field \"" + source.field_names()[static_cast<std::size_t>(fields[kCode])] +
                  "\" is empty; every region needs a unique code");
    }
    const auto [it, inserted] = row_of_code.emplace(r.code, f.row);
    if (!inserted) {
      throw Error(source.label() + ": code \"" + r.code + "\" appears twice, in rows " +
                  std::to_string(it->second) + " and " + std::to_string(f.row) +
                  "; give each region one feature with a unique code (dissolve multi-part "
                  "regions, or pick another code field)");
    }
    r.name_zh = trim(f.texts[kName]);
    if (r.name_zh.empty()) {
      throw Error(where + " (code " + r.code + "): the name field \"" +
                  source.field_names()[static_cast<std::size_t>(fields[kName])] + "\" is empty");
    }
    r.name_en = trim(f.texts[kNameEn]);
    if (options.level) {
      r.level = *options.level;
    } else if (fields[kLevel] >= 0) {
      const auto level = level_from_text(f.texts[kLevel]);
      if (!level) {
        throw Error(where + " (code " + r.code + "): the level field says \"" + f.texts[kLevel] +
                    "\"; expected region, league or banner (or say the layer's level: --level)");
      }
      r.level = *level;
    } else if (const auto level = level_from_code(r.code)) {
      r.level = *level;
    } else {
      throw Error(where + ": cannot tell the level of code \"" + r.code +
                  "\" (not a six-digit GB/T 2260 code) and the layer has no level field; "
                  "say which level the layer is (--level region|league|banner)");
    }
    r.parent = fields[kParent] >= 0 ? normalise_code(f.texts[kParent]) : parent_from_code(r.code, r.level);
    r.lonlat = options.gcj02 ? wgs84_from_gcj02(f.lonlat) : std::move(f.lonlat);
    if (options.geodesic_areas) r.area_km2 = geodesic_area_km2(r.lonlat);
    if (f.repaired) repaired.push_back(r.code);
    result.regions.push_back(std::move(r));
  }
  if (!repaired.empty()) {
    result.warnings.push_back(source.label() + ": repaired invalid polygons (self-intersecting or "
                              "badly nested rings) of " + std::to_string(repaired.size()) +
                              " regions: " + join(repaired));
  }
  return result;
}

} // namespace steppe
