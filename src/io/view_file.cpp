#include "io/view_file.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/classification.hpp"
#include "core/error.hpp"
#include "core/palette.hpp"
#include "core/text_clean.hpp"
#include "io/atomic_write.hpp"
#include "io/indicator_reader.hpp"
#include "io/toml_depth.hpp"
#include "io/view_toml.hpp"

namespace steppe {

namespace view_toml {

void Source::fail(const toml::node* node, const std::string& field, const std::string& what) const {
  std::string where = label;
  if (node != nullptr && node->source().begin.line > 0) where += " line " + std::to_string(node->source().begin.line);
  throw Error(where + ": field '" + field + "': " + what);
}

void Source::only_keys(const toml::table& t, const std::string& prefix,
                       const std::vector<std::string_view>& known) const {
  for (const auto& [key, node] : t) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
    std::string list;
    for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    fail(&node, prefix + std::string(key.str()), "unknown field; the fields here are " + list);
  }
}

std::string Source::str(const toml::table& t, const std::string& key, const std::string& field) const {
  const toml::node* node = t.get(key);
  if (node == nullptr) return {};
  if (!node->is_string()) fail(node, field, "must be a quoted string, e.g. " + key + " = \"...\"");
  const std::string raw = *node->value<std::string>();
  if (const std::size_t n = code_point_count(raw); n > kMaxTextFieldChars) {
    fail(node, field, "is " + std::to_string(n) + " characters long; a text field may be at most " +
                          std::to_string(kMaxTextFieldChars) + " characters (steppe's limit)");
  }
  // Control characters (e.g. \u001b) would break SVG/PDF output and terminals.
  // Notes and annotation texts may have several lines.
  return clean_text(raw, key == "notes" || key == "text").text;
}

toml::table parse(const std::string& text, const std::string& label) {
  check_toml_depth(text, label);
  try {
    return toml::parse(text, label);
  } catch (const toml::parse_error& e) {
    throw Error(label + " line " + std::to_string(e.source().begin.line) + ": not valid TOML: " +
                std::string(e.description()) + " (see decks/README.md for the format)");
  }
}

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

double number(const Source& s, const toml::node& node, const std::string& field, const std::string& example) {
  if (!node.is_number()) s.fail(&node, field, "must be a number without quotes, e.g. " + example);
  const double v = *node.value<double>();
  if (!std::isfinite(v)) s.fail(&node, field, "must be a finite number, e.g. " + example);
  return v;
}

void read_classification(const toml::node& node, const Source& s, const std::string& p, ChoroplethSpec& spec) {
  const toml::table* t = node.as_table();
  if (t == nullptr) s.fail(&node, p + "classification", "must be a table: write [view.classification] on its own line");
  s.only_keys(*t, p + "classification.", {"method", "classes", "breaks", "palette", "reversed"});
  if (const toml::node* m = t->get("method")) {
    const std::string text = s.str(*t, "method", p + "classification.method");
    spec.method = parse_class_method(text);
    if (!spec.method) {
      s.fail(m, p + "classification.method",
             "unknown method \"" + text +
                 "\"; use one of equal-interval, quantile, natural-breaks, stddev, manual");
    }
  }
  if (const toml::node* c = t->get("classes")) {
    const auto classes = c->value<std::int64_t>();
    if (!c->is_integer() || !classes) s.fail(c, p + "classification.classes", "must be a whole number from 2 to 9, e.g. classes = 5");
    if (*classes < kMinClasses || *classes > kMaxClasses) {
      s.fail(c, p + "classification.classes",
             std::to_string(*classes) + " classes is outside 2-9; a choropleth needs 2 to 9 classes");
    }
    spec.classes = static_cast<int>(*classes);
  }
  if (const toml::node* b = t->get("breaks")) {
    const toml::array* a = b->as_array();
    if (a == nullptr) s.fail(b, p + "classification.breaks", "must be a list of numbers, e.g. breaks = [100.0, 500.0]");
    for (const toml::node& v : *a) spec.manual_breaks.push_back(number(s, v, p + "classification.breaks", "[100.0, 500.0]"));
    for (std::size_t i = 1; i < spec.manual_breaks.size(); ++i) {
      if (!(spec.manual_breaks[i] > spec.manual_breaks[i - 1])) {
        s.fail(b, p + "classification.breaks", "must increase strictly from left to right");
      }
    }
    if (spec.method != ClassMethod::Manual) {
      s.fail(b, p + "classification.breaks", "only used with method = \"manual\"; add it or remove the breaks");
    }
    if (spec.manual_breaks.empty() || spec.manual_breaks.size() + 1 > static_cast<std::size_t>(kMaxClasses)) {
      s.fail(b, p + "classification.breaks", "give 1 to 8 inner thresholds (2 to 9 classes)");
    }
  } else if (spec.method == ClassMethod::Manual) {
    s.fail(t->get("method"), p + "classification.breaks", "method = \"manual\" needs breaks = [a, b, ...]");
  }
  if (const toml::node* pal = t->get("palette")) {
    spec.palette = s.str(*t, "palette", p + "classification.palette");
    const std::vector<std::string> names = palette_names();
    const auto same = [&spec](const std::string& n) {
      return std::equal(n.begin(), n.end(), spec.palette.begin(), spec.palette.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
      });
    };
    const auto found = std::find_if(names.begin(), names.end(), same);
    if (found == names.end()) s.fail(pal, p + "classification.palette", "unknown palette \"" + spec.palette + "\"; use one of " + joined(names));
    spec.palette = *found;
  }
  if (const toml::node* r = t->get("reversed")) {
    if (!r->is_boolean()) s.fail(r, p + "classification.reversed", "must be true or false (no quotes)");
    spec.reversed = *r->value<bool>();
  }
}

