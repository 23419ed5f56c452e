#include <catch2/catch.hpp>

#include <filesystem>

#include "core/error.hpp"
#include "io/deck_file.hpp"

namespace fs = std::filesystem;
using namespace steppe;

namespace {

Deck sample_deck() {
  Deck d;
  d.title = "内蒙古经济简报 / \"Briefing\"";
  d.credits = "审图号：蒙S(2023)001号";
  d.labels = ViewLabels::Both;
  d.theme = PageTheme::Projector;
  MapView a;
  a.title = "通辽市原煤产量（按旗县）";
  a.subtitle = "2025年1-7月\tline";
  a.notes = "第一行\n第二行 with \\ backslash";
  a.indicator = "tongliao_raw_coal_output_2025_01_07";
  a.extent.region_code = "150500";
  a.selection = {"150581", "150526"};
  a.classification.method = ClassMethod::Manual;
  a.classification.manual_breaks = {1100.0, 1500.25, 0.1 + 0.2};
  a.classification.manual_breaks = {0.1 + 0.2, 1100.0, 1500.25};
  a.classification.palette = "YlOrBr";
  a.classification.reversed = true;
  MapView b;
  b.title = "Overview";
  b.extent.lonlat = Bounds{97.2, 37.4, 126.07, 53.33};
  b.labels = ViewLabels::None;
  MapView c; // the whole atlas, no indicator: every 算力 figure (core/topic_map)
  c.topic = "算力,智算";
  MapView e;
  e.indicator = "gdp_league_2024_h1";
  e.classification.method = ClassMethod::Quantile;
  e.classification.classes = 9;
  d.views = {a, b, c, e};
  return d;
}

ViewChecks checks() {
  ViewChecks c;
  c.indicator_ids = {"gdp_league_2024_h1", "tongliao_raw_coal_output_2025_01_07"};
  c.region_codes = {"150000", "150100", "150500", "150526", "150581"};
  return c;
}

std::string error_of(const std::string& text) {
  try {
    parse_deck_toml(text, "talk.toml", checks());
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("a deck saved and loaded gives the same views, Chinese and escapes included", "[deck_file]") {
  const Deck deck = sample_deck();
  const fs::path dir = fs::path(STEPPE_TEST_OUTPUT_DIR) / "deck_file";
  fs::create_directories(dir);
  const fs::path file = dir / "roundtrip.toml";
  write_deck_file(file, deck);
  const Deck back = read_deck_file(file, checks());
  REQUIRE(back.views.size() == 4);
  CHECK(back.title == deck.title);
  CHECK(back.theme == PageTheme::Projector);
  CHECK(back.views[0].title == "通辽市原煤产量（按旗县）");
  CHECK(back.views[0].notes == deck.views[0].notes);
  CHECK(back.views[0].classification.manual_breaks[0] == 0.1 + 0.2); // exact, not 0.3
  CHECK(back.views[1].extent.lonlat->max_x == 126.07);
  CHECK(back.views[2].extent.whole_atlas());
  CHECK(back.views[2].topic == "算力,智算");
  CHECK(same_deck(back, deck));
  // Saving what was loaded gives the same bytes (stable, diff-friendly files).
  CHECK(deck_to_toml(back) == deck_to_toml(deck));
}

TEST_CASE("the shipped briefing deck loads against the real indicators and atlas codes", "[deck_file]") {
  ViewChecks c = builtin_view_checks({"150000", "150100", "150200", "150500", "150526", "150581"});
  CHECK(c.indicator_ids.size() > 100);
  const Deck deck = read_deck_file(builtin_deck_dir() / "briefing.toml", c);
  REQUIRE(deck.views.size() == 5);
  CHECK(deck.views[1].indicator == "tongliao_raw_coal_output_2025_01_07");
  CHECK(deck.views[3].indicator == "park_revenue_point_2024"); // a point layer
  CHECK(deck.views[1].extent.region_code == "150500");
  // Every view has presenter notes, within the text-field limit.
  for (const MapView& v : deck.views) {
    CHECK_FALSE(v.notes.empty());
    CHECK(v.notes.size() <= kMaxTextFieldChars * 4);
  }
}

TEST_CASE("a view's locator = true switches the locator inset on, saved and read back", "[deck_file][locator]") {
  const Deck deck = parse_deck_toml("[[view]]\ntitle = \"a\"\nlocator = true\n\n[[view]]\ntitle = \"b\"\n"
                                    "locator = false\n\n[[view]]\ntitle = \"c\"\n",
                                    "talk.toml");
  REQUIRE(deck.views.size() == 3);
  CHECK(deck.views[0].locator);
  CHECK_FALSE(deck.views[1].locator);
  CHECK_FALSE(deck.views[2].locator); // off unless asked for
  const std::string saved = deck_to_toml(deck);
  CHECK_THAT(saved, Catch::Contains("locator = true"));
  CHECK_THAT(saved, !Catch::Contains("locator = false"));
  const Deck back = parse_deck_toml(saved, "saved.toml");
  CHECK(same_deck(back, deck));
  CHECK(back.views[0].locator);
  MapView other = deck.views[0];
  other.locator = false;
  CHECK_FALSE(same_view(other, deck.views[0]));
  // The shipped briefing's overview slide shows it; the others do not.
  const Deck briefing = read_deck_file(builtin_deck_dir() / "briefing.toml");
  REQUIRE(briefing.views.size() == 5);
  CHECK(briefing.views[0].locator);
  for (std::size_t i = 1; i < briefing.views.size(); ++i) CHECK_FALSE(briefing.views[i].locator);
}

TEST_CASE("malformed decks name the file, the line and the field", "[deck_file]") {
  SECTION("locator must be true or false") {
    CHECK_THAT(error_of("[[view]]\ntitle = \"a\"\nlocator = \"x\"\n"),
               Catch::StartsWith("talk.toml line 3: field 'view 1.locator'") && Catch::Contains("true or false"));
    CHECK_THAT(error_of("[[view]]\nlocator = 1\n"),
               Catch::StartsWith("talk.toml line 2: field 'view 1.locator'"));
  }
  SECTION("syntax") {
    CHECK_THAT(error_of("[deck]\ntitle = \"x\"\n\n[[view]]\ntitle = \"unterminated\n"),
               Catch::StartsWith("talk.toml line 5: not valid TOML"));
  }
  SECTION("unknown indicator points to `steppe indicators`") {
    const std::string e = error_of("[deck]\ntitle = \"x\"\n\n[[view]]\n\n[[view]]\nindicator = \"coal\"\n");
    CHECK_THAT(e, Catch::StartsWith("talk.toml line 7: field 'view 2.indicator'"));
    CHECK_THAT(e, Catch::Contains("steppe indicators"));
  }
  SECTION("a view maps one indicator or one topic, and a topic has words") {
    CHECK_THAT(error_of("[[view]]\nindicator = \"gdp_league_2024_h1\"\ntopic = \"算力\"\n"),
               Catch::StartsWith("talk.toml line 3: field 'view 1.topic'") && Catch::Contains("one indicator or one topic"));
    CHECK_THAT(error_of("[[view]]\ntopic = \" , \"\n"),
               Catch::StartsWith("talk.toml line 2: field 'view 1.topic'") && Catch::Contains("is empty"));
  }
  SECTION("unknown region points to `steppe info --find`") {
    const std::string e = error_of("[[view]]\nregion = \"150599\"\n");
    CHECK_THAT(e, Catch::StartsWith("talk.toml line 2: field 'view 1.region'"));
    CHECK_THAT(e, Catch::Contains("steppe info --find"));
  }
  SECTION("unknown selection code") {
    CHECK_THAT(error_of("[[view]]\nselection = [\"150500\", \"999999\"]\n"),
               Catch::StartsWith("talk.toml line 2: field 'view 1.selection'") && Catch::Contains("999999"));
  }
  SECTION("bad classification method lists the valid ones") {
    const std::string e = error_of("[[view]]\nindicator = \"gdp_league_2024_h1\"\n[view.classification]\n"
                                   "method = \"kmeans\"\n");
    CHECK_THAT(e, Catch::StartsWith("talk.toml line 4: field 'view 1.classification.method'"));
    CHECK_THAT(e, Catch::Contains("equal-interval, quantile, natural-breaks, stddev, manual"));
  }
  SECTION("classes outside 2-9") {
    CHECK_THAT(error_of("[[view]]\nindicator = \"gdp_league_2024_h1\"\n[view.classification]\nclasses = 12\n"),
               Catch::StartsWith("talk.toml line 4: field 'view 1.classification.classes'") &&
                   Catch::Contains("outside 2-9"));
    CHECK_THAT(error_of("[[view]]\nindicator = \"gdp_league_2024_h1\"\n[view.classification]\nclasses = 1\n"),
               Catch::Contains("outside 2-9"));
  }
  SECTION("manual breaks must increase") {
    CHECK_THAT(error_of("[[view]]\nindicator = \"gdp_league_2024_h1\"\n[view.classification]\nmethod = \"manual\"\n"
                        "breaks = [5.0, 2.0]\n"),
               Catch::StartsWith("talk.toml line 5: field 'view 1.classification.breaks'"));
  }
  SECTION("unknown palette lists the schemes") {
    CHECK_THAT(error_of("[[view]]\nindicator = \"gdp_league_2024_h1\"\n[view.classification]\npalette = \"Rainbow\"\n"),
               Catch::Contains("'view 1.classification.palette'") && Catch::Contains("YlOrBr"));
  }
  SECTION("a typo in a field name is not silently ignored") {
    CHECK_THAT(error_of("[[view]]\ntitel = \"x\"\n"),
               Catch::StartsWith("talk.toml line 2: field 'view 1.titel': unknown field"));
  }
  SECTION("box needs four ordered numbers") {
    CHECK_THAT(error_of("[[view]]\nbox = [123.0, 42.0, 119.0, 45.0]\n"),
               Catch::StartsWith("talk.toml line 2: field 'view 1.box'"));
    CHECK_THAT(error_of("[[view]]\nbox = [1.0, 2.0]\n"), Catch::Contains("four numbers"));
  }
  SECTION("labels") {
    CHECK_THAT(error_of("[deck]\nlabels = \"fr\"\n[[view]]\n"),
               Catch::StartsWith("talk.toml line 2: field 'deck.labels'") && Catch::Contains("zh, en, both or none"));
  }
  SECTION("theme") {
    CHECK_THAT(error_of("[deck]\ntheme = \"beamer\"\n[[view]]\n"),
               Catch::StartsWith("talk.toml line 2: field 'deck.theme'") && Catch::Contains("standard or projector"));
    CHECK(parse_deck_toml("[deck]\ntheme = \"Projector\"\n[[view]]\n", "t.toml").theme == PageTheme::Projector);
    CHECK(parse_deck_toml("[[view]]\n", "t.toml").theme == PageTheme::Standard);
  }
  SECTION("no views") {
    CHECK_THAT(error_of("[deck]\ntitle = \"empty\"\n"), Catch::Contains("no views"));
    CHECK_THAT(error_of("[view]\ntitle = \"one\"\n"), Catch::Contains("[[view]]"));
  }
}

TEST_CASE("reading a missing deck names the file", "[deck_file]") {
  CHECK_THROWS_WITH(read_deck_file("/nonexistent/talk.toml"), Catch::Contains("/nonexistent/talk.toml"));
}
