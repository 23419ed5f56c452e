#include "core/classification.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <sstream>

#include "core/error.hpp"

namespace steppe {

namespace {

std::string normalise_method_name(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '_' || c == ' ') c = '-';
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::string format_number(double v) {
  std::ostringstream s;
  s.precision(10);
  s << v;
  return s.str();
}

// Distinct sorted values with their multiplicities.
struct Distinct {
  std::vector<double> values;
  std::vector<double> weights;
};

Distinct distinct_of(const std::vector<double>& sorted) {
  Distinct d;
  for (double v : sorted) {
    if (!d.values.empty() && d.values.back() == v) {
      d.weights.back() += 1.0;
    } else {
      d.values.push_back(v);
      d.weights.push_back(1.0);
    }
  }
  return d;
}

// Keeps the inner breaks that make real classes: ascending, unique, strictly
// below the maximum (a break at the max would leave the last class empty).
std::vector<double> tidy_inner_breaks(std::vector<double> inner, double max) {
  std::sort(inner.begin(), inner.end());
  inner.erase(std::unique(inner.begin(), inner.end()), inner.end());
  inner.erase(std::remove_if(inner.begin(), inner.end(), [max](double b) { return b >= max; }),
              inner.end());
  return inner;
}

std::vector<double> equal_interval_breaks(double min, double max, int classes) {
  std::vector<double> inner;
  // max/classes - min/classes: no overflow when max - min exceeds DBL_MAX (±1e308).
  const double step = max / classes - min / classes;
  for (int i = 1; i < classes; ++i) inner.push_back(min + step * i);
  return inner;
}

// Break i is the largest value among the first ceil(i*N/n) sorted values, so
// that with no ties every class holds N/n values (rounded up).
std::vector<double> quantile_breaks(const std::vector<double>& sorted, int classes) {
  std::vector<double> inner;
  const std::size_t n = sorted.size();
  const auto k = static_cast<std::size_t>(classes);
  for (std::size_t i = 1; i < k; ++i) {
    const std::size_t take = (i * n + k - 1) / k; // ceil(i*n/k) >= 1
    inner.push_back(sorted[take - 1]);
  }
  return inner;
}

// Odd class counts centre one class on the mean (breaks at mean ± (j+0.5)·sd);
// even counts put a break on the mean (breaks at mean + j·sd).
std::vector<double> stddev_breaks(double mean, double sd, int classes) {
  std::vector<double> inner;
  if (classes % 2 == 1) {
    for (int j = 0; j < (classes - 1) / 2; ++j) {
      inner.push_back(mean - (j + 0.5) * sd);
      inner.push_back(mean + (j + 0.5) * sd);
    }
  } else {
    inner.push_back(mean);
    for (int j = 1; j < classes / 2; ++j) {
      inner.push_back(mean - j * sd);
      inner.push_back(mean + j * sd);
    }
  }
  std::sort(inner.begin(), inner.end());
  return inner;
}

void validate_manual(std::span<const double> manual) {
  if (manual.empty()) {
    throw Error("manual classification needs at least one break (got none); give the "
                "inner thresholds, e.g. 100,500,1000 for 4 classes");
  }
  if (manual.size() + 1 > static_cast<std::size_t>(kMaxClasses)) {
    throw Error("manual classification: " + std::to_string(manual.size()) + " breaks make " +
                std::to_string(manual.size() + 1) + " classes; at most " +
                std::to_string(kMaxClasses) + " classes (" + std::to_string(kMaxClasses - 1) +
                " breaks) are allowed");
  }
  for (std::size_t i = 0; i < manual.size(); ++i) {
    if (!std::isfinite(manual[i])) {
      throw Error("manual break " + std::to_string(i + 1) + " is not a finite number; "
                  "give finite thresholds");
    }
    if (i > 0 && !(manual[i] > manual[i - 1])) {
      throw Error("manual breaks must be strictly increasing: " + format_number(manual[i]) +
                  " (break " + std::to_string(i + 1) + ") follows " +
                  format_number(manual[i - 1]) + "; sort them and remove duplicates");
    }
  }
}

void append_note(std::string& note, const std::string& text) {
  if (!note.empty()) note += "; ";
  note += text;
}

} // namespace

std::string_view to_string(ClassMethod method) {
  switch (method) {
  case ClassMethod::EqualInterval: return "equal-interval";
  case ClassMethod::Quantile: return "quantile";
  case ClassMethod::NaturalBreaks: return "natural-breaks";
  case ClassMethod::StdDev: return "stddev";
  case ClassMethod::Manual: return "manual";
  }
  return "unknown";
}

std::optional<ClassMethod> parse_class_method(std::string_view text) {
  const std::string n = normalise_method_name(text);
  if (n == "equal-interval" || n == "equal" || n == "equal-intervals") {
    return ClassMethod::EqualInterval;
  }
  if (n == "quantile" || n == "quantiles") return ClassMethod::Quantile;
  if (n == "natural-breaks" || n == "natural" || n == "jenks" || n == "fisher-jenks") {
    return ClassMethod::NaturalBreaks;
  }
  if (n == "stddev" || n == "std-dev" || n == "sd" || n == "standard-deviation") {
    return ClassMethod::StdDev;
  }
  if (n == "manual") return ClassMethod::Manual;
  return std::nullopt;
}

int Classification::class_of(double value) const {
  if (!std::isfinite(value) || breaks.size() < 2) return -1;
  if (value < breaks.front() || value > breaks.back()) return -1;
  // First inner edge e_{i+1} >= value gives class i (classes are closed above).
  const auto it = std::lower_bound(breaks.begin() + 1, breaks.end(), value);
  return static_cast<int>(it - (breaks.begin() + 1));
}

std::vector<double> jenks_breaks(std::span<const double> values, int classes) {
  std::vector<double> sorted;
  for (double v : values) {
    if (std::isfinite(v)) sorted.push_back(v);
  }
  if (sorted.empty() || classes < 2) return {};
  std::sort(sorted.begin(), sorted.end());
  // Work on distinct values with weights so that ties can never be split
  // between classes (a class boundary must fall between different values).
  const Distinct d = distinct_of(sorted);
  const std::size_t m = d.values.size();
  const std::size_t k = std::min(static_cast<std::size_t>(classes), m);
  if (k < 2) return {};

  // Prefix sums of weight, weighted value and weighted square, shifted by the
  // mean to keep the sum-of-squares formula numerically stable.
  const double shift = d.values[m / 2];
  std::vector<double> w(m + 1, 0.0), s1(m + 1, 0.0), s2(m + 1, 0.0);
  for (std::size_t i = 0; i < m; ++i) {
    const double x = d.values[i] - shift;
    w[i + 1] = w[i] + d.weights[i];
    s1[i + 1] = s1[i] + d.weights[i] * x;
    s2[i + 1] = s2[i] + d.weights[i] * x * x;
  }
  // Within-class sum of squared deviations of distinct values [a, b).
  auto ssd = [&](std::size_t a, std::size_t b) {
    const double ww = w[b] - w[a];
    const double ss = s1[b] - s1[a];
    return std::max(0.0, (s2[b] - s2[a]) - ss * ss / ww);
  };

  // cost[c][j]: best total SSD of the first j distinct values in c+1 classes;
  // start[c][j]: where the last of those classes begins.
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> cost(k, std::vector<double>(m + 1, inf));
  std::vector<std::vector<std::size_t>> start(k, std::vector<std::size_t>(m + 1, 0));
  for (std::size_t j = 1; j <= m; ++j) cost[0][j] = ssd(0, j);
  for (std::size_t c = 1; c < k; ++c) {
    for (std::size_t j = c + 1; j <= m; ++j) {
      for (std::size_t i = c; i < j; ++i) { // last class is [i, j)
        const double total = cost[c - 1][i] + ssd(i, j);
        if (total < cost[c][j]) {
          cost[c][j] = total;
          start[c][j] = i;
        }
      }
    }
  }
  std::vector<double> inner(k - 1);
  std::size_t end = m;
  for (std::size_t c = k - 1; c >= 1; --c) {
    const std::size_t i = start[c][end];
    inner[c - 1] = d.values[i - 1]; // upper bound of the class before
    end = i;
  }
  return inner;
}

Classification classify(std::span<const double> values, ClassMethod method, int classes,
                        std::span<const double> manual_breaks) {
  Classification result;
  result.method = method;
  if (method == ClassMethod::Manual) {
    validate_manual(manual_breaks);
    classes = static_cast<int>(manual_breaks.size()) + 1;
  } else if (classes < kMinClasses || classes > kMaxClasses) {
    throw Error("number of classes must be between " + std::to_string(kMinClasses) + " and " +
                std::to_string(kMaxClasses) + " (got " + std::to_string(classes) + ")");
  }
  result.requested_classes = classes;

  std::vector<double> sorted;
  sorted.reserve(values.size());
  for (double v : values) {
    if (std::isfinite(v)) sorted.push_back(v);
    else ++result.missing;
  }
  if (sorted.empty()) {
    result.note = "no numeric values to classify";
    return result;
  }
  std::sort(sorted.begin(), sorted.end());
  const double min = sorted.front();
  const double max = sorted.back();
  const auto count = static_cast<double>(sorted.size());
  double sum = 0.0;
  for (double v : sorted) sum += v;
  result.mean = sum / count;
  double sq = 0.0;
  for (double v : sorted) sq += (v - result.mean) * (v - result.mean);
  result.stddev = std::sqrt(sq / count);
  if (!std::isfinite(result.mean) || !std::isfinite(result.stddev)) {
    // Values near ±DBL_MAX overflow the sums: the same statistics on values
    // scaled by the largest magnitude.
    const double scale = std::max(std::fabs(min), std::fabs(max));
    double mean = 0.0;
    for (double v : sorted) mean += (v / scale) / count;
    double scaled_sq = 0.0;
    for (double v : sorted) scaled_sq += (v / scale - mean) * (v / scale - mean);
    result.mean = mean * scale;
    result.stddev = std::sqrt(scaled_sq / count) * scale;
  }

  std::vector<double> inner;
  if (method == ClassMethod::Manual) {
    inner.assign(manual_breaks.begin(), manual_breaks.end());
    result.breaks.push_back(std::min(min, inner.front()));
    result.breaks.insert(result.breaks.end(), inner.begin(), inner.end());
    result.breaks.push_back(std::max(max, inner.back()));
  } else {
    const std::size_t distinct = distinct_of(sorted).values.size();
    int effective = classes;
    if (distinct < static_cast<std::size_t>(classes)) {
      effective = static_cast<int>(distinct);
      append_note(result.note, "only " + std::to_string(distinct) + " distinct value" +
                                   (distinct == 1 ? "" : "s") + ": " +
                                   std::to_string(effective) + " class" +
                                   (effective == 1 ? "" : "es") + " instead of " +
                                   std::to_string(classes));
    }
    if (effective >= 2) {
      switch (method) {
      case ClassMethod::EqualInterval: inner = equal_interval_breaks(min, max, effective); break;
      case ClassMethod::Quantile: inner = quantile_breaks(sorted, effective); break;
      case ClassMethod::NaturalBreaks: inner = jenks_breaks(sorted, effective); break;
      case ClassMethod::StdDev: inner = stddev_breaks(result.mean, result.stddev, effective); break;
      case ClassMethod::Manual: break;
      }
    }
    const std::size_t computed = inner.size();
    if (method == ClassMethod::StdDev) {
      // Breaks beyond the data would make empty classes at the ends.
      inner.erase(std::remove_if(inner.begin(), inner.end(),
                                 [min](double b) { return b <= min; }),
                  inner.end());
    }
    inner = tidy_inner_breaks(std::move(inner), max);
    if (inner.size() < computed) {
      append_note(result.note,
                  std::to_string(computed - inner.size()) + " break" +
                      (computed - inner.size() == 1 ? "" : "s") +
                      (method == ClassMethod::StdDev ? " fell outside the data range"
                                                     : " coincided because of tied values") +
                      ": " + std::to_string(inner.size() + 1) + " classes instead of " +
                      std::to_string(effective));
    }
    result.breaks.push_back(min);
    result.breaks.insert(result.breaks.end(), inner.begin(), inner.end());
    result.breaks.push_back(max);
  }

  result.counts.assign(static_cast<std::size_t>(result.class_count()), 0);
  for (double v : sorted) {
    const int c = result.class_of(v);
    if (c >= 0) ++result.counts[static_cast<std::size_t>(c)];
  }
  return result;
}

} // namespace steppe
