#include "io/indicator_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "core/error.hpp"
#include "core/text_clean.hpp"
#include "io/indicator_csv.hpp"
#include "io/input_file.hpp"
#include "io/shipped_data.hpp"
#include "io/toml_depth.hpp"

namespace steppe {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxQuoteChars = 80;

std::string read_text(const fs::path& path, InputKind kind) { return read_input_file(path, kind); }

// ---- TOML metadata ---------------------------------------------------------

struct TomlFile {
  std::string label;
  const toml::table& root;

  [[noreturn]] void fail(const toml::node* node, const std::string& key, const std::string& what) const {
    std::string where = label;
    if (node) where += " line " + std::to_string(node->source().begin.line);
    throw Error(where + ": field '" + key + "': " + what);
  }

  std::string str(const toml::table& t, const std::string& key, const std::string& prefix,
                  bool required, const std::string& example) const {
    const toml::node* node = t.get(key);
    const std::string full = prefix + key;
    if (!node) {
      if (required) fail(nullptr, full, "missing; add e.g. " + key + " = " + example);
      return {};
    }
    auto v = node->value<std::string>();
    if (!node->is_string() || !v) fail(node, full, "must be a quoted string, e.g. " + key + " = " + example);
    return clean_text(*v, true).text; // no control characters (terminal, SVG)
  }

