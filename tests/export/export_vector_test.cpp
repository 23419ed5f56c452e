#include <catch2/catch.hpp>

#include <cpl_minixml.h>

#include <fstream>
#include <iterator>
#include <memory>

#include "export_fixture.hpp"

using namespace steppe;

namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct XmlDeleter {
  void operator()(CPLXMLNode* n) const { CPLDestroyXMLNode(n); }
};

// Text content of every <text> element in the tree.
void collect_text(const CPLXMLNode* node, std::vector<std::string>& out) {
  for (; node != nullptr; node = node->psNext) {
    if (node->eType == CXT_Element && std::string(node->pszValue) == "text") {
      for (const CPLXMLNode* c = node->psChild; c != nullptr; c = c->psNext) {
        if (c->eType == CXT_Text) out.emplace_back(c->pszValue);
      }
    }
    collect_text(node->psChild, out);
  }
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

} // namespace

TEST_CASE("SVG export parses and carries the Chinese names as text", "[export][svg]") {
  test::ExportFixture fx;
  const std::filesystem::path out = test::export_output("map.svg");
  ExportOptions o = fx.options(out, 1123, 794, 96);
  const ExportResult r = export_map(o, fx.scene);
  CHECK(r.width_pt == Approx(1123 * 0.75));
  const std::string svg = read_all(out);
  const std::unique_ptr<CPLXMLNode, XmlDeleter> doc(CPLParseXMLString(svg.c_str()));
  REQUIRE(doc != nullptr);
  std::vector<std::string> texts;
  collect_text(doc.get(), texts);
  const auto has = [&](const std::string& name) { return std::find(texts.begin(), texts.end(), name) != texts.end(); };
  CHECK(has("锡林郭勒盟"));
  CHECK(has("呼伦贝尔市"));
  CHECK(has("阿拉善盟"));
  CHECK(svg.find("<title>内蒙古自治区 测试地图</title>") != std::string::npos);
  // Regions are paths, not triangles: no more paths than a few per region.
  CHECK(count(svg, "<path") < 2000);
  // The no-data hatch is a pattern.
  CHECK(svg.find("<pattern") != std::string::npos);
}

TEST_CASE("PDF export: one page of the asked size with embedded fonts", "[export][pdf]") {
  test::ExportFixture fx;
  const std::filesystem::path out = test::export_output("map.pdf");
  ExportOptions o = fx.options(out, 0, 0, 300);
  o.physical = parse_physical_size("297x210mm");
  const ExportResult r = export_map(o, fx.scene);
  CHECK(r.width_px == 3508);
  CHECK(r.width_pt == Approx(297 / 25.4 * 72).epsilon(0.001));
  const std::string pdf = read_all(out);
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  // (No std::regex: GCC 12 -Wmaybe-uninitialized fires inside it under ASan.)
  std::size_t pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
       at = pdf.find("/Type /Page", at + 1)) {
    if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
  }
  CHECK(pages == 1);
  CHECK(pdf.find("/MediaBox [ 0 0 841.9") != std::string::npos); // 297 mm = 841.89 pt
  CHECK((pdf.find("/FontFile2") != std::string::npos || pdf.find("/FontFile3") != std::string::npos));
  CHECK(pdf.find("Noto") != std::string::npos);
}
