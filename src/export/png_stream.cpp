#include "export/png_stream.hpp"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "core/error.hpp"

namespace steppe {

namespace {

// Rows are compressed a batch at a time, each batch cut into slices that
// threads filter and deflate at once (the pigz way): every slice is a raw
// deflate stream ended by a sync flush (byte-aligned, not final), so the
// slices laid end to end are one deflate stream; finish() adds the final
// empty block and the Adler-32 of all rows (adler32_combine). The settings
// are render/png_writer's: "Sub" filter on every row, zlib level 6 with the
// run-length strategy (a map is mostly flat colour).
constexpr std::size_t kBatchBytes = 16u << 20;  // raw rows held before compressing
constexpr std::size_t kSliceMinBytes = 1u << 20; // smaller slices are not worth a thread
constexpr int kLevel = 6;

void put_u32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  out.push_back(static_cast<std::uint8_t>(v >> 24));
  out.push_back(static_cast<std::uint8_t>(v >> 16));
  out.push_back(static_cast<std::uint8_t>(v >> 8));
  out.push_back(static_cast<std::uint8_t>(v));
}

struct Slice {
  std::vector<std::uint8_t> deflated;
  uLong adler = 1; // of the filtered bytes
  std::size_t filtered_size = 0;
  bool ok = true;
};

// Filters `rows` rows of `width` RGBA pixels with "Sub" and deflates them as
// a raw stream that ends byte-aligned (Z_SYNC_FLUSH), not final. A row at a
// time, as libpng does: the filtered row stays in the cache.
void compress_slice(const std::uint8_t* rgba, int rows, int width, Slice& out) {
  const std::size_t row_bytes = static_cast<std::size_t>(width) * 4;
  std::vector<std::uint8_t> f(row_bytes + 1);
  z_stream z{};
  if (deflateInit2(&z, kLevel, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK) {
    out.ok = false;
    return;
  }
  out.adler = adler32(0, nullptr, 0);
  out.filtered_size = static_cast<std::size_t>(rows) * (row_bytes + 1);
  out.deflated.resize(std::max<std::size_t>(64 << 10, out.filtered_size / 16));
  std::size_t used = 0;
  for (int y = 0; y < rows && out.ok; ++y) {
    const std::uint8_t* in = rgba + static_cast<std::size_t>(y) * row_bytes;
    f[0] = 1; // Sub: each byte minus the same channel of the pixel on its left
    std::memcpy(f.data() + 1, in, std::min<std::size_t>(4, row_bytes));
    for (std::size_t i = 4; i < row_bytes; ++i) f[1 + i] = static_cast<std::uint8_t>(in[i] - in[i - 4]);
    out.adler = adler32(out.adler, f.data(), static_cast<uInt>(f.size()));
    z.next_in = f.data();
    z.avail_in = static_cast<uInt>(f.size());
    const int flush = y + 1 == rows ? Z_SYNC_FLUSH : Z_NO_FLUSH;
    do {
      if (out.deflated.size() - used < 1024) out.deflated.resize(out.deflated.size() * 2);
      z.next_out = out.deflated.data() + used;
      z.avail_out = static_cast<uInt>(out.deflated.size() - used);
      const int rc = deflate(&z, flush);
      used = out.deflated.size() - z.avail_out;
      if (rc != Z_OK && rc != Z_BUF_ERROR) out.ok = false;
    } while (out.ok && (z.avail_in > 0 || z.avail_out == 0));
  }
  out.deflated.resize(used);
  deflateEnd(&z);
}

} // namespace

struct PngStream::Impl {
  std::filesystem::path path;
  std::FILE* file = nullptr;
  int width = 0, rows_left = 0;
  std::vector<std::uint8_t> pending; // raw RGBA rows not yet compressed
  uLong adler = 1;              // of every filtered byte so far
  unsigned threads = 1;

  ~Impl() {
    if (file != nullptr) std::fclose(file);
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw Error("cannot write PNG " + path.string() + ": " + what);
  }

  void write(const std::vector<std::uint8_t>& bytes) {
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size())
      fail(std::string("the disk refused the data (is it full?): ") + std::strerror(errno));
  }

  void chunk(const char type[4], const std::uint8_t* data, std::size_t size) {
    std::vector<std::uint8_t> head;
    put_u32(head, static_cast<std::uint32_t>(size));
    head.insert(head.end(), type, type + 4);
    write(head);
    if (size > 0 && std::fwrite(data, 1, size, file) != size)
      fail(std::string("the disk refused the data (is it full?): ") + std::strerror(errno));
    uLong crc = crc32(0, reinterpret_cast<const Bytef*>(type), 4);
    if (size > 0) crc = crc32(crc, data, static_cast<uInt>(size)); // (a null buffer restarts the CRC)
    std::vector<std::uint8_t> tail;
    put_u32(tail, static_cast<std::uint32_t>(crc));
    write(tail);
  }

