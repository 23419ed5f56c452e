// The presenter view's split and still parts (export/presenter_screen): the
// current slide large and the next small, both at the screen's aspect, the
// notes and the clock in boxes of their own, nothing overlapping, all on the
// screen; the notes are drawn (light ink on the dark ground) in their box.
#include <catch2/catch.hpp>

#include "export/presenter_screen.hpp"

using namespace steppe;

namespace {

bool overlap(const Box& a, const Box& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}
bool inside(const Box& a, int w, int h) { return a.x >= 0 && a.y >= 0 && a.right() <= w && a.bottom() <= h; }

// Pixels in `box` much lighter than the ground (text).
int light_pixels(const Image& img, const Box& box) {
  int n = 0;
  for (int y = static_cast<int>(box.y); y < static_cast<int>(box.bottom()); ++y)
    for (int x = static_cast<int>(box.x); x < static_cast<int>(box.right()); ++x)
      if (img.at(x, y).r > 150) ++n;
  return n;
}

} // namespace

TEST_CASE("the presenter view splits the screen: slide, next slide, notes, clock", "[presenter]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1366, 768}, std::pair{1440, 900}, std::pair{1024, 768}}) {
    INFO(w << "x" << h);
    const PresenterLayout l = presenter_layout(w, h);
    const double aspect = static_cast<double>(w) / h;
    for (const Box* b : {&l.header, &l.current, &l.next, &l.next_label, &l.notes, &l.clock}) {
      CHECK(inside(*b, w, h));
      CHECK(b->w > 0);
      CHECK(b->h > 0);
    }
    CHECK(l.current.w / l.current.h == Approx(aspect).epsilon(0.01));
    CHECK(l.next.w / l.next.h == Approx(aspect).epsilon(0.01));
    CHECK(l.current.w >= 0.55 * w);       // the slide is the large thing
    CHECK(l.next.w * l.next.h < 0.35 * l.current.w * l.current.h); // the next one is small
    CHECK(l.notes.h >= 0.2 * h);          // room for a paragraph
    const std::vector<const Box*> parts = {&l.header, &l.current, &l.next, &l.notes, &l.clock};
    for (std::size_t i = 0; i < parts.size(); ++i)
      for (std::size_t j = i + 1; j < parts.size(); ++j) CHECK_FALSE(overlap(*parts[i], *parts[j]));
  }
}

TEST_CASE("the presenter view's still parts show the notes; the last slide says the deck ends", "[presenter]") {
  const int w = 1280, h = 720;
  const PresenterLayout l = presenter_layout(w, h);
  PresenterText text;
  text.counter = "幻灯片 2 / 5 · Slide 2 of 5";
  text.title = "通辽市原煤产量";
  text.notes = "霍林河1590.92万吨，扎鲁特旗1035.54万吨。\nThe other banners have no figure in the source.";
  const Image with = render_presenter_screen(l, w, h, text, 1.0);
  REQUIRE(with.width == w);
  REQUIRE(with.height == h);
  CHECK(with.at(w / 2, h - 2).a == 255); // opaque ground
  Box notes_body = l.notes;
  notes_body.y += 40; // below the heading
  notes_body.h -= 40;
  const int inked = light_pixels(with, notes_body);
  text.notes.clear();
  const Image without = render_presenter_screen(l, w, h, text, 1.0);
  CHECK(inked > 500);
  CHECK(inked > 5 * light_pixels(without, notes_body));
  // The next box is left to the next slide, unless this is the last one.
  CHECK(light_pixels(with, l.next) == 0);
  text.last = true;
  CHECK(light_pixels(render_presenter_screen(l, w, h, text, 1.0), l.next) > 100);
}

TEST_CASE("the clock reads minutes and seconds, hours once past one", "[presenter]") {
  CHECK(format_elapsed(0) == "0:00");
  CHECK(format_elapsed(-3) == "0:00");
  CHECK(format_elapsed(59.9) == "0:59");
  CHECK(format_elapsed(245) == "4:05");
  CHECK(format_elapsed(3729) == "1:02:09");
}
