#pragma once
// RAII around the GDAL/OGR objects steppe uses, and a scope that collects
// GDAL's error messages instead of letting GDAL print them to stderr.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>
#include <ogr_spatialref.h>

#include "io/gdal_offline.hpp"

namespace steppe::gdal {

// GDALDatasetUniquePtr, OGRFeatureUniquePtr and OGRGeometryUniquePtr come from GDAL.
using DatasetPtr = GDALDatasetUniquePtr;
using FeaturePtr = OGRFeatureUniquePtr;
using GeometryPtr = OGRGeometryUniquePtr;

struct TransformDeleter {
  void operator()(OGRCoordinateTransformation* ct) const {
    OGRCoordinateTransformation::DestroyCT(ct);
  }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

// Registers GDAL's drivers once per process (thread-safe), after setting the
// options that keep GDAL off the network (io/gdal_offline.hpp).
inline void ensure_registered() {
  static std::once_flag once;
  std::call_once(once, [] {
    configure_gdal_offline();
    GDALAllRegister();
    deregister_network_drivers();
  });
}

// While alive, GDAL errors and warnings raised on this thread are collected
// here rather than printed; the previous handler is restored on destruction.
class ErrorCapture {
public:
  ErrorCapture() { CPLPushErrorHandlerEx(&ErrorCapture::handle, this); }
  ~ErrorCapture() { CPLPopErrorHandler(); }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

  const std::vector<std::string>& errors() const { return errors_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  // The last error message, or "" when there was none.
  std::string last_error() const { return errors_.empty() ? std::string() : errors_.back(); }

private:
  static void CPL_STDCALL handle(CPLErr severity, CPLErrorNum /*number*/, const char* message) {
    auto* self = static_cast<ErrorCapture*>(CPLGetErrorHandlerUserData());
    if (self == nullptr || message == nullptr) return;
    if (severity == CE_Warning) self->warnings_.emplace_back(message);
    else if (severity >= CE_Failure) self->errors_.emplace_back(message);
  }
  std::vector<std::string> errors_;
  std::vector<std::string> warnings_;
};

} // namespace steppe::gdal
