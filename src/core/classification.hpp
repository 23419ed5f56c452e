#pragma once
// Choropleth classification: turns indicator values into 2-9 ordered classes.
// Classes are closed above: class 0 is [e0, e1], class i > 0 is (e_i, e_{i+1}],
// the usual convention for Jenks and quantile maps (a value equal to a break
// belongs to the lower class). Missing values (NaN, ±inf) never take part in a
// break computation and are counted separately: missing is never zero.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace steppe {

enum class ClassMethod { EqualInterval, Quantile, NaturalBreaks, StdDev, Manual };

inline constexpr int kMinClasses = 2;
inline constexpr int kMaxClasses = 9;

// "equal-interval", "quantile", "natural-breaks", "stddev", "manual".
std::string_view to_string(ClassMethod method);
// Accepts the names above and common aliases ("equal", "jenks", "natural",
// "std-dev", "sd", "quantiles"), case-insensitive, '_' or '-' or ' '.
std::optional<ClassMethod> parse_class_method(std::string_view text);

struct Classification {
  ClassMethod method = ClassMethod::EqualInterval;
  std::vector<double> breaks;       // class_count()+1 ascending edges, data min..max
  std::vector<std::size_t> counts;  // values per class
  std::size_t missing = 0;          // NaN/inf values, excluded from everything else
  int requested_classes = 0;
  double mean = 0.0;                // of the finite values (0 when there are none)
  double stddev = 0.0;              // population standard deviation of the finite values
  // Why the result differs from the request (fewer distinct values than classes,
  // coinciding quantile breaks, std-dev breaks beyond the data), or "" if it doesn't.
  std::string note;

  int class_count() const { return breaks.empty() ? 0 : static_cast<int>(breaks.size()) - 1; }
  // The class of `value`, or -1 when it is NaN/inf or lies outside [breaks.front(), breaks.back()].
  int class_of(double value) const;
};

// Classifies `values`. `classes` must be 2..9 (ignored for Manual, where it is
// manual_breaks.size()+1). `manual_breaks` are the inner thresholds, strictly
// increasing and finite; the outer edges are the data's min and max (extended
// to the first/last threshold when the data does not reach it).
// Throws steppe::Error on an invalid class count or invalid manual breaks.
Classification classify(std::span<const double> values, ClassMethod method, int classes,
                        std::span<const double> manual_breaks = {});

// The Fisher-Jenks optimal partition of the finite values into at most `classes`
// groups; returns the inner breaks (upper bound of every class but the last).
std::vector<double> jenks_breaks(std::span<const double> values, int classes);

} // namespace steppe