  const toml::table& table(const std::string& key, bool required, const std::string& example) const {
    static const toml::table empty;
    const toml::node* node = root.get(key);
    if (!node) {
      if (required) fail(nullptr, key, "missing table; add a [" + key + "] section with " + example);
      return empty;
    }
    if (!node->is_table()) fail(node, key, "must be a table: write [" + key + "] on its own line");
    return *node->as_table();
  }
};

double toml_number(const TomlFile& f, const toml::table& t, const std::string& key,
                   const std::string& full, const std::string& example) {
  const toml::node* node = t.get(key);
  if (!node) f.fail(nullptr, full, "missing; add e.g. " + key + " = " + example);
  if (!node->is_number()) f.fail(node, full, "must be a number without quotes, e.g. " + key + " = " + example);
  return *node->value<double>();
}

IndicatorMeta read_meta(const fs::path& path) {
  const std::string label = path.string();
  toml::table root;
  try {
    const std::string text = read_text(path, InputKind::IndicatorMeta);
    check_toml_depth(text, label);
    root = toml::parse(text, label);
  } catch (const toml::parse_error& e) {
    throw Error(label + " line " + std::to_string(e.source().begin.line) +
                ": not valid TOML: " + std::string(e.description()));
  }
  const TomlFile f{label, root};
  IndicatorMeta m;
  m.id = f.str(root, "id", "", true, "\"raw_coal_output_2025_01_07\"");
  if (m.id != path.stem().string())
    f.fail(root.get("id"), "id", "is \"" + m.id + "\" but the file is " + path.filename().string() +
                                     "; the id must equal the file name without .toml");
  m.title_zh = f.str(root, "title_zh", "", true, "\"原煤产量\"");
  m.title_en = f.str(root, "title_en", "", true, "\"Raw coal output\"");
  m.unit = f.str(root, "unit", "", true, "\"万吨\"");
  m.unit_en = f.str(root, "unit_en", "", true, "\"10,000 t\"");
  const std::string level = f.str(root, "level", "", true, "\"banner\"");
  const auto parsed_level = parse_indicator_level(level);
  if (!parsed_level)
    f.fail(root.get("level"), "level", "unknown level \"" + level +
                                           "\"; use one of region, league, banner, point");
  m.level = *parsed_level;
  m.period = f.str(root, "period", "", true, "\"2025-01/2025-07\"");
  if (!is_valid_period(m.period))
    f.fail(root.get("period"), "period", "\"" + m.period + "\" is not a period; write 2024, 2024-07, "
                                         "2024-H1, 2024-Q3 or a month range 2025-01/2025-07");
  m.period_zh = f.str(root, "period_zh", "", true, "\"1-7月\"");
  const std::string kind = f.str(root, "kind", "", false, "\"actual\"");
  if (!kind.empty()) {
    const auto k = parse_indicator_kind(kind);
    if (!k)
      f.fail(root.get("kind"), "kind", "unknown kind \"" + kind +
                                           "\"; use actual, estimate, target, inventory or derived");
    m.kind = *k;
  }
  if (m.unit.empty() && m.kind != IndicatorKind::Inventory)
    f.fail(root.get("unit"), "unit", "is empty; only point inventories (kind = \"inventory\") may leave "
                                     "the unit to each row");
  if (m.kind == IndicatorKind::Inventory && m.level != IndicatorLevel::Point)
    f.fail(root.get("kind"), "kind", "\"inventory\" is only for level = \"point\"");
  m.series = f.str(root, "series", "", false, "\"raw_coal_output\"");
  m.notes = f.str(root, "notes", "", false, "\"...\"");
  m.caveat = f.str(root, "caveat", "", false, "\"5 development zones are counted apart from their banners\"");

  const auto& src = f.table("source", true, "file, title and date");
  m.source.file = f.str(src, "file", "source.", true, "\"000_58d60768b51bfc0c.txt\"");
  m.source.title = f.str(src, "title", "source.", true, "\"通辽市规模以上工业原煤产量连续六个月正增长\"");
  m.source.date = f.str(src, "date", "source.", false, "\"2025-08-26\"");

  const auto& cls = f.table("classification", true, "method, classes and palette");
  m.classification.method = f.str(cls, "method", "classification.", true, "\"quantile\"");
  static const std::set<std::string> methods{"quantile", "equal_interval", "natural_breaks", "manual"};
  if (!methods.count(m.classification.method))
    f.fail(cls.get("method"), "classification.method",
           "unknown method \"" + m.classification.method +
               "\"; use quantile, equal_interval, natural_breaks or manual");
  const double classes = toml_number(f, cls, "classes", "classification.classes", "5");
  if (classes < 1 || classes > 9 || classes != static_cast<double>(static_cast<int>(classes)))
    f.fail(cls.get("classes"), "classification.classes", "must be a whole number from 1 to 9");
  m.classification.classes = static_cast<int>(classes);
  m.classification.palette = f.str(cls, "palette", "classification.", true, "\"YlOrBr\"");
  if (cls.get("midpoint"))
    m.classification.midpoint = toml_number(f, cls, "midpoint", "classification.midpoint", "0");

  const auto& total = f.table("total", false, "");
  if (!total.empty()) {
    IndicatorTotal t;
    t.code = f.str(total, "code", "total.", true, "\"150500\"");
    t.name = f.str(total, "name", "total.", true, "\"通辽市\"");
    t.value = toml_number(f, total, "value", "total.value", "2633.98");
    t.quote = f.str(total, "quote", "total.", true, "\"全市原煤产量达2633.98万吨\"");
    t.stated_share = f.str(total, "stated_share", "total.", false, "\"近八成\"");
    t.stated_share_quote = f.str(total, "stated_share_quote", "total.", !t.stated_share.empty(),
                                 "\"两地产能合计占全市总产量的近八成\"");
    if (total.get("counted_apart")) {
      t.counted_apart = toml_number(f, total, "counted_apart", "total.counted_apart", "574100");
      t.counted_apart_label = f.str(total, "counted_apart_label", "total.", true, "\"5 development zones\"");
    }
    const auto len = utf8_length(t.quote);
    if (!len || *len > kMaxQuoteChars)
      f.fail(total.get("quote"), "total.quote", "must be valid UTF-8 of at most 80 characters");
    m.total = t;
  }
  const auto& derived = f.table("derived", false, "");
  if (!derived.empty()) {
    IndicatorDerivation d;
    d.from_id = f.str(derived, "from", "derived.", true, "\"baotou_parks_2014_01\"");
    d.method = f.str(derived, "method", "derived.", true, "\"count_per_code\"");
    if (d.method != "count_per_code" && d.method != "per_km2")
      f.fail(derived.get("method"), "derived.method", "unknown method \"" + d.method +
                                                         "\"; use count_per_code or per_km2");
    m.derived = d;
  }
  if ((m.kind == IndicatorKind::Derived) != m.derived.has_value())
    f.fail(root.get("kind"), "kind", "kind = \"derived\" and a [derived] table go together");
  return m;
}

// ---- CSV values ------------------------------------------------------------

struct RowContext {
  std::string label; // "<file> line N"
  [[noreturn]] void fail(const std::string& field, const std::string& what) const {
    throw Error(label + ": field '" + field + "': " + what);
  }
};

// A plain decimal as written in the documents: optional minus, digits,
// optional fraction. No thousands separators, no units, no exponent. Or a
// number in Chinese numerals as written (百 of 百亿元), see parse_chinese_numeral.
double parse_number(const RowContext& ctx, const std::string& field, const std::string& text) {
  if (const auto words = parse_chinese_numeral(text)) return *words; // 百 in 突破百亿元
  const bool shape_ok = [&] {
    std::size_t i = text.size() > 1 && text[0] == '-' ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < text.size(); ++i) {
      if (text[i] >= '0' && text[i] <= '9') digits = true;
      else if (text[i] == '.' && !dot && digits) dot = true;
      else return false;
    }
    return digits && text.back() != '.';
  }();
  if (!shape_ok) {
    std::string hint = "write a plain number such as 1035.54";
    if (text.find(',') != std::string::npos) hint += " (no thousands separators)";
    ctx.fail(field, "\"" + text + "\" is not a number; " + hint);
  }
  double v = 0;
  const auto res = std::from_chars(text.data(), text.data() + text.size(), v);
  if (res.ec != std::errc{} || res.ptr != text.data() + text.size())
    ctx.fail(field, "\"" + text + "\" is not a number; write a plain number such as 1035.54");
  return v;
}

