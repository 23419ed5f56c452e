#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/error.hpp"
#include "core/table_join.hpp"
#include "io/table_reader.hpp"

using namespace steppe;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "table_reader";
  fs::create_directories(dir);
  return dir;
}

fs::path write_file(const std::string& name, const std::string& bytes) {
  const fs::path p = temp_dir() / name;
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
  return p;
}

std::string to_gbk(const std::string& utf8) {
  char* recoded = CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "GB18030");
  std::string out(recoded);
  CPLFree(recoded);
  return out;
}

const std::string kLeagueCsv =
    "地区,产量,备注\n"
    "呼和浩特市,\"1,035.54\",\n"
    "包头,2633.98,suffix dropped\n"
    "北京市,10,not in Inner Mongolia\n"
    "赤峰市,500,\n"
    "赤峰,501,duplicate\n"
    "乌海市,约300,text\n"
    "通辽市,—,missing\n";

NameMatcher leagues() {
  return NameMatcher({
      {"150100", "呼和浩特市", "Hohhot"},  {"150200", "包头市", "Baotou"},
      {"150300", "乌海市", "Wuhai"},       {"150400", "赤峰市", "Chifeng"},
      {"150500", "通辽市", "Tongliao"},    {"150600", "鄂尔多斯市", "Ordos"},
      {"150700", "呼伦贝尔市", "Hulunbuir"}, {"150800", "巴彦淖尔市", "Bayannur"},
      {"150900", "乌兰察布市", "Ulanqab"}, {"152200", "兴安盟", "Hinggan League"},
      {"152500", "锡林郭勒盟", "Xilingol League"}, {"152900", "阿拉善盟", "Alxa League"},
  });
}

void check_league_join(const Table& t) {
  REQUIRE(t.columns.size() == 3);
  CHECK(t.columns[0] == "地区");
  CHECK(t.columns[1] == "产量");
  const NameMatcher m = leagues();
  const JoinReport r = join_table(t.join_rows("地区", "产量"), m, "产量");
  INFO(r.text(m));
  REQUIRE(r.unknown_keys.size() == 1);
  CHECK(r.unknown_keys[0].key == "北京市");
  CHECK(r.unknown_keys[0].row_number == 4);
  REQUIRE(r.duplicates.size() == 1);
  CHECK(r.duplicates[0].region == 3);
  CHECK(r.duplicates[0].row_numbers == std::vector<std::size_t>{5, 6});
  REQUIRE(r.non_numeric.size() == 1);
  CHECK(r.non_numeric[0].row_number == 7);
  CHECK(r.non_numeric[0].text == "约300");
  REQUIRE(r.missing_values.size() == 1);
  CHECK(r.missing_values[0].row_number == 8);
  CHECK(r.region_values[0] == Approx(1035.54));
  CHECK(r.region_values[1] == Approx(2633.98)); // 包头 -> 包头市
  CHECK(std::isnan(r.region_values[2]));        // 约300
  CHECK(std::isnan(r.region_values[3]));        // two rows for 赤峰市
  CHECK(std::isnan(r.region_values[4]));        // —
  CHECK(r.regions_without_row.size() == 7);
}

} // namespace

TEST_CASE("CSV in UTF-8, all cells as text", "[table_reader]") {
  const Table t = read_table(write_file("leagues_utf8.csv", kLeagueCsv));
  CHECK(t.encoding == "UTF-8");
  REQUIRE(t.rows.size() == 7);
  CHECK(t.rows[0][1] == "1,035.54"); // not parsed, not reformatted
  CHECK(t.rows[1][1] == "2633.98");
  CHECK(t.row_numbers.front() == 2);
  CHECK(t.row_numbers.back() == 8);
  check_league_join(t);
}

TEST_CASE("CSV in UTF-8 with BOM", "[table_reader]") {
  const Table t = read_table(write_file("leagues_bom.csv", "\xEF\xBB\xBF" + kLeagueCsv));
  CHECK(t.encoding == "UTF-8 with BOM");
  CHECK(t.columns[0] == "地区"); // no BOM glued to the first column name
  check_league_join(t);
}