void check_region(const Source& s, const toml::node* node, const std::string& field, const std::string& code) {
  if (s.checks == nullptr || s.checks->region_codes.empty()) return;
  const auto& codes = s.checks->region_codes;
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
    s.fail(node, field,
           "no region with code \"" + code + "\" in the atlas; find the code with `steppe info --find NAME` "
           "(or list them all with `steppe info`)");
  }
}

ViewExtent read_extent(const toml::table& t, const Source& s, const std::string& p) {
  ViewExtent e;
  const toml::node* region = t.get("region");
  const toml::node* box = t.get("box");
  if (region != nullptr && box != nullptr) s.fail(box, p + "box", "give either region or box, not both");
  if (region != nullptr) {
    e.region_code = s.str(t, "region", p + "region");
    check_region(s, region, p + "region", e.region_code);
  }
  if (box != nullptr) {
    const toml::array* a = box->as_array();
    const std::string example = "box = [119.5, 42.5, 123.0, 45.5]  # lon_min, lat_min, lon_max, lat_max";
    if (a == nullptr || a->size() != 4) s.fail(box, p + "box", "must be four numbers: " + example);
    double v[4];
    for (std::size_t i = 0; i < 4; ++i) v[i] = number(s, *a->get(i), p + "box", example);
    if (!(v[0] < v[2] && v[1] < v[3]) || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
      s.fail(box, p + "box", "must be [lon_min, lat_min, lon_max, lat_max] in degrees with min < max, e.g. " + example);
    }
    e.lonlat = Bounds{v[0], v[1], v[2], v[3]};
  }
  return e;
}

// "[lon, lat]" in degrees.
Vec2 lonlat_pair(const Source& s, const toml::node& node, const std::string& field, const std::string& key) {
  const std::string example = key + " = [121.9, 45.5]  # longitude, latitude in degrees";
  const toml::array* a = node.as_array();
  if (a == nullptr || a->size() != 2) s.fail(&node, field, "must be two numbers, longitude then latitude: " + example);
  const double lon = number(s, *a->get(0), field, example);
  const double lat = number(s, *a->get(1), field, example);
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    s.fail(&node, field,
           "is outside the globe (longitude -180..180, latitude -90..90); give longitude first, e.g. " + example);
  }
  return {lon, lat};
}