bool is_code(const std::string& s) {
  return s.size() == 6 && s.rfind("15", 0) == 0 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void check_code_level(const RowContext& ctx, const std::string& code, IndicatorLevel level) {
  if (!is_code(code))
    ctx.fail("code", "\"" + code + "\" is not an Inner Mongolia GB/T 2260 code (six digits, 15....)");
  const bool is_region = code == "150000";
  const bool is_league = !is_region && code.substr(4) == "00";
  switch (level) {
  case IndicatorLevel::Region:
    if (!is_region) ctx.fail("code", "level is region, so the code must be 150000");
    break;
  case IndicatorLevel::League:
    if (!is_league) ctx.fail("code", "level is league, so the code must end in 00 (e.g. 150500)");
    break;
  case IndicatorLevel::Banner:
    if (is_region || is_league) ctx.fail("code", "level is banner, so the code must not end in 00");
    break;
  case IndicatorLevel::Point:
    if (is_region) ctx.fail("code", "a point needs the code of the banner (or league) it lies in");
    break;
  }
}

const std::vector<std::string> kBaseColumns{"code", "name", "value", "unit", "period", "source_file", "quote"};
const std::vector<std::string> kPointColumns{"lon", "lat", "approximate", "point_name"};

std::vector<IndicatorValue> read_values(const fs::path& csv_path, const IndicatorMeta& meta) {
  const std::string label = csv_path.string();
  const CsvTable table = parse_csv(read_text(csv_path, InputKind::IndicatorValues), label);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const auto& name = table.header[i];
    const bool known = std::count(kBaseColumns.begin(), kBaseColumns.end(), name) ||
                       std::count(kPointColumns.begin(), kPointColumns.end(), name) || name == "category" ||
                       name == "kind";
    if (!known)
      throw Error(label + " line 1: unknown column '" + name + "'; the columns are code, name, value, unit, "
                  "period, source_file, quote, optionally kind, and for points lon, lat, approximate, point_name, "
                  "category");
    if (col.count(name)) throw Error(label + " line 1: column '" + name + "' appears twice");
    col[name] = i;
  }
  const bool point = meta.level == IndicatorLevel::Point;
  auto require = [&](const std::string& name) {
    if (!col.count(name))
      throw Error(label + " line 1: missing column '" + name + "'" +
                  (point ? " (point layers also need lon, lat, approximate, point_name)" : "") +
                  "; add it to the header row");
  };
  for (const auto& c : kBaseColumns) require(c);
  if (point) for (const auto& c : kPointColumns) require(c);

  const bool derived = meta.kind == IndicatorKind::Derived;
  std::vector<IndicatorValue> values;
  std::set<std::string> seen_codes;
  for (const auto& rec : table.records) {
    const RowContext ctx{label + " line " + std::to_string(rec.line)};
    if (rec.fields.size() != table.header.size())
      throw Error(ctx.label + ": " + std::to_string(rec.fields.size()) + " fields but the header has " +
                  std::to_string(table.header.size()) + "; quote fields that contain commas");
    // Control characters removed (they would reach terminals and SVG); invalid
    // UTF-8 is kept as it is, for the checks below to name it.
    auto get = [&](const std::string& name) -> std::string {
      const auto it = col.find(name);
      if (it == col.end()) return {};
      const std::string& raw = rec.fields[it->second];
      CleanText c = clean_text(raw, true);
      return c.invalid_utf8 ? raw : std::move(c.text);
    };
    IndicatorValue v;
    v.line = rec.line;
    v.code = get("code");
    check_code_level(ctx, v.code, meta.level);
    v.name = get("name");
    if (v.name.empty()) ctx.fail("name", "is empty; write the place as the document names it");
    v.value_text = get("value");
    if (v.value_text.empty()) {
      if (meta.kind != IndicatorKind::Inventory)
        ctx.fail("value", "is empty; leave a place out instead of giving it no value (missing data is "
                          "the absence of a row, never 0)");
    } else {
      v.value = parse_number(ctx, "value", v.value_text);
    }
    v.unit = get("unit");
    if (!point && v.unit != meta.unit)
      ctx.fail("unit", "is \"" + v.unit + "\" but the indicator's unit is \"" + meta.unit +
                           "\"; one indicator has one unit (do not convert silently)");
    if (point && v.value && v.unit.empty() && meta.unit.empty())
      ctx.fail("unit", "is empty; a point's figure needs its unit as written");
    v.period = get("period");
    if (v.period != meta.period)
      ctx.fail("period", "is \"" + v.period + "\" but the indicator's period is \"" + meta.period +
                             "\"; put other periods in their own indicator with the same series");
    v.kind = meta.kind;
    if (const auto& k = get("kind"); !k.empty()) {
      const auto parsed = parse_indicator_kind(k);
      const bool row_kind = parsed && (*parsed == IndicatorKind::Actual || *parsed == IndicatorKind::Estimate ||
                                       *parsed == IndicatorKind::Target);
      if (!row_kind)
        ctx.fail("kind", "is \"" + k + "\"; a row's kind is actual, estimate (预计) or target, or empty for "
                         "the indicator's kind");
      if (meta.kind != IndicatorKind::Actual && meta.kind != IndicatorKind::Estimate &&
          meta.kind != IndicatorKind::Target)
        ctx.fail("kind", "is set in a " + std::string(to_string(meta.kind)) +
                             " indicator; only actual, estimate and target indicators may mark rows");
      v.kind = *parsed;
    }
    v.source_file = get("source_file");
    v.quote = get("quote");
    if (!derived) {
      if (v.source_file.empty()) ctx.fail("source_file", "is empty; name the source document");
      if (v.quote.empty()) ctx.fail("quote", "is empty; copy the sentence carrying the number verbatim");
    }
    const auto len = utf8_length(v.quote);
    if (!len) ctx.fail("quote", "is not valid UTF-8; save the file as UTF-8");
    if (*len > kMaxQuoteChars)
      ctx.fail("quote", "has " + std::to_string(*len) + " characters; shorten it to at most 80 "
                        "(keep the number and its context)");
    if (!derived && v.value && v.quote.find(v.value_text) == std::string::npos)
      ctx.fail("value", "\"" + v.value_text + "\" does not occur in the quote; write the number exactly "
                        "as the quote does");
    if (point) {
      const double lon = parse_number(ctx, "lon", get("lon"));
      const double lat = parse_number(ctx, "lat", get("lat"));
      if (lon < 95 || lon > 128 || lat < 36 || lat > 54)
        ctx.fail("lon", "the point " + get("lon") + ", " + get("lat") +
                            " lies outside Inner Mongolia; write longitude, then latitude, in degrees");
      v.lonlat = Vec2{lon, lat};
      const auto& a = get("approximate");
      if (a != "true" && a != "false") ctx.fail("approximate", "must be true or false");
      v.approximate = a == "true";
      v.point_name = get("point_name");
      if (v.point_name.empty()) ctx.fail("point_name", "is empty; name the park, zone, base or project");
      v.category = get("category");
    } else if (!seen_codes.insert(v.code).second) {
      ctx.fail("code", v.code + " appears twice; an indicator has one row per place");
    }
    values.push_back(std::move(v));
  }
  if (values.empty())
    throw Error(label + ": no value rows; an indicator needs at least one row (leave out the files "
                        "rather than ship an empty indicator)");
  return values;
}

