// `steppe indicators [ID] [--json] [--dir DIR]`: lists the indicators, or
// prints one indicator's values with their quotes. Reads and validates the
// whole folder, so it doubles as a check of user-written indicator files.
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "core/error.hpp"
#include "io/indicator_reader.hpp"

namespace steppe::app {

namespace {

struct IndicatorsOptions {
  std::string id;
  std::string dir;
  bool json = false;
};

std::string format_value(const IndicatorValue& v) { return v.value ? v.value_text : "—"; }

nlohmann::json meta_json(const Indicator& ind) {
  const auto& m = ind.meta;
  nlohmann::json j{{"id", m.id},
                   {"title_zh", m.title_zh},
                   {"title_en", m.title_en},
                   {"unit", m.unit},
                   {"unit_en", m.unit_en},
                   {"level", std::string(to_string(m.level))},
                   {"period", m.period},
                   {"period_zh", m.period_zh},
                   {"kind", std::string(to_string(m.kind))},
                   {"series", m.series},
                   {"regions_with_values", ind.coded_value_count()},
                   {"rows", ind.values.size()},
                   {"source", {{"file", m.source.file}, {"title", m.source.title}, {"date", m.source.date}}},
                   {"classification",
                    {{"method", m.classification.method},
                     {"classes", m.classification.classes},
                     {"palette", m.classification.palette}}}};
  if (m.classification.midpoint) j["classification"]["midpoint"] = *m.classification.midpoint;
  if (!m.notes.empty()) j["notes"] = m.notes;
  if (!m.caveat.empty()) j["caveat"] = m.caveat;
  if (m.total) {
    j["total"] = {{"code", m.total->code}, {"name", m.total->name}, {"value", m.total->value},
                  {"quote", m.total->quote}};
    if (!m.total->stated_share.empty()) {
      j["total"]["stated_share"] = m.total->stated_share;
      j["total"]["stated_share_quote"] = m.total->stated_share_quote;
    }
    if (const auto share = share_of_total(ind)) j["total"]["rows_share_of_total"] = *share;
    if (m.total->counted_apart) {
      j["total"]["counted_apart"] = *m.total->counted_apart;
      j["total"]["counted_apart_label"] = m.total->counted_apart_label;
    }
  }
  if (m.derived) j["derived"] = {{"from", m.derived->from_id}, {"method", m.derived->method}};
  return j;
}

nlohmann::json value_json(const IndicatorValue& v) {
  nlohmann::json j{{"code", v.code},        {"name", v.name},   {"value_text", v.value_text},
                   {"unit", v.unit},        {"period", v.period}, {"source_file", v.source_file},
                   {"quote", v.quote},      {"line", v.line},     {"kind", std::string(to_string(v.kind))}};
  j["value"] = v.value ? nlohmann::json(*v.value) : nlohmann::json(nullptr);
  if (v.lonlat) {
    j["lon"] = v.lonlat->x;
    j["lat"] = v.lonlat->y;
    j["approximate"] = v.approximate;
    j["point_name"] = v.point_name;
    j["category"] = v.category;
  }
  return j;
}

void print_list(const std::vector<Indicator>& all, std::ostream& out) {
  out << std::left << std::setw(56) << "id" << std::setw(8) << "level" << std::setw(18) << "period"
      << std::setw(8) << "places" << "unit  title\n";
  for (const auto& i : all) {
    out << std::setw(56) << i.meta.id << std::setw(8) << to_string(i.meta.level) << std::setw(18)
        << i.meta.period << std::setw(8) << i.coded_value_count() << i.meta.unit
        << (i.meta.unit.empty() ? "" : "  ") << i.meta.title_zh << " / " << i.meta.title_en << "\n";
  }
  out << all.size() << " indicators\n";
}

void print_one(const Indicator& i, std::ostream& out) {
  const auto& m = i.meta;
  out << m.id << ": " << m.title_zh << " / " << m.title_en << "\n"
      << "  level " << to_string(m.level) << ", period " << m.period << " (" << m.period_zh << "), unit "
      << (m.unit.empty() ? "per row" : m.unit) << ", kind " << to_string(m.kind) << "\n"
      << "  source " << m.source.file << " — " << m.source.title
      << (m.source.date.empty() ? "" : " (" + m.source.date + ")") << "\n";
  if (!m.notes.empty()) out << "  notes: " << m.notes << "\n";
  if (!m.caveat.empty()) out << "  caveat: " << m.caveat << "\n";
  for (const auto& v : i.values) {
    out << "  " << v.code << " " << v.name << ": " << format_value(v) << (v.value ? " " + v.unit : "");
    if (!v.point_name.empty()) out << "  [" << v.point_name << (v.approximate ? ", approximate location" : "") << "]";
    out << "\n";
    if (!v.quote.empty()) out << "      「" << v.quote << "」\n";
  }
  if (m.total) {
    out << "  total " << m.total->code << " " << m.total->name << ": " << m.total->value << " " << m.unit
        << "\n      「" << m.total->quote << "」\n";
    if (const auto share = share_of_total(i)) {
      std::ostringstream pct;
      pct << std::fixed << std::setprecision(1) << *share * 100;
      out << "  rows make " << pct.str() << "% of the total";
      if (!m.total->stated_share.empty()) out << "; the document says " << m.total->stated_share;
      if (m.total->counted_apart && m.total->value != 0) {
        std::ostringstream with;
        with << std::fixed << std::setprecision(1)
             << (*share + *m.total->counted_apart / m.total->value) * 100;
        out << "; with " << m.total->counted_apart_label << " counted apart (" << *m.total->counted_apart
            << "): " << with.str() << "%";
      }
      out << "\n";
    }
  }
  if (m.derived) out << "  derived: " << m.derived->method << " of " << m.derived->from_id << "\n";
}

int run(const IndicatorsOptions& o) {
  const auto dir = o.dir.empty() ? builtin_indicator_dir() : std::filesystem::path(o.dir);
  const auto all = load_indicator_dir(dir);
  if (o.id.empty()) {
    if (o.json) {
      auto arr = nlohmann::json::array();
      for (const auto& i : all) arr.push_back(meta_json(i));
      std::cout << arr.dump(2) << "\n";
    } else {
      print_list(all, std::cout);
    }
    return kOk;
  }
  for (const auto& i : all) {
    if (i.meta.id != o.id) continue;
    if (o.json) {
      auto j = meta_json(i);
      j["values"] = nlohmann::json::array();
      for (const auto& v : i.values) j["values"].push_back(value_json(v));
      std::cout << j.dump(2) << "\n";
    } else {
      print_one(i, std::cout);
    }
    return kOk;
  }
  std::cerr << "steppe indicators: no indicator \"" << o.id << "\" in " << dir.string()
            << "; run `steppe indicators` to list them\n";
  return kUsage;
}

} // namespace

void add_indicators_command(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<IndicatorsOptions>();
  auto* cmd = app.add_subcommand("indicators", "List indicators, or show one indicator's values and quotes");
  cmd->add_option("id", opts->id, "Indicator id (see the list)");
  cmd->add_flag("--json", opts->json, "Print JSON instead of text");
  cmd->add_option("--dir", opts->dir, "Indicator folder (default: $STEPPE_INDICATOR_DIR or the built-in one)");
  cmd->callback([opts, &exit_code] {
    try {
      exit_code = run(*opts);
    } catch (const steppe::Error& e) {
      std::cerr << "steppe indicators: " << e.what() << "\n";
      exit_code = kFailure;
    }
  });
}

} // namespace steppe::app
