#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "io/indicator_csv.hpp"

using namespace steppe;
using Catch::Matchers::Contains;

TEST_CASE("CSV: plain, quoted, escaped and multi-line fields", "[indicator][csv]") {
  const auto t = parse_csv("code,name,quote\n"
                           "150526,扎鲁特旗,\"a, b\"\n"
                           "150581,\"霍林\"\"河\"\"\",\"line one\nline two\"\n"
                           "\n"
                           "150500,,\"\"\n",
                           "t.csv");
  REQUIRE(t.header == std::vector<std::string>{"code", "name", "quote"});
  REQUIRE(t.records.size() == 3);
  CHECK(t.records[0].fields == std::vector<std::string>{"150526", "扎鲁特旗", "a, b"});
  CHECK(t.records[0].line == 2);
  CHECK(t.records[1].fields == std::vector<std::string>{"150581", "霍林\"河\"", "line one\nline two"});
  CHECK(t.records[1].line == 3);
  // The quoted field spanned a line and one blank line was skipped.
  CHECK(t.records[2].line == 6);
  CHECK(t.records[2].fields == std::vector<std::string>{"150500", "", ""});
}

TEST_CASE("CSV: CRLF line ends, a BOM and a missing final newline", "[indicator][csv]") {
  const auto t = parse_csv("\xEF\xBB\xBF" "a,b\r\n1,2\r\n3,4", "t.csv");
  REQUIRE(t.header == std::vector<std::string>{"a", "b"});
  REQUIRE(t.records.size() == 2);
  CHECK(t.records[0].fields == std::vector<std::string>{"1", "2"});
  CHECK(t.records[1].fields == std::vector<std::string>{"3", "4"});
  CHECK(t.records[1].line == 3);
}

TEST_CASE("CSV: trailing empty field is kept", "[indicator][csv]") {
  const auto t = parse_csv("a,b,c\n1,,\n", "t.csv");
  REQUIRE(t.records.size() == 1);
  CHECK(t.records[0].fields == std::vector<std::string>{"1", "", ""});
}

TEST_CASE("CSV: malformed quoting names the file and line", "[indicator][csv]") {
  CHECK_THROWS_WITH(parse_csv("a,b\n1,\"open\n2,3\n", "bad.csv"),
                    Contains("bad.csv line 2") && Contains("never closed"));
  CHECK_THROWS_WITH(parse_csv("a,b\n1,2\n3,x\"y\n", "bad.csv"),
                    Contains("bad.csv line 3") && Contains("double quote inside an unquoted field"));
  CHECK_THROWS_WITH(parse_csv("a,b\n\"x\"y,2\n", "bad.csv"),
                    Contains("bad.csv line 2") && Contains("after a closing double quote"));
  CHECK_THROWS_WITH(parse_csv("", "empty.csv"), Contains("empty.csv") && Contains("header"));
}