// per_km2: one row per row of the from-indicator, same level (the areas come
// from the atlas, so the values themselves are checked by the census tests).
void check_per_km2(const Indicator& d, const Indicator& from) {
  if (from.meta.level != d.meta.level)
    throw Error(d.meta.id + ".toml: field 'derived.from': " + from.meta.id + " is at level " +
                std::string(to_string(from.meta.level)) + ", not " + std::string(to_string(d.meta.level)));
  for (const auto& v : d.values)
    if (!from.find(v.code))
      throw Error(d.meta.id + ".csv line " + std::to_string(v.line) + ": field 'code': " + v.code +
                  " has no value in " + from.meta.id + "; regenerate the derived indicator");
}

void check_derived(const Indicator& d, const std::map<std::string, const Indicator*>& by_id) {
  const auto& spec = *d.meta.derived;
  const auto it = by_id.find(spec.from_id);
  if (it == by_id.end())
    throw Error(d.meta.id + ".toml: field 'derived.from': no indicator \"" + spec.from_id + "\" in the folder");
  if (spec.method == "per_km2") return check_per_km2(d, *it->second);
  std::map<std::string, std::set<std::string>> names;
  for (const auto& p : it->second->values)
    if (p.code.substr(4) != "00") names[p.code].insert(p.point_name);
  for (const auto& v : d.values) {
    const auto expected = names.count(v.code) ? names[v.code].size() : 0;
    if (!v.value || *v.value != static_cast<double>(expected))
      throw Error(d.meta.id + ".csv line " + std::to_string(v.line) + ": field 'value': " + v.code + " has " +
                  std::to_string(expected) + " distinct points in " + spec.from_id + " but the count says " +
                  v.value_text + "; regenerate the counts");
  }
  if (d.values.size() != names.size())
    throw Error(d.meta.id + ".csv: counts cover " + std::to_string(d.values.size()) + " banners but " +
                spec.from_id + " has points in " + std::to_string(names.size()) + "; regenerate the counts");
}

} // namespace

