#include "io/deck_file.hpp"

#include <cstdlib>
#include <sstream>

#include "core/error.hpp"
#include "io/atomic_write.hpp"
#include "io/shipped_data.hpp"
#include "io/view_toml.hpp"

namespace steppe {

std::string deck_to_toml(const Deck& deck) {
  std::ostringstream o;
  o << "# steppe deck: one [[view]] per slide, in order (format: decks/README.md)\n\n[deck]\n";
  o << "title = " << view_toml::quote(deck.title) << "\n";
  if (!deck.credits.empty()) o << "credits = " << view_toml::quote(deck.credits) << "\n";
  o << "labels = " << view_toml::quote(to_string(deck.labels)) << "\n";
  if (deck.theme != PageTheme::Standard) o << "theme = " << view_toml::quote(to_string(deck.theme)) << "\n";
  for (const MapView& v : deck.views) o << "\n[[view]]\n" << view_toml::write_view_body(v, "view");
  return o.str();
}

Deck parse_deck_toml(const std::string& text, const std::string& label, const ViewChecks& checks) {
  const toml::table root = view_toml::parse(text, label);
  const view_toml::Source s{label, &checks};
  s.only_keys(root, "", {"deck", "view"});
  Deck deck;
  if (const toml::node* node = root.get("deck")) {
    const toml::table* t = node->as_table();
    if (t == nullptr) s.fail(node, "deck", "must be a table: write [deck] on its own line");
    s.only_keys(*t, "deck.", {"title", "credits", "labels", "theme"});
    deck.title = s.str(*t, "title", "deck.title");
    deck.credits = s.str(*t, "credits", "deck.credits");
    if (const toml::node* l = t->get("labels")) {
      const std::string value = s.str(*t, "labels", "deck.labels");
      const auto parsed = parse_view_labels(value);
      if (!parsed) s.fail(l, "deck.labels", "is \"" + value + "\"; use zh, en, both or none");
      deck.labels = *parsed;
    }
    if (const toml::node* th = t->get("theme")) {
      const std::string value = s.str(*t, "theme", "deck.theme");
      const auto parsed = parse_page_theme(value);
      if (!parsed) s.fail(th, "deck.theme", "is \"" + value + "\"; use standard or projector");
      deck.theme = *parsed;
    }
  }
  const toml::node* views = root.get("view");
  if (views == nullptr) s.fail(nullptr, "view", "the deck has no views; add one [[view]] table per slide");
  const toml::array* list = views->as_array();
  if (list == nullptr || !list->is_array_of_tables()) {
    s.fail(views, "view", "write each view as [[view]] (double brackets), one per slide");
  }
  if (list->size() > kMaxDeckViews) {
    s.fail(views, "view", "the deck has " + std::to_string(list->size()) + " views; a deck may have at most " +
                              std::to_string(kMaxDeckViews) + " (steppe's limit): split it into several decks");
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    deck.views.push_back(view_toml::read_view(*list->get(i)->as_table(), s, "view " + std::to_string(i + 1) + "."));
  }
  return deck;
}

Deck read_deck_file(const std::filesystem::path& path, const ViewChecks& checks) {
  return parse_deck_toml(view_toml::read_text(path, InputKind::Deck), path.string(), checks);
}

void write_deck_file(const std::filesystem::path& path, const Deck& deck) {
  write_file_atomically(path, deck_to_toml(deck));
}

std::filesystem::path builtin_deck_dir() {
  return shipped_data_dir("decks", "STEPPE_DECK_DIR");
}

} // namespace steppe
