// Annotations ([[view.annotation]]) in view and deck files: round trips, and
// every bad value refused with the file, line, view, field and a fix.
#include <catch2/catch.hpp>

#include <string>

#include "core/error.hpp"
#include "io/deck_file.hpp"
#include "io/view_file.hpp"

using namespace steppe;

namespace {

std::string error_of(const std::string& text, bool deck = false) {
  try {
    if (deck)
      (void)parse_deck_toml(text, "d.toml");
    else
      (void)parse_view_toml(text, "v.toml");
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

MapView annotated_view() {
  MapView v;
  v.title = "通辽市原煤产量";
  v.extent.region_code = "150500";
  Annotation callout;
  callout.kind = AnnotationKind::Callout;
  callout.at = {119.35, 45.55};
  callout.text = "霍林河 1590.92万吨\n\"quoted\" \\ back";
  Annotation arrow;
  arrow.kind = AnnotationKind::Arrow;
  arrow.at = {121.0, 44.0};
  arrow.to = {120.1, 44.9};
  Annotation text;
  text.kind = AnnotationKind::Text;
  text.at = {122.25, 43.6};
  text.text = "见图例 see the legend";
  v.annotations = {callout, arrow, text};
  return v;
}

} // namespace

TEST_CASE("annotations round-trip through a view file and a deck", "[view_file][annot]") {
  const MapView v = annotated_view();
  const std::string text = view_to_toml(v);
  CHECK_THAT(text, Catch::Contains("[[view.annotation]]\nkind = \"callout\"\nat = [119.35, 45.55]"));
  CHECK_THAT(text, Catch::Contains("kind = \"arrow\"\nat = [121.0, 44.0]  # lon, lat\nto = [120.1, 44.9]\n"));
  const MapView back = parse_view_toml(text, "v.toml");
  REQUIRE(back.annotations.size() == 3);
  CHECK(back.annotations == v.annotations);
  CHECK(same_view(back, v));

  Deck deck;
  deck.title = "d";
  deck.views = {v, MapView{}, v};
  deck.views[1].title = "no marks";
  const Deck again = parse_deck_toml(deck_to_toml(deck), "d.toml");
  CHECK(same_deck(again, deck));
  CHECK(again.views[1].annotations.empty());
  CHECK(again.views[2].annotations == v.annotations);
}

TEST_CASE("a view differs from one with other annotations", "[view_file][annot]") {
  MapView a = annotated_view(), b = annotated_view();
  b.annotations[0].at.x += 0.01;
  CHECK_FALSE(same_view(a, b));
  b = a;
  b.annotations.pop_back();
  CHECK_FALSE(same_view(a, b));
}

TEST_CASE("the inline-table form reads the same", "[view_file][annot]") {
  const MapView v = parse_view_toml(
      "[view]\nannotation = [{kind = \"text\", at = [111.7, 40.8], text = \"首府\"}]\n", "v.toml");
  REQUIRE(v.annotations.size() == 1);
  CHECK(v.annotations[0].kind == AnnotationKind::Text);
  CHECK(v.annotations[0].text == "首府");
}

TEST_CASE("bad annotations name the file, line, view, field and a fix", "[view_file][deck_file][annot]") {
  const std::string head = "[view]\n[[view.annotation]]\n";
  CHECK_THAT(error_of(head + "kind = \"bubble\"\nat = [120.0, 44.0]\ntext = \"x\"\n"),
             Catch::StartsWith("v.toml line 3: field 'view.annotation 1.kind': is \"bubble\"; use text, arrow or callout"));
  CHECK_THAT(error_of(head + "at = [120.0, 44.0]\ntext = \"x\"\n"),
             Catch::Contains("field 'view.annotation 1.kind': missing"));
  CHECK_THAT(error_of(head + "kind = \"text\"\ntext = \"x\"\n"), Catch::Contains("'view.annotation 1.at': missing"));
  CHECK_THAT(error_of(head + "kind = \"text\"\nat = [44.0]\ntext = \"x\"\n"),
             Catch::Contains("'view.annotation 1.at': must be two numbers, longitude then latitude"));
  CHECK_THAT(error_of(head + "kind = \"text\"\nat = [\"120\", 44.0]\ntext = \"x\"\n"),
             Catch::Contains("must be a number without quotes"));
  CHECK_THAT(error_of(head + "kind = \"text\"\nat = [44.0, 120.0]\ntext = \"x\"\n"),
             Catch::Contains("is outside the globe (longitude -180..180, latitude -90..90); give longitude first"));
  CHECK_THAT(error_of(head + "kind = \"text\"\nat = [120.0, nan]\ntext = \"x\"\n"),
             Catch::Contains("must be a finite number"));
  CHECK_THAT(error_of(head + "kind = \"callout\"\nat = [120.0, 44.0]\n"),
             Catch::Contains("'view.annotation 1.text': a callout needs text"));
  CHECK_THAT(error_of(head + "kind = \"arrow\"\nat = [120.0, 44.0]\n"),
             Catch::Contains("'view.annotation 1.to': an arrow needs its head"));
  CHECK_THAT(error_of(head + "kind = \"text\"\nat = [120.0, 44.0]\nto = [121.0, 44.0]\ntext = \"x\"\n"),
             Catch::Contains("only an arrow has a head"));
  CHECK_THAT(error_of(head + "kind = \"text\"\nat = [120.0, 44.0]\ntext = \"x\"\ncolour = \"red\"\n"),
             Catch::Contains("'view.annotation 1.colour': unknown field; the fields here are kind, at, to, text"));
  CHECK_THAT(error_of("[view]\nannotation = \"x\"\n"), Catch::Contains("write each annotation as [[view.annotation]]"));
  CHECK_THAT(error_of("[view]\nannotation = [1]\n"), Catch::Contains("'view.annotation 1': must be a table"));
  // In a deck: the view's number.
  CHECK_THAT(error_of("[[view]]\ntitle = \"a\"\n[[view]]\ntitle = \"b\"\n[[view.annotation]]\nkind = \"text\"\nat = [1.0, 2.0]\n",
                      true),
             Catch::StartsWith("d.toml line 5: field 'view 2.annotation 1.text': a text needs text"));
}

TEST_CASE("annotation texts are bounded and cleaned like other text fields", "[view_file][annot]") {
  std::string long_text(kMaxTextFieldChars + 1, 'x');
  CHECK_THAT(error_of("[view]\n[[view.annotation]]\nkind = \"text\"\nat = [120.0, 44.0]\ntext = \"" + long_text + "\"\n"),
             Catch::Contains("is 1001 characters long; a text field may be at most 1000"));
  const MapView v = parse_view_toml(
      "[view]\n[[view.annotation]]\nkind = \"text\"\nat = [120.0, 44.0]\ntext = \"a\\u001b[31mb\\nc\"\n", "v.toml");
  REQUIRE(v.annotations.size() == 1);
  CHECK(v.annotations[0].text == "a[31mb\nc"); // the escape removed, the line break kept

  std::string many = "[view]\n";
  for (std::size_t i = 0; i <= kMaxAnnotationsPerView; ++i) many += "[[view.annotation]]\nkind = \"text\"\nat = [120.0, 44.0]\ntext = \"x\"\n";
  CHECK_THAT(error_of(many), Catch::Contains("the view has 51 annotations; a view may have at most 50"));
}
