#include "io/text_encoding.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <iconv.h>

#include "core/error.hpp"

namespace steppe {

namespace {

// Owns an iconv conversion descriptor.
class Iconv {
public:
  Iconv(const std::string& to, const std::string& from)
      : cd_(iconv_open(to.c_str(), from.c_str())) {}
  ~Iconv() {
    if (ok()) iconv_close(cd_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return cd_; }

private:
  iconv_t cd_;
};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

} // namespace

bool is_valid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned long cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07u;
    } else {
      return false; // continuation byte, overlong lead (C0/C1) or F5..FF
    }
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(bytes[i + k]);
      if ((cc & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return false;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return false;
    i += len;
  }
  return true;
}

bool is_utf8_name(std::string_view encoding) {
  const std::string e = lower_ascii(encoding);
  return e == "utf-8" || e == "utf8";
}

std::optional<std::string> to_utf8(std::string_view bytes, const std::string& encoding) {
  if (is_utf8_name(encoding)) {
    if (!is_valid_utf8(bytes)) return std::nullopt;
    return std::string(bytes);
  }
  Iconv conv("UTF-8", encoding);
  if (!conv.ok()) {
    throw Error("unknown text encoding \"" + encoding +
                "\"; give one iconv knows, e.g. UTF-8, GBK, GB18030, BIG5");
  }
  std::string in(bytes);
  std::string out(in.size() * 4 + 4, '\0'); // GBK→UTF-8 grows at most 2×
  char* in_ptr = in.data();
  std::size_t in_left = in.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  if (iconv(conv.get(), &in_ptr, &in_left, &out_ptr, &out_left) == static_cast<std::size_t>(-1)) {
    return std::nullopt; // EILSEQ / EINVAL: not text in this encoding
  }
  out.resize(out.size() - out_left);
  return out;
}

std::optional<EncodingChoice> choose_encoding(const std::vector<std::string>& texts,
                                              const std::string& requested) {
  if (!requested.empty()) return EncodingChoice{requested, false};
  const bool all_utf8 = std::all_of(texts.begin(), texts.end(),
                                    [](const std::string& t) { return is_valid_utf8(t); });
  if (all_utf8) return EncodingChoice{"UTF-8", false};
  const bool all_gbk = std::all_of(texts.begin(), texts.end(), [](const std::string& t) {
    return to_utf8(t, "CP936").has_value();
  });
  if (all_gbk) return EncodingChoice{"GBK", true};
  return std::nullopt;
}

} // namespace steppe
