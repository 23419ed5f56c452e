#pragma once
// Which datum a boundary file's coordinates seem to be in, judged against a
// reference atlas holding the same regions (by code): each shared region's
// centroid offset is compared with the GCJ-02 shift at that place. The shift
// is a specific vector field (≈ 400–600 m towards the east-north-east over
// Inner Mongolia), so a file whose offsets match it region by region was
// shifted by it; one whose offsets are small is in the reference's datum.
// This is relative: it says "GCJ-02 relative to the reference", and is only
// as good as the reference's own datum (io/builtin_atlas.hpp's builtin_datum_statement
// says what is known of the built-in atlas's). Medians keep a few redrawn borders from
// swaying it; too few shared regions, or offsets too noisy to tell, give
// Inconclusive rather than a guess.
#include <cstddef>
#include <string>

#include "core/atlas.hpp"

namespace steppe {

struct DatumComparison {
  enum class Verdict {
    TooFewRegions,      // fewer than kMinRegions shared codes
    SameAsReference,    // offsets small next to the GCJ-02 shift
    Gcj02OfReference,   // offsets match the GCJ-02 shift: the file is the reference shifted to GCJ-02
    ReferenceIsGcj02,   // offsets match the shift backwards: the reference is the file shifted to GCJ-02
    Inconclusive,       // offsets neither small nor the shift
  };
  static constexpr std::size_t kMinRegions = 3;

  Verdict verdict = Verdict::TooFewRegions;
  std::size_t regions = 0;        // shared codes compared
  double offset_m = 0.0;          // median centroid offset, file − reference
  double shift_m = 0.0;           // median size of the GCJ-02 shift at those centroids
  double after_unshift_m = 0.0;   // median offset left if the file is read as GCJ-02
  double after_shift_m = 0.0;     // median offset left if the reference is read as GCJ-02
};

// Compares the file's leagues and banners with the reference's of the same code.
DatumComparison compare_datum(const Atlas& file, const Atlas& reference);

// One sentence for `steppe info`: what was measured and what it means.
std::string describe(const DatumComparison& comparison, const std::string& file_label,
                     const std::string& reference_label);

} // namespace steppe
