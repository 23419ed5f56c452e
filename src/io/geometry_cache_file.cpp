#include "io/geometry_cache_file.hpp"

#include <cstring>
#include <type_traits>

#include "io/content_hash.hpp"

namespace steppe {

namespace {

constexpr char kMagic[8] = {'S', 'T', 'E', 'P', 'P', 'E', 'G', 'C'};
constexpr std::uint32_t kByteOrder = 0x01020304;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t byte_order;
  std::uint64_t key;
  std::uint64_t payload_size;
  std::uint64_t payload_hash;
  std::uint64_t reserved;
};
static_assert(sizeof(Header) == 48);

class Writer {
public:
  template <class T>
  void value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void text(const std::string& s) {
    value(static_cast<std::uint64_t>(s.size()));
    out_.append(s);
  }
  template <class T>
  void array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    value(static_cast<std::uint64_t>(v.size()));
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void texts(const std::vector<std::string>& v) {
    value(static_cast<std::uint64_t>(v.size()));
    for (const std::string& s : v) text(s);
  }
  void shape(const MultiPolygon& shape) {
    value(static_cast<std::uint64_t>(shape.size()));
    for (const Polygon& p : shape) {
      value(static_cast<std::uint64_t>(p.holes.size()));
      array(p.outer);
      for (const Ring& h : p.holes) array(h);
    }
  }
  void stroke(const StrokeMesh& m) {
    array(m.vertices);
    array(m.indices);
  }
  void shapes(const std::vector<MultiPolygon>& v) {
    value(static_cast<std::uint64_t>(v.size()));
    for (const MultiPolygon& s : v) shape(s);
  }
  void lines(const std::vector<BorderRun>& v) {
    value(static_cast<std::uint64_t>(v.size()));
    for (const BorderRun& r : v) {
      value(static_cast<std::uint8_t>(r.closed ? 1 : 0));
      array(r.points);
    }
  }
  std::string& bytes() { return out_; }

private:
  std::string out_;
};

class Reader {
public:
  explicit Reader(std::span<const unsigned char> bytes) : bytes_(bytes) {}

  template <class T>
  T value() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T), "a value");
    T v;
    std::memcpy(&v, bytes_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  // A count of items of at least `min_item_bytes` each: never more than the
  // bytes left could hold, so a damaged count cannot ask for a huge allocation.
  std::size_t count(std::size_t min_item_bytes) {
    const auto n = value<std::uint64_t>();
    if (min_item_bytes > 0 && n > left() / min_item_bytes) {
      throw CacheFileError("truncated or damaged (a count of " + std::to_string(n) + " at byte " +
                           std::to_string(pos_) + " exceeds the file)");
    }
    return static_cast<std::size_t>(n);
  }
  std::string text() {
    const std::size_t n = count(1);
    std::string s(reinterpret_cast<const char*>(bytes_.data() + pos_), n);
    pos_ += n;
    return s;
  }
  template <class T>
  std::vector<T> array() {
    static_assert(std::is_trivially_copyable_v<T>);
    const std::size_t n = count(sizeof(T));
    std::vector<T> v(n);
    if (n > 0) std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> v(count(8));
    for (std::string& s : v) s = text();
    return v;
  }
  MultiPolygon shape() {
    MultiPolygon shape(count(16));
    for (Polygon& p : shape) {
      const std::size_t holes = count(8);
      p.outer = array<Vec2>();
      p.holes.resize(holes);
      for (Ring& h : p.holes) h = array<Vec2>();
    }
    return shape;
  }
  StrokeMesh stroke() {
    StrokeMesh m;
    m.vertices = array<StrokeVertex>();
    m.indices = array<std::uint32_t>();
    for (std::uint32_t i : m.indices) {
      if (i >= m.vertices.size()) throw CacheFileError("damaged (a stroke index is out of range)");
    }
    return m;
  }
  std::vector<MultiPolygon> shapes() {
    std::vector<MultiPolygon> v(count(8));
    for (MultiPolygon& s : v) s = shape();
    return v;
  }
  std::vector<BorderRun> lines() {
    std::vector<BorderRun> v(count(9));
    for (BorderRun& r : v) {
      r.closed = value<std::uint8_t>() != 0;
      r.points = array<Vec2>();
    }
    return v;
  }
  std::size_t left() const { return bytes_.size() - pos_; }

private:
  void need(std::size_t n, const char* what) {
    if (n > left()) throw CacheFileError(std::string("truncated (") + what + " at byte " + std::to_string(pos_) + ")");
  }

  std::span<const unsigned char> bytes_;
  std::size_t pos_ = 0;
};

