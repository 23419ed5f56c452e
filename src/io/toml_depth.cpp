#include "io/toml_depth.hpp"

#include <vector>

#include "core/error.hpp"

namespace steppe {

namespace {

class DepthScan {
public:
  DepthScan(std::string_view text, const std::string& label) : t_(text), label_(label) {}

  void run() {
    while (i_ < t_.size()) {
      const char c = t_[i_];
      if (c == '\n') {
        ++line_;
        ++i_;
        if (stack_.empty()) {
          expect_value_ = false;
          key_parts_ = 1;
        }
        continue;
      }
      if (c == '#') {
        skip_comment();
        continue;
      }
      if (c == '"' || c == '\'') {
        skip_string(c);
        continue;
      }
      if (c == '.' && !in_value()) {
        if (++key_parts_ + base() > kMaxTomlDepth) fail("a dotted key");
      } else if (c == '=') {
        value_depth_ = base() + key_parts_;
        key_parts_ = 1;
        expect_value_ = true;
      } else if (c == '[' && stack_.empty() && !expect_value_) {
        header();
        continue;
      } else if (c == '[' || c == '{') {
        const int depth = (expect_value_ ? value_depth_ : base()) + 1;
        if (depth > kMaxTomlDepth) fail("nested arrays or inline tables");
        stack_.push_back({depth, c == '{'});
        expect_value_ = false;
        key_parts_ = 1;
      } else if (c == ']' || c == '}') {
        if (!stack_.empty()) stack_.pop_back();
        expect_value_ = false;
        key_parts_ = 1;
      } else if (c == ',') {
        key_parts_ = 1;
        expect_value_ = false;
      }
      ++i_;
    }
  }

private:
  struct Open {
    int depth;
    bool table; // '{' (keys follow) or '[' (values follow)
  };

  // Inside an array, or after '=' on a line: dots belong to values (1.5).
  bool in_value() const {
    if (expect_value_) return true;
    return !stack_.empty() && !stack_.back().table;
  }
  int base() const { return stack_.empty() ? header_depth_ : stack_.back().depth; }

  [[noreturn]] void fail(const char* what) const {
    throw Error(label_ + " line " + std::to_string(line_) + ": " + what + " nests deeper than " +
                std::to_string(kMaxTomlDepth) + " levels, steppe's limit for TOML files; flatten it");
  }

  void skip_comment() {
    while (i_ < t_.size() && t_[i_] != '\n') ++i_;
  }

  void skip_string(char quote) {
    const bool multi = t_.substr(i_, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''");
    i_ += multi ? 3 : 1;
    while (i_ < t_.size()) {
      const char c = t_[i_];
      if (c == '\\' && quote == '"') {
        if (i_ + 1 < t_.size() && t_[i_ + 1] == '\n') ++line_;
        i_ += 2;
        continue;
      }
      if (c == '\n') {
        ++line_;
        if (!multi) return; // an unterminated string: the parser reports it
      }
      if (c == quote && (!multi || t_.substr(i_, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''"))) {
        i_ += multi ? 3 : 1;
        // A closing run of up to two more quotes belongs to the string.
        while (multi && i_ < t_.size() && t_[i_] == quote) ++i_;
        return;
      }
      ++i_;
    }
  }

  // [a.b.c] or [[a.b.c]]: counts the parts up to the closing bracket.
  void header() {
    ++i_;
    if (i_ < t_.size() && t_[i_] == '[') ++i_;
    int parts = 1;
    while (i_ < t_.size() && t_[i_] != ']' && t_[i_] != '\n') {
      const char c = t_[i_];
      if (c == '"' || c == '\'') {
        skip_string(c);
        continue;
      }
      if (c == '.' && ++parts > kMaxTomlDepth) fail("a table header");
      ++i_;
    }
    header_depth_ = parts;
    key_parts_ = 1;
    while (i_ < t_.size() && t_[i_] == ']') ++i_;
  }

  std::string_view t_;
  const std::string& label_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  int header_depth_ = 0;
  int key_parts_ = 1;
  int value_depth_ = 0;
  bool expect_value_ = false;
  std::vector<Open> stack_;
};

} // namespace

void check_toml_depth(std::string_view text, const std::string& label) { DepthScan(text, label).run(); }

} // namespace steppe
