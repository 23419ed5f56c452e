#pragma once
// A fast 64-bit hash of bytes, for recognising content (geometry cache keys
// and the check that a cache file was written whole), not for security.
// Streaming: feed any number of pieces, then digest(); the same bytes in any
// split give the same digest.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace steppe {

class ContentHash {
public:
  void update(const void* data, std::size_t size);
  void update(std::string_view text) { update(text.data(), text.size()); }
  // Hashes the value's bytes (for integers and doubles).
  template <class T>
  void update_value(const T& value) {
    update(&value, sizeof value);
  }
  std::uint64_t digest() const;

private:
  void block(const unsigned char* p);

  std::uint64_t lanes_[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull,
                             0x082EFA98EC4E6C89ull};
  unsigned char pending_[32] = {};
  std::size_t pending_size_ = 0;
  std::uint64_t total_ = 0;
};

std::uint64_t content_hash(const void* data, std::size_t size);

} // namespace steppe
