#include "io/gdal_offline.hpp"

#include <cpl_conv.h>
#include <cpl_minixml.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <memory>
#include <string>

#include "core/error.hpp"
#include "io/input_file.hpp"

namespace steppe::gdal {

namespace {

constexpr vsi_l_offset kMaxVrtBytes = 1024 * 1024;
constexpr int kMaxVrtDepth = 4;

// Drivers that reach a server or a database; deregistered right after
// registration so that no file name can route to them.
constexpr const char* kSkipped =
    "HTTP WFS WMS WMTS WCS OAPIF OGCAPI CSW NGW Elasticsearch CouchDB Carto AmigoCloud PLSCENES EEDA "
    "EEDAI DAAS GNMDatabase GNMFile PostgreSQL PostGISRaster MySQL ODBC PGeo MSSQLSpatial OGR_OGDI "
    "MongoDBv3 HANA TileDB STACTA STACIT SXF OGR_GMT GMLAS WMSCache MVT ESRIJSON OGR_PDS PLMOSAIC";

struct XmlDeleter {
  void operator()(CPLXMLNode* n) const { CPLDestroyXMLNode(n); }
};

bool looks_like_vrt(const std::string& text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return start != std::string::npos && text[start] == '<' && text.find("OGRVRTDataSource") != std::string::npos;
}

// The whole text of `path` when it is an OGR VRT file (sniffed from its first
// 4 KiB), else "".
std::string read_vrt_text(const char* path) {
  VSIStatBufL st;
  if (VSIStatL(path, &st) != 0) return {};
  VSILFILE* f = VSIFOpenL(path, "rb");
  if (f == nullptr) return {};
  std::string text(4096, '\0');
  text.resize(VSIFReadL(text.data(), 1, text.size(), f));
  if (!looks_like_vrt(text)) {
    VSIFCloseL(f);
    return {};
  }
  if (static_cast<vsi_l_offset>(st.st_size) > kMaxVrtBytes) {
    VSIFCloseL(f);
    throw Error(std::string(path) + ": a VRT file may be at most 1 MiB (steppe's limit)");
  }
  const std::size_t have = text.size();
  text.resize(static_cast<std::size_t>(st.st_size));
  text.resize(have + VSIFReadL(text.data() + have, 1, text.size() - have, f));
  VSIFCloseL(f);
  return text;
}

std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// Refuses network handlers in any text or attribute value of the VRT.
void check_texts(const CPLXMLNode* node, const std::string& vrt) {
  for (const CPLXMLNode* n = node; n != nullptr; n = n->psNext) {
    if ((n->eType == CXT_Text || n->eType == CXT_Attribute) && n->pszValue != nullptr) {
      const std::string value = n->pszValue;
      if (has_vsi_prefix(value) || value.find("://") != std::string::npos) {
        try {
          if (has_vsi_prefix(value)) check_gdal_input(value, InputKind::Boundary);
          else throw Error(value + ": a URL; steppe never reads from the network");
        } catch (const Error& e) {
          throw Error(vrt + ": refers to " + value + ", which steppe does not open (" + e.what() + ")");
        }
      }
    }
    if (n->eType == CXT_Element || n->eType == CXT_Attribute) check_texts(n->psChild, vrt);
  }
}

void check_sources(const CPLXMLNode* node, const std::string& vrt, int depth) {
  for (const CPLXMLNode* n = node; n != nullptr; n = n->psNext) {
    if (n->eType != CXT_Element) continue;
    if (EQUAL(n->pszValue, "SrcDataSource")) {
      const char* value = CPLGetXMLValue(n, nullptr, "");
      const bool relative = CPLTestBool(CPLGetXMLValue(n, "relativeToVRT", "0"));
      std::string source = value;
      if (relative && !source.empty() && source[0] != '/') source = folder_of(vrt) + "/" + source;
      try {
        check_gdal_input(source, InputKind::Boundary);
      } catch (const Error& e) {
        throw Error(vrt + ": its source " + std::string(value) + " cannot be opened: " + e.what());
      }
      check_vrt_sources(source.c_str(), depth + 1);
    }
    check_sources(n->psChild, vrt, depth);
  }
}

} // namespace

void configure_gdal_offline() {
  // /vsicurl/ and the cloud handlers: try no file name at all, list no folder, retry nothing.
  CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".steppe-never-opens-network-files");
  CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
  CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
  CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
  CPLSetConfigOption("GDAL_HTTP_CONNECTTIMEOUT", "1");
  CPLSetConfigOption("AWS_NO_SIGN_REQUEST", "YES");
  CPLSetConfigOption("CPL_GS_CREDENTIALS_FILE", "");
  // GML: no schema downloads, no xlink:href resolution.
  CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
  CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
  CPLSetConfigOption("GDAL_XML_VALIDATION", "NO");
  // LIBKML: no external styles.
  CPLSetConfigOption("LIBKML_RESOLVE_STYLE", "NO");
  CPLSetConfigOption("LIBKML_EXTERNAL_STYLE", "NO");
}

void deregister_network_drivers() {
  const CPLStringList names(CSLTokenizeString2(kSkipped, " ", 0));
  for (int i = 0; i < names.size(); ++i) {
    if (GDALDriverH driver = GDALGetDriverByName(names[i])) {
      GDALDeregisterDriver(driver);
      GDALDestroyDriver(driver);
    }
  }
}

const char* const* local_vector_drivers() {
  static const char* const drivers[] = {"ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "TopoJSON", "GPKG", "SQLite",
                                        "FlatGeobuf", "OpenFileGDB", "KML", "LIBKML", "GML", "GPX",
                                        "MapInfo File", "OGR_VRT", "Parquet", "Arrow", "CSV", nullptr};
  return drivers;
}

void check_vrt_sources(const char* path, int depth) {
  const std::string text = read_vrt_text(path);
  if (text.empty()) return;
  if (depth >= kMaxVrtDepth) {
    throw Error(std::string(path) + ": VRT files nest more than " + std::to_string(kMaxVrtDepth) +
                " deep; steppe stops there");
  }
  std::unique_ptr<CPLXMLNode, XmlDeleter> root(CPLParseXMLString(text.c_str()));
  if (!root) return; // the driver will report the broken XML
  check_texts(root.get(), path);
  check_sources(root.get(), path, depth);
}

} // namespace steppe::gdal