void write_geometry(Writer& w, const MapGeometry& g) {
  w.value(g.origin);
  w.value(g.bounds);
  w.value(g.context_bounds);
  w.value(static_cast<std::uint8_t>(g.fill_level));
  std::vector<std::uint8_t> levels;
  for (Level l : g.levels) levels.push_back(static_cast<std::uint8_t>(l));
  w.array(levels);
  w.value(static_cast<std::uint64_t>(g.shapes.size()));
  for (const MultiPolygon& s : g.shapes) w.shape(s);
  w.array(g.shape_bounds);
  w.array(g.fills);
  w.array(g.fill_ranges);
  w.array(g.context_fills);
  w.stroke(g.banner_borders);
  w.stroke(g.league_borders);
  w.stroke(g.region_outline);
  w.stroke(g.context_outlines);
  w.value(static_cast<std::uint64_t>(g.border_lods.size()));
  for (const BorderLod& lod : g.border_lods) {
    w.value(lod.tolerance);
    w.stroke(lod.banner_borders);
    w.stroke(lod.league_borders);
    w.stroke(lod.region_outline);
    w.stroke(lod.context_outlines);
  }
  w.value(static_cast<std::uint64_t>(g.fill_lods.size()));
  for (const FillLod& lod : g.fill_lods) {
    w.value(lod.tolerance);
    w.array(lod.fills);
    w.array(lod.ranges);
    w.array(lod.context_fills);
  }
  w.value(static_cast<std::uint64_t>(g.vector_lods.size()));
  for (const VectorLod& lod : g.vector_lods) {
    w.value(lod.tolerance);
    w.shapes(lod.fill_shapes);
    w.shapes(lod.context_shapes);
    for (const auto* lines : {&lod.banner_lines, &lod.league_lines, &lod.region_lines, &lod.context_lines}) w.lines(*lines);
  }
  w.array(g.label_anchors);
  w.array(g.label_clearances);
  w.texts(g.warnings);
}

// Every region index and vertex range must point inside the geometry.
void check_fills(const std::vector<FillVertex>& fills, const std::vector<FillRange>& ranges, std::size_t regions) {
  for (const FillVertex& v : fills) {
    if (v.region >= regions) throw CacheFileError("damaged (a fill names region " + std::to_string(v.region) + ")");
  }
  for (const FillRange& r : ranges) {
    if (r.region >= regions || r.first > fills.size() || r.count > fills.size() - r.first) {
      throw CacheFileError("damaged (a fill range lies outside the fills)");
    }
  }
}

MapGeometry read_geometry(Reader& r) {
  MapGeometry g;
  g.origin = r.value<Vec2>();
  g.bounds = r.value<Bounds>();
  g.context_bounds = r.value<Bounds>();
  const auto level_of = [](std::uint8_t v) {
    if (v > static_cast<std::uint8_t>(Level::Banner)) throw CacheFileError("damaged (an unknown region level)");
    return static_cast<Level>(v);
  };
  g.fill_level = level_of(r.value<std::uint8_t>());
  for (std::uint8_t v : r.array<std::uint8_t>()) g.levels.push_back(level_of(v));
  g.shapes.resize(r.count(8));
  for (MultiPolygon& s : g.shapes) s = r.shape();
  g.shape_bounds = r.array<Bounds>();
  g.fills = r.array<FillVertex>();
  g.fill_ranges = r.array<FillRange>();
  g.context_fills = r.array<FillVertex>();
  g.banner_borders = r.stroke();
  g.league_borders = r.stroke();
  g.region_outline = r.stroke();
  g.context_outlines = r.stroke();
  g.border_lods.resize(r.count(8));
  for (BorderLod& lod : g.border_lods) {
    lod.tolerance = r.value<double>();
    lod.banner_borders = r.stroke();
    lod.league_borders = r.stroke();
    lod.region_outline = r.stroke();
    lod.context_outlines = r.stroke();
  }
  g.fill_lods.resize(r.count(8));
  for (FillLod& lod : g.fill_lods) {
    lod.tolerance = r.value<double>();
    lod.fills = r.array<FillVertex>();
    lod.ranges = r.array<FillRange>();
    lod.context_fills = r.array<FillVertex>();
  }
  g.vector_lods.resize(r.count(8));
  for (VectorLod& lod : g.vector_lods) {
    lod.tolerance = r.value<double>();
    lod.fill_shapes = r.shapes();
    lod.context_shapes = r.shapes();
    for (auto* lines : {&lod.banner_lines, &lod.league_lines, &lod.region_lines, &lod.context_lines}) *lines = r.lines();
  }
  g.label_anchors = r.array<Vec2>();
  g.label_clearances = r.array<double>();
  g.warnings = r.texts();

  const std::size_t n = g.levels.size();
  if (g.shapes.size() != n || g.shape_bounds.size() != n ||
      (!g.label_anchors.empty() && g.label_anchors.size() != n) ||
      g.label_clearances.size() != g.label_anchors.size()) {
    throw CacheFileError("damaged (per-region arrays of different lengths)");
  }
  for (const VectorLod& lod : g.vector_lods) {
    if (lod.fill_shapes.size() != n) throw CacheFileError("damaged (vector shapes for another number of regions)");
  }
  check_fills(g.fills, g.fill_ranges, n);
  for (const FillLod& lod : g.fill_lods) check_fills(lod.fills, lod.ranges, n);
  return g;
}

} // namespace

