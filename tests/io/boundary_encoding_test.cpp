#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "io/text_encoding.hpp"

using namespace steppe;

namespace {
// 霍林郭勒市 in GBK (CP936), as a 2000s-era .dbf stores it.
const std::string kHolingolGbk = "\xbb\xf4\xc1\xd6\xb9\xf9\xc0\xd5\xca\xd0";
} // namespace

TEST_CASE("UTF-8 validation rejects GBK bytes and malformed sequences", "[encoding]") {
  CHECK(is_valid_utf8("霍林郭勒市"));
  CHECK(is_valid_utf8("Holingol 150581"));
  CHECK(is_valid_utf8(""));
  CHECK_FALSE(is_valid_utf8(kHolingolGbk));
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));         // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));     // UTF-16 surrogate
  CHECK_FALSE(is_valid_utf8("\xe9\x9c"));         // truncated 霍
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80")); // above U+10FFFF
}

TEST_CASE("GBK text converts to the right Chinese; bad names say what to give", "[encoding]") {
  CHECK(to_utf8(kHolingolGbk, "GBK") == std::optional<std::string>("霍林郭勒市"));
  CHECK(to_utf8(kHolingolGbk, "CP936") == std::optional<std::string>("霍林郭勒市"));
  CHECK_FALSE(to_utf8(kHolingolGbk, "UTF-8").has_value());
  CHECK_FALSE(to_utf8("\xbb", "GBK").has_value()); // a lead byte without its trail byte
  CHECK_THROWS_WITH(to_utf8("x", "NO-SUCH-CODEPAGE"),
                    Catch::Contains("NO-SUCH-CODEPAGE") && Catch::Contains("GBK"));
}

TEST_CASE("encoding choice: user first, then UTF-8, then GBK", "[encoding]") {
  auto utf8 = choose_encoding({"呼和浩特市", "Hohhot"}, "");
  REQUIRE(utf8);
  CHECK(utf8->encoding == "UTF-8");
  CHECK_FALSE(utf8->detected);
  auto gbk = choose_encoding({kHolingolGbk, "150581"}, "");
  REQUIRE(gbk);
  CHECK(gbk->encoding == "GBK");
  CHECK(gbk->detected);
  auto given = choose_encoding({kHolingolGbk}, "GB18030");
  REQUIRE(given);
  CHECK(given->encoding == "GB18030");
  CHECK_FALSE(given->detected);
  CHECK_FALSE(choose_encoding({"\xbb"}, "").has_value()); // neither UTF-8 nor GBK
}