TEST_CASE("CSV in GBK, detected or declared", "[table_reader]") {
  const std::string gbk = to_gbk(kLeagueCsv);
  REQUIRE(gbk.substr(0, 4) == "\xB5\xD8\xC7\xF8"); // 地区 in GBK
  const fs::path p = write_file("leagues_gbk.csv", gbk);
  const Table detected = read_table(p);
  CHECK(detected.encoding == "GBK");
  check_league_join(detected);

  TableReadOptions gbk_opt;
  gbk_opt.encoding = TableEncoding::Gbk;
  CHECK(read_table(p, gbk_opt).rows[1][0] == "包头");

  TableReadOptions utf8_opt;
  utf8_opt.encoding = TableEncoding::Utf8;
  CHECK_THROWS_WITH(read_table(p, utf8_opt),
                    Catch::Contains("leagues_gbk.csv") && Catch::Contains("not valid UTF-8") &&
                        Catch::Contains("GBK"));
}

TEST_CASE("CSV row numbers follow the file's lines", "[table_reader]") {
  const Table t = read_table(write_file("lines.csv",
                                        "地区,产量\r\n"
                                        "包头市,1\r\n"
                                        "\r\n"                      // blank line 3
                                        "\"赤峰\n市\",2\r\n"        // record over lines 4-5
                                        ",\r\n"                     // empty cells, line 6
                                        "乌海市,3\r\n"));          // line 7
  REQUIRE(t.rows.size() == 3);
  CHECK(t.row_numbers == std::vector<std::size_t>{2, 4, 7});
  CHECK(t.rows[1][0] == "赤峰\n市");
  CHECK(t.rows[2][1] == "3");
}

TEST_CASE("parse_table_encoding", "[table_reader]") {
  CHECK(parse_table_encoding("GBK") == TableEncoding::Gbk);
  CHECK(parse_table_encoding("gb18030") == TableEncoding::Gbk);
  CHECK(parse_table_encoding("UTF-8") == TableEncoding::Utf8);
  CHECK(parse_table_encoding("auto") == TableEncoding::Auto);
  CHECK_FALSE(parse_table_encoding("latin1").has_value());
}

