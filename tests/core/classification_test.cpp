#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "core/classification.hpp"
#include "core/error.hpp"

using namespace steppe;

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

using Breaks = std::vector<double>;
using Counts = std::vector<std::size_t>;

// Sum of squared deviations of the classes formed by the given inner breaks.
double total_ssd(const std::vector<double>& sorted, const std::vector<double>& inner) {
  double total = 0;
  std::size_t i = 0;
  for (std::size_t c = 0; c <= inner.size(); ++c) {
    std::vector<double> cls;
    while (i < sorted.size() && (c == inner.size() || sorted[i] <= inner[c])) cls.push_back(sorted[i++]);
    double mean = 0;
    for (double v : cls) mean += v;
    mean /= static_cast<double>(cls.size());
    for (double v : cls) total += (v - mean) * (v - mean);
  }
  return total;
}
} // namespace

TEST_CASE("parse_class_method accepts names and aliases", "[classification]") {
  CHECK(parse_class_method("equal-interval") == ClassMethod::EqualInterval);
  CHECK(parse_class_method("Equal_Interval") == ClassMethod::EqualInterval);
  CHECK(parse_class_method("quantile") == ClassMethod::Quantile);
  CHECK(parse_class_method("JENKS") == ClassMethod::NaturalBreaks);
  CHECK(parse_class_method("natural breaks") == ClassMethod::NaturalBreaks);
  CHECK(parse_class_method("stddev") == ClassMethod::StdDev);
  CHECK(parse_class_method("manual") == ClassMethod::Manual);
  CHECK_FALSE(parse_class_method("geometric").has_value());
  CHECK_FALSE(parse_class_method("").has_value());
  for (auto m : {ClassMethod::EqualInterval, ClassMethod::Quantile, ClassMethod::NaturalBreaks,
                 ClassMethod::StdDev, ClassMethod::Manual}) {
    CHECK(parse_class_method(to_string(m)) == m);
  }
}

TEST_CASE("natural breaks find the obvious clusters", "[classification]") {
  // Three clusters {1,2,3} {10,11,12} {20,21,22}: each has SSD 1+0+1 = 2, total 6.
  // Any other 3-way cut puts a cluster neighbour 7+ away into a class, e.g.
  // {1,2,3,10} alone has SSD 1*(4^2)+... = 50.75 > 6, so the optimum breaks
  // after 3 and after 12.
  const std::vector<double> v{1, 2, 3, 10, 11, 12, 20, 21, 22};
  const auto c = classify(v, ClassMethod::NaturalBreaks, 3);
  CHECK(c.breaks == Breaks{1, 3, 12, 22});
  CHECK(c.counts == Counts{3, 3, 3});
  CHECK(c.note.empty());
  CHECK(c.class_of(3) == 0);
  CHECK(c.class_of(3.5) == 1);
  CHECK(c.class_of(12) == 1);
  CHECK(c.class_of(22) == 2);
  CHECK(c.class_of(0) == -1);  // outside the data range
  CHECK(c.class_of(23) == -1);

  // Input order does not matter.
  const std::vector<double> shuffled{21, 3, 12, 1, 22, 10, 2, 20, 11};
  CHECK(classify(shuffled, ClassMethod::NaturalBreaks, 3).breaks == c.breaks);
}

TEST_CASE("natural breaks equal an exhaustive search on small data", "[classification]") {
  const std::vector<double> sorted{0.5, 1.1, 2.0, 4.7, 5.2, 5.3, 9.9, 12.0, 13.5, 30.0};
  // Try all pairs of cut positions for 3 classes.
  double best = std::numeric_limits<double>::infinity();
  std::vector<double> best_inner;
  for (std::size_t a = 0; a + 2 < sorted.size(); ++a) {
    for (std::size_t b = a + 1; b + 1 < sorted.size(); ++b) {
      const std::vector<double> inner{sorted[a], sorted[b]};
      const double s = total_ssd(sorted, inner);
      if (s < best) {
        best = s;
        best_inner = inner;
      }
    }
  }
  const auto jenks = jenks_breaks(sorted, 3);
  CHECK(jenks == best_inner);
  CHECK(total_ssd(sorted, jenks) == Approx(best));
}