Indicator read_indicator(const fs::path& toml_path) {
  Indicator ind;
  ind.meta = read_meta(toml_path);
  fs::path csv = toml_path;
  csv.replace_extension(".csv");
  if (!fs::exists(csv))
    throw Error(toml_path.string() + ": no value file " + csv.filename().string() +
                " beside it; every indicator is a .toml plus a .csv with the same name");
  ind.values = read_values(csv, ind.meta);
  return ind;
}

std::vector<Indicator> load_indicator_dir(const fs::path& dir) {
  if (!fs::is_directory(dir))
    throw Error(dir.string() + ": not a folder; point STEPPE_INDICATOR_DIR at the indicators folder");
  std::vector<fs::path> tomls;
  auto scan = [&](const fs::path& folder) {
    for (const auto& e : fs::directory_iterator(folder)) {
      if (!e.is_regular_file()) continue;
      const auto ext = e.path().extension();
      if (ext == ".toml") tomls.push_back(e.path());
      if (ext == ".csv" && !fs::exists(fs::path(e.path()).replace_extension(".toml")))
        throw Error(e.path().string() + ": a value file without its metadata " +
                    e.path().stem().string() + ".toml; add the .toml or remove the .csv");
    }
  };
  scan(dir);
  // Generated base layers live in their own subfolders (indicators/census), apart
  // from the document indicators and their generator.
  for (const char* sub : {"census"})
    if (fs::is_directory(dir / sub)) scan(dir / sub);
  std::sort(tomls.begin(), tomls.end(),
            [](const fs::path& a, const fs::path& b) { return a.stem() < b.stem(); });
  std::vector<Indicator> out;
  out.reserve(tomls.size());
  for (const auto& t : tomls) out.push_back(read_indicator(t));
  std::map<std::string, const Indicator*> by_id;
  for (const auto& i : out)
    if (!by_id.emplace(i.meta.id, &i).second)
      throw Error(dir.string() + ": two indicators have the id \"" + i.meta.id +
                  "\" (one in a subfolder); rename one");
  for (const auto& i : out)
    if (i.meta.derived) check_derived(i, by_id);
  return out;
}

fs::path builtin_indicator_dir() {
  return shipped_data_dir("indicators", "STEPPE_INDICATOR_DIR");
}

} // namespace steppe
