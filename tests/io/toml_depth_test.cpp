#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "core/error.hpp"
#include "io/deck_file.hpp"
#include "io/toml_depth.hpp"
#include "io/view_file.hpp"

using namespace steppe;

namespace {

// "a.a.a…" with `parts` parts (the 40,000-part key of issue 16 is 80 KB).
std::string dotted(int parts) {
  std::string s = "a";
  for (int i = 1; i < parts; ++i) s += ".a";
  return s;
}

std::string message_of(const std::string& text) {
  try {
    check_toml_depth(text, "deep.toml");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("a 40,000-part table header is refused before toml++ sees it", "[toml_depth]") {
  const std::string text = "title = \"x\"\n[" + dotted(40000) + "]\nx = 1\n";
  const auto start = std::chrono::steady_clock::now();
  const std::string msg = message_of(text);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
  CHECK(msg.find("deep.toml line 2") != std::string::npos);
  CHECK(msg.find("table header") != std::string::npos);
  CHECK(msg.find("32 levels") != std::string::npos);
  // Through the deck and view readers too (no stack overflow).
  CHECK_THROWS_WITH(parse_deck_toml(text, "deck.toml"), Catch::Contains("deck.toml line 2") && Catch::Contains("32 levels"));
  CHECK_THROWS_WITH(parse_view_toml("[[" + dotted(40000) + "]]\n", "v.toml"), Catch::Contains("32 levels"));
}

TEST_CASE("a 40,000-part dotted key is refused", "[toml_depth]") {
  const std::string msg = message_of("[deck]\n\n" + dotted(40000) + " = 1\n");
  CHECK(msg.find("deep.toml line 3") != std::string::npos);
  CHECK(msg.find("dotted key") != std::string::npos);
  // Inside an inline table as well.
  CHECK(message_of("x = { " + dotted(40000) + " = 1 }\n").find("dotted key") != std::string::npos);
}

TEST_CASE("deeply nested arrays and inline tables are refused", "[toml_depth]") {
  CHECK(message_of("x = " + std::string(40000, '[') + std::string(40000, ']') + "\n").find("nested arrays") !=
        std::string::npos);
  std::string inline_tables = "x = ";
  for (int i = 0; i < 20000; ++i) inline_tables += "{a = ";
  inline_tables += "1" + std::string(20000, '}');
  CHECK(message_of(inline_tables).find("32 levels") != std::string::npos);
  // Header depth and key depth add up: [a.…20 parts] then a 20-part key.
  CHECK(message_of("[" + dotted(20) + "]\n" + dotted(20) + " = 1\n").find("dotted key") != std::string::npos);
}

TEST_CASE("ordinary TOML passes the depth check untouched", "[toml_depth]") {
  CHECK(message_of("[" + dotted(32) + "]\n").empty());
  CHECK(message_of(dotted(32) + " = 1\n").empty());
  // Dots and brackets in strings, comments and numbers are not nesting.
  CHECK(message_of("title = \"" + dotted(500) + "[[[{{{\"\n"
                   "note = '''" + dotted(500) + "\n" + dotted(500) + "'''\n"
                   "# " + dotted(500) + "\n"
                   "x = 1.5\ny = [1.5, 2.5, {a.b = 3.25}]\n"
                   "\"" + dotted(100) + "\".b = 1\n")
            .empty());
  // A real deck reads as before.
  const std::string deck = "[deck]\ntitle = \"t\"\n[[view]]\ntitle = \"a.b.c\"\nindicator = \"x\"\n"
                           "[view.classification]\nmethod = \"manual\"\nbreaks = [1.5, 2.5]\n";
  CHECK(parse_deck_toml(deck, "d.toml").views.size() == 1);
}

TEST_CASE("decks are capped in views and text length", "[toml_depth][limits]") {
  std::string many = "[deck]\ntitle = \"t\"\n";
  for (std::size_t i = 0; i <= kMaxDeckViews; ++i) many += "[[view]]\n";
  CHECK_THROWS_WITH(parse_deck_toml(many, "many.toml"),
                    Catch::Contains("101 views") && Catch::Contains("at most 100"));
  const std::string long_title = "[deck]\ntitle = \"" + std::string(100000, 'x') + "\"\n[[view]]\n";
  CHECK_THROWS_WITH(parse_deck_toml(long_title, "long.toml"),
                    Catch::Contains("long.toml line 2") && Catch::Contains("100000 characters") &&
                        Catch::Contains("at most 1000"));
  // Control characters in strings are removed (they would break SVG and terminals).
  const Deck d = parse_deck_toml("[deck]\ntitle = \"a\\u001b[31mb\\u0007c\\td\"\n[[view]]\n", "c.toml");
  CHECK(d.title == "a[31mbc\td");
}