TEST_CASE("natural breaks never split tied values", "[classification]") {
  const std::vector<double> v{1, 1, 1, 1, 5, 5, 5, 9};
  const auto c = classify(v, ClassMethod::NaturalBreaks, 3);
  CHECK(c.breaks == Breaks{1, 1, 5, 9});
  CHECK(c.counts == Counts{4, 3, 1});
}

TEST_CASE("natural breaks with negative values", "[classification]") {
  const std::vector<double> v{-22, -21, -20, -12, -11, -10, -3, -2, -1};
  const auto c = classify(v, ClassMethod::NaturalBreaks, 3);
  CHECK(c.breaks == Breaks{-22, -20, -10, -1});
  CHECK(c.counts == Counts{3, 3, 3});
}

TEST_CASE("equal interval splits the range evenly", "[classification]") {
  const std::vector<double> v{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const auto c = classify(v, ClassMethod::EqualInterval, 5);
  REQUIRE(c.breaks.size() == 6);
  CHECK(c.breaks[0] == 0);
  CHECK(c.breaks[1] == Approx(2));
  CHECK(c.breaks[2] == Approx(4));
  CHECK(c.breaks[3] == Approx(6));
  CHECK(c.breaks[4] == Approx(8));
  CHECK(c.breaks[5] == 10);
  CHECK(c.counts == Counts{3, 2, 2, 2, 2}); // [0,2] holds 0,1,2
}

TEST_CASE("equal interval across zero", "[classification]") {
  const std::vector<double> v{-10, -5, 0, 5, 10};
  const auto c = classify(v, ClassMethod::EqualInterval, 4);
  CHECK(c.breaks == Breaks{-10, -5, 0, 5, 10});
  CHECK(c.counts == Counts{2, 1, 1, 1});
  CHECK(c.mean == Approx(0));
}

TEST_CASE("quantiles put equal counts in each class", "[classification]") {
  const std::vector<double> v{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
  const auto c5 = classify(v, ClassMethod::Quantile, 5);
  CHECK(c5.breaks == Breaks{1, 2, 4, 6, 8, 10});
  CHECK(c5.counts == Counts{2, 2, 2, 2, 2});
  // 10 values in 3 classes: the first ceil(10/3)=4, then up to ceil(20/3)=7.
  const auto c3 = classify(v, ClassMethod::Quantile, 3);
  CHECK(c3.breaks == Breaks{1, 4, 7, 10});
  CHECK(c3.counts == Counts{4, 3, 3});
}

TEST_CASE("quantiles with ties merge coinciding breaks and say so", "[classification]") {
  // Positions 2,4,6,8 of the sorted values are 1,1,1,3: three breaks coincide at 1.
  const std::vector<double> v{1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
  const auto c = classify(v, ClassMethod::Quantile, 5);
  CHECK(c.breaks == Breaks{1, 1, 3, 5});
  CHECK(c.counts == Counts{6, 2, 2});
  CHECK(c.class_count() == 3);
  CHECK(c.requested_classes == 5);
  CHECK(c.note.find("2 breaks coincided") != std::string::npos);
  CHECK(c.note.find("3 classes instead of 5") != std::string::npos);
}

TEST_CASE("all-equal values and a single value make one class", "[classification]") {
  for (auto method : {ClassMethod::EqualInterval, ClassMethod::Quantile,
                      ClassMethod::NaturalBreaks, ClassMethod::StdDev}) {
    const std::vector<double> same{5, 5, 5};
    const auto c = classify(same, method, 4);
    CHECK(c.breaks == Breaks{5, 5});
    CHECK(c.counts == Counts{3});
    CHECK(c.class_of(5) == 0);
    CHECK(c.class_of(5.1) == -1);
    CHECK(c.note.find("only 1 distinct value") != std::string::npos);

    const std::vector<double> single{7};
    const auto s = classify(single, method, 3);
    CHECK(s.breaks == Breaks{7, 7});
    CHECK(s.counts == Counts{1});
  }
}

TEST_CASE("fewer distinct values than classes clamps the class count", "[classification]") {
  const std::vector<double> v{1, 1, 2, 2, 3};
  const auto c = classify(v, ClassMethod::NaturalBreaks, 5);
  CHECK(c.breaks == Breaks{1, 1, 2, 3});
  CHECK(c.counts == Counts{2, 2, 1});
  CHECK(c.note.find("only 3 distinct values: 3 classes instead of 5") != std::string::npos);
}

TEST_CASE("missing values are counted, never classified", "[classification]") {
  const std::vector<double> v{1, kNaN, 2, 3, kInf, 4, -kInf};
  const auto c = classify(v, ClassMethod::EqualInterval, 3);
  CHECK(c.missing == 3);
  CHECK(c.breaks.front() == 1);
  CHECK(c.breaks.back() == 4);
  std::size_t total = 0;
  for (auto n : c.counts) total += n;
  CHECK(total == 4);
  CHECK(c.class_of(kNaN) == -1);
  CHECK(c.class_of(kInf) == -1);
  // Missing is not zero: a zero would have pulled the minimum down to 0.
  CHECK(c.breaks.front() != 0);
  CHECK(c.mean == Approx(2.5));

  const std::vector<double> none{kNaN, kNaN};
  const auto e = classify(none, ClassMethod::Quantile, 4);
  CHECK(e.missing == 2);
  CHECK(e.class_count() == 0);
  CHECK(e.class_of(1.0) == -1);
  CHECK_FALSE(e.note.empty());
}

TEST_CASE("standard deviation classes are centred on the mean", "[classification]") {
  // mean 5, population sd 2.
  const std::vector<double> v{2, 4, 4, 4, 5, 5, 7, 9};
  const auto c3 = classify(v, ClassMethod::StdDev, 3); // breaks at mean ± 0.5 sd
  CHECK(c3.mean == Approx(5));
  CHECK(c3.stddev == Approx(2));
  CHECK(c3.breaks == Breaks{2, 4, 6, 9});
  CHECK(c3.counts == Counts{4, 2, 2});

  const auto c4 = classify(v, ClassMethod::StdDev, 4); // mean and mean ± 1 sd
  CHECK(c4.breaks == Breaks{2, 3, 5, 7, 9});
  CHECK(c4.counts == Counts{1, 5, 1, 1});

  // mean - 1.5 sd = 2 is the minimum itself: that break would make an empty class.
  const auto c5 = classify(v, ClassMethod::StdDev, 5);
  CHECK(c5.breaks == Breaks{2, 4, 6, 8, 9});
  CHECK(c5.counts == Counts{4, 2, 1, 1});
  CHECK(c5.note.find("outside the data range") != std::string::npos);
}

TEST_CASE("manual breaks", "[classification]") {
  const std::vector<double> v{5, 15, 25, 30, kNaN};
  const std::vector<double> manual{10, 20};
  const auto c = classify(v, ClassMethod::Manual, 0, manual);
  CHECK(c.breaks == Breaks{5, 10, 20, 30});
  CHECK(c.counts == Counts{1, 1, 2});
  CHECK(c.missing == 1);
  CHECK(c.class_count() == 3);

  // Thresholds beyond the data extend the outer edges and leave empty classes.
  const std::vector<double> wide{0, 100};
  const std::vector<double> data{5, 15};
  const auto w = classify(data, ClassMethod::Manual, 3, wide);
  CHECK(w.breaks == Breaks{0, 0, 100, 100});
  CHECK(w.counts == Counts{0, 2, 0});
}

TEST_CASE("invalid requests are rejected with a clear message", "[classification]") {
  const std::vector<double> v{1, 2, 3};
  CHECK_THROWS_AS(classify(v, ClassMethod::Quantile, 1), Error);
  CHECK_THROWS_WITH(classify(v, ClassMethod::Quantile, 10),
                    Catch::Contains("between 2 and 9"));
  const std::vector<double> unsorted{100, 50};
  CHECK_THROWS_WITH(classify(v, ClassMethod::Manual, 3, unsorted),
                    Catch::Contains("strictly increasing") && Catch::Contains("50") &&
                        Catch::Contains("100"));
  const std::vector<double> dup{1, 1};
  CHECK_THROWS_WITH(classify(v, ClassMethod::Manual, 3, dup), Catch::Contains("strictly increasing"));
  CHECK_THROWS_WITH(classify(v, ClassMethod::Manual, 3, {}), Catch::Contains("at least one break"));
  const std::vector<double> nan_break{1, kNaN};
  CHECK_THROWS_WITH(classify(v, ClassMethod::Manual, 3, nan_break), Catch::Contains("finite"));
  const std::vector<double> too_many{1, 2, 3, 4, 5, 6, 7, 8, 9};
  CHECK_THROWS_WITH(classify(v, ClassMethod::Manual, 3, too_many), Catch::Contains("at most 9"));
}