Annotation read_annotation(const toml::node& node, const Source& s, const std::string& p) {
  const toml::table* t = node.as_table();
  if (t == nullptr) {
    s.fail(&node, p, "must be a table: write [[view.annotation]] on its own line, then kind, at and text under it");
  }
  s.only_keys(*t, p + ".", {"kind", "at", "to", "text"});
  Annotation a;
  const toml::node* kind = t->get("kind");
  if (kind == nullptr) s.fail(&node, p + ".kind", "missing; write kind = \"callout\" (or \"text\", \"arrow\")");
  const std::string k = s.str(*t, "kind", p + ".kind");
  const auto parsed = parse_annotation_kind(k);
  if (!parsed) s.fail(kind, p + ".kind", "is \"" + k + "\"; use text, arrow or callout");
  a.kind = *parsed;
  const toml::node* at = t->get("at");
  if (at == nullptr) s.fail(&node, p + ".at", "missing; write at = [lon, lat], the map point it marks (degrees)");
  a.at = lonlat_pair(s, *at, p + ".at", "at");
  if (const toml::node* to = t->get("to")) {
    if (a.kind != AnnotationKind::Arrow) s.fail(to, p + ".to", "only an arrow has a head; remove to, or write kind = \"arrow\"");
    a.to = lonlat_pair(s, *to, p + ".to", "to");
  } else if (a.kind == AnnotationKind::Arrow) {
    s.fail(&node, p + ".to", "an arrow needs its head: write to = [lon, lat]");
  }
  a.text = s.str(*t, "text", p + ".text");
  if (a.kind != AnnotationKind::Arrow && a.text.find_first_not_of(" \t\n") == std::string::npos) {
    s.fail(t->get("text") != nullptr ? t->get("text") : &node, p + ".text",
           "a " + std::string(to_string(a.kind)) + " needs text: write text = \"...\"");
  }
  return a;
}

// Shortest text that reads back as the same double, always with a '.' or exponent.
std::string format_double(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

} // namespace

MapView read_view(const toml::table& t, const Source& s, const std::string& p) {
  s.only_keys(t, p, {"title", "subtitle", "notes", "indicator", "topic", "region", "box", "selection", "labels",
                  "classification", "annotation", "locator"});
  MapView v;
  v.title = s.str(t, "title", p + "title");
  v.subtitle = s.str(t, "subtitle", p + "subtitle");
  v.notes = s.str(t, "notes", p + "notes");
  if (const toml::node* ind = t.get("indicator")) {
    v.indicator = s.str(t, "indicator", p + "indicator");
    if (s.checks != nullptr && !s.checks->indicator_ids.empty()) {
      const auto& ids = s.checks->indicator_ids;
      if (std::find(ids.begin(), ids.end(), v.indicator) == ids.end()) {
        s.fail(ind, p + "indicator",
               "no indicator with id \"" + v.indicator + "\"; `steppe indicators` lists the ids");
      }
    }
  }
  if (const toml::node* topic = t.get("topic")) {
    v.topic = s.str(t, "topic", p + "topic");
    if (!v.indicator.empty())
      s.fail(topic, p + "topic", "a view maps one indicator or one topic: remove indicator = or topic =");
    if (v.topic.find_first_not_of(" ,\xEF\xBC\x8C") == std::string::npos)
      s.fail(topic, p + "topic", "is empty; give a subject such as \"算力,智算\" or \"煤 2024\"");
  }
  v.extent = read_extent(t, s, p);
  if (const toml::node* sel = t.get("selection")) {
    const toml::array* a = sel->as_array();
    if (a == nullptr) s.fail(sel, p + "selection", "must be a list of region codes, e.g. selection = [\"150502\"]");
    for (const toml::node& c : *a) {
      if (!c.is_string()) s.fail(&c, p + "selection", "region codes must be quoted strings, e.g. \"150502\"");
      v.selection.push_back(*c.value<std::string>());
      check_region(s, &c, p + "selection", v.selection.back());
    }
  }
  if (const toml::node* l = t.get("labels")) {
    const std::string text = s.str(t, "labels", p + "labels");
    v.labels = parse_view_labels(text);
    if (!v.labels) s.fail(l, p + "labels", "is \"" + text + "\"; use zh, en, both or none");
  }
  if (const toml::node* loc = t.get("locator")) {
    if (!loc->is_boolean()) s.fail(loc, p + "locator", "must be true or false without quotes, e.g. locator = true");
    v.locator = *loc->value<bool>();
  }
  if (const toml::node* c = t.get("classification")) {
    if (v.indicator.empty()) s.fail(c, p + "classification", "needs an indicator = \"...\" to classify");
    read_classification(*c, s, p, v.classification);
  }
  if (const toml::node* an = t.get("annotation")) {
    const toml::array* list = an->as_array();
    if (list == nullptr) {
      s.fail(an, p + "annotation", "write each annotation as [[view.annotation]] (double brackets) with kind, at and text");
    }
    if (list->size() > kMaxAnnotationsPerView) {
      s.fail(an, p + "annotation",
             "the view has " + std::to_string(list->size()) + " annotations; a view may have at most " +
                 std::to_string(kMaxAnnotationsPerView) + " (steppe's limit): remove some or split the view");
    }
    for (std::size_t i = 0; i < list->size(); ++i)
      v.annotations.push_back(read_annotation(*list->get(i), s, p + "annotation " + std::to_string(i + 1)));
  }
  return v;
}

