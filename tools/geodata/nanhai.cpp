#include "nanhai.hpp"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/error.hpp"

namespace steppe::geodata {
namespace {

// A nested array of numbers: either a number (leaf) or a list.
struct Node {
  bool leaf = false;
  double value = 0;
  std::vector<Node> items;
};

class Parser {
public:
  Parser(const std::string& text, std::size_t at, std::string path) : s_(text), i_(at), path_(std::move(path)) {}

  Node parse() {
    skip();
    if (i_ >= s_.size()) fail("unexpected end of file");
    if (s_[i_] == '[') {
      ++i_;
      Node list;
      skip();
      if (peek(']')) {
        ++i_;
        return list;
      }
      for (;;) {
        list.items.push_back(parse());
        skip();
        if (peek(',')) {
          ++i_;
          continue;
        }
        if (peek(']')) {
          ++i_;
          return list;
        }
        fail("expected ',' or ']'");
      }
    }
    const char* begin = s_.c_str() + i_;
    char* end = nullptr;
    const double v = std::strtod(begin, &end);
    if (end == begin) fail("expected a number or '['");
    i_ += static_cast<std::size_t>(end - begin);
    Node n;
    n.leaf = true;
    n.value = v;
    return n;
  }

private:
  bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
  void skip() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw Error("geodata: " + path_ + ": cannot read the points literal at byte " + std::to_string(i_) + ": " + what);
  }

  const std::string& s_;
  std::size_t i_;
  std::string path_;
};

// The literal after "var NAME =".
Node literal(const std::string& text, const std::string& name, const std::string& path) {
  const std::string key = "var " + name + " =";
  const std::size_t at = text.find(key);
  if (at == std::string::npos || text.find(key, at + 1) != std::string::npos) {
    throw Error("geodata: " + path + ": expected exactly one '" + key + " [...]'; is this ECharts' nanhai.js?");
  }
  return Parser(text, at + key.size(), path).parse();
}

double number(const Node& n, const std::string& path) {
  if (!n.leaf) throw Error("geodata: " + path + ": expected a number in the points literal");
  return n.value;
}

} // namespace

MultiPolygon read_nanhai(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error("geodata: cannot open " + path + "; run geodata/build.sh to fetch echarts");
  std::stringstream buf;
  buf << file.rdbuf();
  const std::string text = buf.str();

  const Node origin = literal(text, "geoCoord", path);
  if (origin.leaf || origin.items.size() != 2) throw Error("geodata: " + path + ": geoCoord is not [lon, lat]");
  const double lon0 = number(origin.items[0], path), lat0 = number(origin.items[1], path);
  const Node points = literal(text, "points", path);
  if (points.leaf || points.items.empty()) throw Error("geodata: " + path + ": points is not a list of rings");

  MultiPolygon out;
  for (const Node& ring_node : points.items) {
    if (ring_node.leaf || ring_node.items.size() < 4) throw Error("geodata: " + path + ": a ring has under 4 points");
    Ring ring;
    for (const Node& p : ring_node.items) {
      if (p.leaf || p.items.size() != 2) throw Error("geodata: " + path + ": a point is not [x, y]");
      // nanhai.js: points[i][k][0] /= 10.5; points[i][k][1] /= -10.5 / 0.75; then + geoCoord.
      double x = number(p.items[0], path), y = number(p.items[1], path);
      x /= 10.5;
      y /= -10.5 / 0.75;
      ring.push_back({x + lon0, y + lat0});
    }
    if (ring.front().x == ring.back().x && ring.front().y == ring.back().y) ring.pop_back();
    out.push_back(Polygon{std::move(ring), {}});
  }
  return out;
}

} // namespace steppe::geodata