  // Compresses `rows` rows at `rgba` (slices in parallel) into one IDAT chunk.
  void compress(const std::uint8_t* rgba, int rows) {
    if (rows <= 0) return;
    const std::size_t row_bytes = static_cast<std::size_t>(width) * 4;
    const std::size_t total = row_bytes * static_cast<std::size_t>(rows);
    const int n = static_cast<int>(std::clamp<std::size_t>(total / kSliceMinBytes, 1, threads));
    std::vector<Slice> slices(static_cast<std::size_t>(n));
    std::vector<std::thread> workers;
    int first = 0;
    for (int k = 0; k < n; ++k) {
      const int count = rows / n + (k < rows % n ? 1 : 0);
      const std::uint8_t* at = rgba + static_cast<std::size_t>(first) * row_bytes;
      Slice& slice = slices[static_cast<std::size_t>(k)];
      if (k + 1 < n) workers.emplace_back([at, count, this, &slice] { compress_slice(at, count, width, slice); });
      else compress_slice(at, count, width, slice);
      first += count;
    }
    for (std::thread& t : workers) t.join();
    std::vector<std::uint8_t> idat;
    for (const Slice& s : slices) {
      if (!s.ok) fail("zlib could not compress the rows (out of memory?)");
      idat.insert(idat.end(), s.deflated.begin(), s.deflated.end());
      adler = adler32_combine(adler, s.adler, static_cast<z_off_t>(s.filtered_size));
    }
    chunk("IDAT", idat.data(), idat.size());
  }

  void flush_pending() {
    const std::size_t row_bytes = static_cast<std::size_t>(width) * 4;
    compress(pending.data(), static_cast<int>(pending.size() / row_bytes));
    pending.clear();
  }
};

PngStream::PngStream(const std::filesystem::path& path, int width, int height, double dpi)
    : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  s.path = path;
  s.width = width;
  s.rows_left = height;
  if (width <= 0 || height <= 0) s.fail("the image is empty");
  s.threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  s.file = std::fopen(path.c_str(), "wb");
  if (s.file == nullptr) {
    throw Error("cannot create " + path.string() + ": " + std::strerror(errno) +
                " (does the folder exist and is it writable?)");
  }
  static constexpr std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  s.write(std::vector<std::uint8_t>(kSignature, kSignature + 8));
  std::vector<std::uint8_t> ihdr;
  put_u32(ihdr, static_cast<std::uint32_t>(width));
  put_u32(ihdr, static_cast<std::uint32_t>(height));
  ihdr.insert(ihdr.end(), {8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, adaptive filters, no interlace
  s.chunk("IHDR", ihdr.data(), ihdr.size());
  std::vector<std::uint8_t> phys;
  const auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
  put_u32(phys, per_metre);
  put_u32(phys, per_metre);
  phys.push_back(1); // the unit is the metre
  s.chunk("pHYs", phys.data(), phys.size());
  // The zlib header of the one stream the IDAT chunks carry: deflate, 32K
  // window, no preset dictionary (0x78 0x01: a multiple of 31).
  const std::uint8_t zhead[2] = {0x78, 0x01};
  s.chunk("IDAT", zhead, 2);
}

PngStream::~PngStream() = default;

void PngStream::write_rows(std::span<const std::uint8_t> rgba) {
  Impl& s = *impl_;
  const std::size_t row_bytes = static_cast<std::size_t>(s.width) * 4;
  const std::size_t rows = rgba.size() / row_bytes;
  if (rgba.size() % row_bytes != 0 || rows == 0 || rows > static_cast<std::size_t>(s.rows_left)) {
    throw Error("PNG " + s.path.string() + ": rows of the wrong size or too many rows");
  }
  s.rows_left -= static_cast<int>(rows);
  if (s.pending.empty() && rgba.size() >= kBatchBytes) {
    s.compress(rgba.data(), static_cast<int>(rows)); // a whole band at once: no copy
    return;
  }
  s.pending.insert(s.pending.end(), rgba.begin(), rgba.end());
  if (s.pending.size() >= kBatchBytes) s.flush_pending();
}

void PngStream::finish() {
  Impl& s = *impl_;
  if (s.rows_left != 0) throw Error("PNG " + s.path.string() + ": " + std::to_string(s.rows_left) + " rows missing");
  s.flush_pending();
  // The final (empty, fixed-Huffman) block, then the Adler-32 of every row.
  std::vector<std::uint8_t> end = {0x03, 0x00};
  put_u32(end, static_cast<std::uint32_t>(s.adler));
  s.chunk("IDAT", end.data(), end.size());
  s.chunk("IEND", nullptr, 0);
  std::FILE* f = s.file;
  s.file = nullptr;
  if (std::fflush(f) != 0 || std::ferror(f) != 0) {
    std::fclose(f);
    s.fail("the disk refused the data (is it full?)");
  }
  if (std::fclose(f) != 0) s.fail("closing the file failed");
}

} // namespace steppe