namespace {

// Writes the league table through GDAL's spreadsheet driver `driver`, with a
// blank spreadsheet row between 赤峰市 and 赤峰 and a numeric (Real) column.
fs::path write_spreadsheet(const char* driver, const std::string& name) {
  GDALAllRegister();
  const fs::path p = temp_dir() / name;
  fs::remove(p);
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driver);
  REQUIRE(drv != nullptr);
  GDALDatasetUniquePtr ds(drv->Create(p.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  REQUIRE(ds != nullptr);
  OGRLayer* layer = ds->CreateLayer("数据", nullptr, wkbNone, nullptr);
  REQUIRE(layer != nullptr);
  OGRFieldDefn key("地区", OFTString), value("产量", OFTString), note("备注", OFTString),
      people("人口", OFTReal);
  REQUIRE(layer->CreateField(&key) == OGRERR_NONE);
  REQUIRE(layer->CreateField(&value) == OGRERR_NONE);
  REQUIRE(layer->CreateField(&note) == OGRERR_NONE);
  REQUIRE(layer->CreateField(&people) == OGRERR_NONE);
  const std::vector<std::vector<std::string>> rows{
      {"呼和浩特市", "1,035.54", ""}, {"包头", "2633.98", "suffix dropped"},
      {"北京市", "10", ""},           {"赤峰市", "500", ""},
      {"", "", ""},                   {"赤峰", "501", "duplicate"},
      {"乌海市", "约300", ""},        {"通辽市", "—", ""}};
  for (const auto& r : rows) {
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    for (int i = 0; i < 3; ++i) {
      if (!r[static_cast<std::size_t>(i)].empty()) f->SetField(i, r[static_cast<std::size_t>(i)].c_str());
    }
    if (!r[0].empty()) f->SetField(3, 2633.98);
    REQUIRE(layer->CreateFeature(f.get()) == OGRERR_NONE);
  }
  return p;
}

void check_spreadsheet(const Table& t) {
  CHECK(t.sheet == "数据");
  REQUIRE(t.columns.size() == 4);
  CHECK(t.columns[3] == "人口");
  REQUIRE(t.rows.size() == 7);
  // Spreadsheet rows: header 1, data 2..5, blank 6, data 7..9.
  CHECK(t.row_numbers == std::vector<std::size_t>{2, 3, 4, 5, 7, 8, 9});
  CHECK(t.rows[0][1] == "1,035.54");
  CHECK(t.rows[0][3] == "2633.98"); // a numeric cell read as text
  const NameMatcher m = leagues();
  const JoinReport r = join_table(t.join_rows("地区", "产量"), m, "产量");
  INFO(r.text(m));
  CHECK(r.unknown_keys.size() == 1);
  REQUIRE(r.duplicates.size() == 1);
  CHECK(r.duplicates[0].row_numbers == std::vector<std::size_t>{5, 7});
  REQUIRE(r.non_numeric.size() == 1);
  CHECK(r.non_numeric[0].row_number == 8);
  CHECK(r.region_values[1] == Approx(2633.98));
  CHECK(std::isnan(r.region_values[4]));
}

} // namespace

TEST_CASE("XLSX written by GDAL reads back as text", "[table_reader]") {
  const fs::path p = write_spreadsheet("XLSX", "leagues.xlsx");
  check_spreadsheet(read_table(p));
  TableReadOptions opt;
  opt.sheet = "数据";
  CHECK(read_table(p, opt).rows.size() == 7);
  opt.sheet = "Sheet9";
  CHECK_THROWS_WITH(read_table(p, opt), Catch::Contains("Sheet9") && Catch::Contains("数据") &&
                                            Catch::Contains("leagues.xlsx"));
}

TEST_CASE("ODS written by GDAL reads back as text", "[table_reader]") {
  check_spreadsheet(read_table(write_spreadsheet("ODS", "leagues.ods")));
}

TEST_CASE("table errors name the file and what to do", "[table_reader]") {
  CHECK_THROWS_WITH(read_table(temp_dir() / "nope.csv"),
                    Catch::Contains("nope.csv") && Catch::Contains("does not exist"));
  CHECK_THROWS_WITH(read_table(write_file("old.xls", "x")),
                    Catch::Contains("old.xls") && Catch::Contains(".xlsx"));
  CHECK_THROWS_WITH(read_table(write_file("table.doc", "x")),
                    Catch::Contains("unsupported") && Catch::Contains(".csv"));
  CHECK_THROWS_WITH(read_table(write_file("empty.csv", "\n\n")), Catch::Contains("empty"));
  CHECK_THROWS_WITH(read_table(write_file("broken.xlsx", "not a zip")),
                    Catch::Contains("broken.xlsx") && Catch::Contains("XLSX"));

  const Table t = read_table(write_file("cols.csv", "地区,产量\n包头市,1\n"));
  CHECK(t.column_index("产量") == 1);
  CHECK(t.column_index(" 产量 ") == 1); // stray spaces, as typed on a command line
  CHECK_THROWS_WITH(t.column_index("产值"),
                    Catch::Contains("产值") && Catch::Contains("cols.csv") &&
                        Catch::Contains("'地区', '产量'"));
  CHECK_THROWS_AS(t.join_rows("地区", "value"), Error);
}

TEST_CASE("a title and notes above the header are skipped", "[table_reader]") {
  const Table t = read_table(write_file("titled.csv",
                                        "2020年各旗县区常住人口,\n"
                                        "单位：人,\n"
                                        "地区,常住人口\n"
                                        "新城区,699672\n"
                                        "回民区,436042\n"));
  REQUIRE(t.columns.size() == 2);
  CHECK(t.columns[0] == "地区");
  CHECK(t.header_row == 3);
  REQUIRE(t.title_lines.size() == 2);
  CHECK(t.title_lines[0] == "2020年各旗县区常住人口");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.row_numbers.front() == 4); // as the spreadsheet numbers it
  CHECK(t.rows.front()[1] == "699672");

  // A header with one empty cell above data rows is still the header.
  const Table u = read_table(write_file("half_header.csv", "地区,\n新城区,1\n回民区,2\n"));
  CHECK(u.header_row == 1);
  CHECK(u.title_lines.empty());
  CHECK(u.rows.size() == 2);
}
