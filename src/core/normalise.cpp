#include "core/normalise.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/error.hpp"

namespace steppe {

namespace {

// Four significant digits, no exponent: 0.001234, 12.35, 12346.
std::string four_digits(double v) {
  if (v == 0) return "0";
  const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(v))));
  const int decimals = std::max(0, 3 - magnitude);
  std::array<char, 64> buf{};
  std::snprintf(buf.data(), buf.size(), "%.*f", decimals, v);
  return buf.data();
}

std::string people_unit_scale(const Indicator& population, double& scale) {
  const std::string& u = population.meta.unit;
  if (u == "人") scale = 1;
  else if (u == "万人") scale = 10000;
  else
    throw Error("population indicator " + population.meta.id + " has unit \"" + u +
                "\"; a denominator of people must be in 人 or 万人");
  return u;
}

std::string denominator_text(const Indicator& population) {
  const IndicatorMeta& p = population.meta;
  std::string s = p.title_zh + " " + (p.period_zh.empty() ? p.period : p.period_zh);
  if (!p.source.file.empty()) s += " (" + p.source.file + ")";
  return s;
}

} // namespace

std::optional<Normalisation> parse_normalisation(std::string_view text) {
  if (text == "per-capita") return Normalisation::PerCapita;
  if (text == "per-10k") return Normalisation::Per10k;
  if (text == "per-km2") return Normalisation::PerKm2;
  if (text == "share") return Normalisation::ShareOfParent;
  return std::nullopt;
}

std::string_view to_string(Normalisation n) {
  switch (n) {
  case Normalisation::PerCapita: return "per-capita";
  case Normalisation::Per10k: return "per-10k";
  case Normalisation::PerKm2: return "per-km2";
  case Normalisation::ShareOfParent: return "share";
  }
  return "unknown";
}

Indicator normalise(const Indicator& indicator, Normalisation how, const Atlas& atlas, const Indicator* population) {
  const IndicatorMeta& m = indicator.meta;
  if (m.level == IndicatorLevel::Point)
    throw Error(m.id + " is a point layer; only region, league and banner indicators can be normalised");
  if (m.unit.find('%') != std::string::npos || m.unit.find("％") != std::string::npos)
    throw Error(m.id + " is already a rate (" + m.unit + "); dividing it by people or area means nothing");
  const bool per_people = how == Normalisation::PerCapita || how == Normalisation::Per10k;
  double people_scale = 1;
  if (per_people) {
    if (!population)
      throw Error("normalising " + m.id + " per person needs a population indicator (e.g. census_population_" +
                  std::string(to_string(m.level)) + "_2020)");
    if (population->meta.level != m.level)
      throw Error("population indicator " + population->meta.id + " is at level " +
                  std::string(to_string(population->meta.level)) + ", " + m.id + " at " +
                  std::string(to_string(m.level)) + "; use the population of the same level");
    people_unit_scale(*population, people_scale);
  }

  Indicator out;
  out.meta = m;
  IndicatorMeta& n = out.meta;
  n.id = m.id + "_" + std::string(to_string(how));
  n.kind = IndicatorKind::Derived;
  n.derived = IndicatorDerivation{m.id, std::string(to_string(how))};
  n.total.reset();
  if (!m.series.empty()) n.series = m.series + "_" + std::string(to_string(how));
  std::string note;
  switch (how) {
  case Normalisation::PerCapita:
    n.title_zh += "（人均）";
    n.title_en += " per person";
    n.unit += "/人";
    n.unit_en += " per person";
    note = "per person: ÷ " + denominator_text(*population);
    break;
  case Normalisation::Per10k:
    n.title_zh += "（每万人）";
    n.title_en += " per 10,000 people";
    n.unit += "/万人";
    n.unit_en += " per 10,000 people";
    note = "per 10,000 people: ÷ " + denominator_text(*population);
    break;
  case Normalisation::PerKm2:
    n.title_zh += "（每平方公里）";
    n.title_en += " per km²";
    n.unit += "/平方公里";
    n.unit_en += " per km²";
    note = "per km² of geodesic area (WGS84 ellipsoid) of the map's boundaries";
    break;
  case Normalisation::ShareOfParent:
    n.title_zh += "（占" + std::string(m.level == IndicatorLevel::Banner ? "所属盟市" : "全区") + "比重）";
    n.title_en += m.level == IndicatorLevel::Banner ? " as a share of its league" : " as a share of the region";
    n.unit = "%";
    n.unit_en = "%";
    note = std::string("share of the sum of the rows of its ") +
           (m.level == IndicatorLevel::Banner ? "league" : "region") + " (places without a value are left out of that sum)";
    break;
  }
  if (per_people && m.period.empty())
    note += "; the values state no period, the population is of " + population->meta.period;
  else if (per_people && population->meta.period != m.period)
    note += "; different periods: values of " + m.period + " per population of " + population->meta.period;
  n.caveat = note + (m.caveat.empty() ? "" : "; " + m.caveat);
  n.notes = "Normalised from " + m.id + ": " + note + ". " + m.notes;
  n.classification.midpoint.reset();

  // Sums per parent for shares.
  std::map<std::string, double> parent_sum;
  if (how == Normalisation::ShareOfParent) {
    for (const IndicatorValue& v : indicator.values) {
      if (!v.value) continue;
      const Region* r = atlas.find(v.code);
      parent_sum[r && m.level == IndicatorLevel::Banner ? r->parent : "150000"] += *v.value;
    }
  }
  for (const IndicatorValue& v : indicator.values) {
    if (!v.value) continue;
    double denominator = 0;
    switch (how) {
    case Normalisation::PerCapita:
    case Normalisation::Per10k:
      if (const IndicatorValue* p = population->find(v.code); p && *p->value > 0)
        denominator = *p->value * people_scale / (how == Normalisation::Per10k ? 10000.0 : 1.0);
      break;
    case Normalisation::PerKm2:
      if (const Region* r = atlas.find(v.code)) denominator = r->area_km2;
      break;
    case Normalisation::ShareOfParent: {
      const Region* r = atlas.find(v.code);
      const double sum = parent_sum[r && m.level == IndicatorLevel::Banner ? r->parent : "150000"];
      denominator = sum / 100.0;
      break;
    }
    }
    if (!(denominator > 0)) continue; // no denominator: no data, never 0
    IndicatorValue row = v;
    row.value = *v.value / denominator;
    row.value_text = four_digits(*row.value);
    row.unit = n.unit;
    out.values.push_back(std::move(row));
  }
  if (out.values.empty())
    throw Error("normalising " + m.id + " " + std::string(to_string(how)) +
                ": no place has both a value and a denominator");
  return out;
}

} // namespace steppe