std::string encode_prepared_atlas(const PreparedAtlas& prepared, std::uint64_t key) {
  Writer w;
  w.bytes().resize(sizeof(Header));
  w.texts(prepared.read_warnings);
  w.value(static_cast<std::uint8_t>(prepared.has_areas ? 1 : 0));
  w.value(static_cast<std::uint64_t>(prepared.atlas.regions.size()));
  for (const Region& r : prepared.atlas.regions) {
    w.text(r.code);
    w.text(r.name_zh);
    w.text(r.name_en);
    w.value(static_cast<std::uint8_t>(r.level));
    w.text(r.parent);
    w.shape(r.lonlat);
    w.value(r.area_km2);
  }
  w.value(static_cast<std::uint64_t>(prepared.atlas.context.size()));
  for (const ContextFeature& c : prepared.atlas.context) {
    w.text(c.name);
    w.text(c.name_en);
    w.value(static_cast<std::uint8_t>(c.country ? 1 : 0));
    w.shape(c.lonlat);
  }
  write_geometry(w, prepared.geometry);

  std::string& bytes = w.bytes();
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kGeometryCacheVersion;
  h.byte_order = kByteOrder;
  h.key = key;
  h.payload_size = bytes.size() - sizeof(Header);
  h.payload_hash = content_hash(bytes.data() + sizeof(Header), h.payload_size);
  std::memcpy(bytes.data(), &h, sizeof h);
  return std::move(bytes);
}

PreparedAtlas decode_prepared_atlas(std::span<const unsigned char> bytes, std::uint64_t key) {
  if (bytes.size() < sizeof(Header)) throw CacheFileError("truncated (shorter than its header)");
  Header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) throw CacheFileError("not a steppe geometry cache file");
  if (h.byte_order != kByteOrder) throw CacheFileError("written on a machine of another byte order");
  if (h.version != kGeometryCacheVersion) {
    throw CacheFileError("format version " + std::to_string(h.version) + ", this steppe reads version " +
                         std::to_string(kGeometryCacheVersion));
  }
  if (h.key != key) throw CacheFileError("made for other input files, CRS or program");
  if (h.payload_size != bytes.size() - sizeof(Header)) {
    throw CacheFileError("truncated or extended (" + std::to_string(bytes.size()) + " bytes, the header says " +
                         std::to_string(h.payload_size + sizeof(Header)) + ")");
  }
  const std::span<const unsigned char> payload = bytes.subspan(sizeof(Header));
  if (content_hash(payload.data(), payload.size()) != h.payload_hash) {
    throw CacheFileError("damaged (payload hash mismatch)");
  }
  Reader r(payload);
  PreparedAtlas p;
  p.read_warnings = r.texts();
  p.has_areas = r.value<std::uint8_t>() != 0;
  p.atlas.regions.resize(r.count(8));
  for (Region& reg : p.atlas.regions) {
    reg.code = r.text();
    reg.name_zh = r.text();
    reg.name_en = r.text();
    const auto level = r.value<std::uint8_t>();
    if (level > static_cast<std::uint8_t>(Level::Banner)) throw CacheFileError("damaged (an unknown region level)");
    reg.level = static_cast<Level>(level);
    reg.parent = r.text();
    reg.lonlat = r.shape();
    reg.area_km2 = r.value<double>();
  }
  p.atlas.context.resize(r.count(8));
  for (ContextFeature& c : p.atlas.context) {
    c.name = r.text();
    c.name_en = r.text();
    c.country = r.value<std::uint8_t>() != 0;
    c.lonlat = r.shape();
  }
  p.geometry = read_geometry(r);
  if (p.geometry.region_count() != p.atlas.regions.size()) {
    throw CacheFileError("damaged (" + std::to_string(p.geometry.region_count()) + " projected shapes for " +
                         std::to_string(p.atlas.regions.size()) + " regions)");
  }
  if (r.left() != 0) throw CacheFileError("damaged (" + std::to_string(r.left()) + " bytes after the end)");
  return p;
}

} // namespace steppe