std::string read_text(const std::filesystem::path& path, InputKind kind) {
  return read_input_file(path, kind);
}

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (c < 0x20 || c == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        out += buf;
      } else {
        out += ch;
      }
    }
  }
  return out + "\"";
}

std::string write_view_body(const MapView& v, const std::string& table_name) {
  std::ostringstream o;
  if (!v.title.empty()) o << "title = " << quote(v.title) << "\n";
  if (!v.subtitle.empty()) o << "subtitle = " << quote(v.subtitle) << "\n";
  if (!v.indicator.empty()) o << "indicator = " << quote(v.indicator) << "\n";
  if (!v.topic.empty()) o << "topic = " << quote(v.topic) << "\n";
  if (!v.extent.region_code.empty()) o << "region = " << quote(v.extent.region_code) << "\n";
  if (v.extent.lonlat) {
    const Bounds& b = *v.extent.lonlat;
    o << "box = [" << format_double(b.min_x) << ", " << format_double(b.min_y) << ", " << format_double(b.max_x)
      << ", " << format_double(b.max_y) << "]  # lon_min, lat_min, lon_max, lat_max\n";
  }
  if (!v.selection.empty()) {
    o << "selection = [";
    for (std::size_t i = 0; i < v.selection.size(); ++i) o << (i ? ", " : "") << quote(v.selection[i]);
    o << "]\n";
  }
  if (v.labels) o << "labels = " << quote(to_string(*v.labels)) << "\n";
  if (v.locator) o << "locator = true\n";
  if (!v.notes.empty()) o << "notes = " << quote(v.notes) << "\n";
  const ChoroplethSpec& c = v.classification;
  if (c.method || c.classes != 0 || !c.palette.empty() || c.reversed || !c.manual_breaks.empty()) {
    o << "\n[" << table_name << ".classification]\n";
    if (c.method) o << "method = " << quote(to_string(*c.method)) << "\n";
    if (c.classes != 0) o << "classes = " << c.classes << "\n";
    if (!c.manual_breaks.empty()) {
      o << "breaks = [";
      for (std::size_t i = 0; i < c.manual_breaks.size(); ++i) o << (i ? ", " : "") << format_double(c.manual_breaks[i]);
      o << "]\n";
    }
    if (!c.palette.empty()) o << "palette = " << quote(c.palette) << "\n";
    if (c.reversed) o << "reversed = true\n";
  }
  for (const Annotation& a : v.annotations) {
    o << "\n[[" << table_name << ".annotation]]\n";
    o << "kind = " << quote(to_string(a.kind)) << "\n";
    o << "at = [" << format_double(a.at.x) << ", " << format_double(a.at.y) << "]  # lon, lat\n";
    if (a.to) o << "to = [" << format_double(a.to->x) << ", " << format_double(a.to->y) << "]\n";
    if (!a.text.empty()) o << "text = " << quote(a.text) << "\n";
  }
  return o.str();
}

} // namespace view_toml

ViewChecks builtin_view_checks(const std::vector<std::string>& region_codes) {
  ViewChecks checks;
  checks.region_codes = region_codes;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(builtin_indicator_dir(), ec)) {
    if (e.path().extension() == ".toml") checks.indicator_ids.push_back(e.path().stem().string());
  }
  std::sort(checks.indicator_ids.begin(), checks.indicator_ids.end());
  return checks;
}

std::string view_to_toml(const MapView& view) {
  return "# steppe map view (format: decks/README.md)\n[view]\n" + view_toml::write_view_body(view, "view");
}

MapView parse_view_toml(const std::string& text, const std::string& label, const ViewChecks& checks) {
  const toml::table root = view_toml::parse(text, label);
  const view_toml::Source s{label, &checks};
  s.only_keys(root, "", {"view"});
  const toml::node* node = root.get("view");
  if (node == nullptr) s.fail(nullptr, "view", "missing; a view file holds one [view] table");
  if (!node->is_table()) s.fail(node, "view", "must be a table: write [view] on its own line");
  return view_toml::read_view(*node->as_table(), s, "view.");
}

MapView read_view_file(const std::filesystem::path& path, const ViewChecks& checks) {
  return parse_view_toml(view_toml::read_text(path, InputKind::View), path.string(), checks);
}

void write_view_file(const std::filesystem::path& path, const MapView& view) {
  write_file_atomically(path, view_to_toml(view));
}

} // namespace steppe
