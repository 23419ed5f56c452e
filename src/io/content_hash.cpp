#include "io/content_hash.hpp"

#include <algorithm>
#include <cstring>

namespace steppe {

namespace {

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;
constexpr std::uint64_t kPrime3 = 0x165667B19E3779F9ull;

std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

std::uint64_t load64(const unsigned char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Final avalanche: every input bit affects every output bit.
std::uint64_t avalanche(std::uint64_t h) {
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return h;
}

} // namespace

void ContentHash::block(const unsigned char* p) {
  for (int i = 0; i < 4; ++i) {
    lanes_[i] = rotl(lanes_[i] + load64(p + 8 * i) * kPrime2, 31) * kPrime1;
  }
}

void ContentHash::update(const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  total_ += size;
  if (pending_size_ > 0) {
    const std::size_t take = std::min(size, sizeof pending_ - pending_size_);
    std::memcpy(pending_ + pending_size_, p, take);
    pending_size_ += take;
    p += take;
    size -= take;
    if (pending_size_ < sizeof pending_) return;
    block(pending_);
    pending_size_ = 0;
  }
  for (; size >= 32; p += 32, size -= 32) block(p);
  std::memcpy(pending_, p, size);
  pending_size_ = size;
}

std::uint64_t ContentHash::digest() const {
  std::uint64_t h = rotl(lanes_[0], 1) + rotl(lanes_[1], 7) + rotl(lanes_[2], 12) + rotl(lanes_[3], 18);
  for (std::uint64_t lane : lanes_) h = (h ^ avalanche(lane)) * kPrime1 + kPrime3;
  h += total_;
  std::size_t i = 0;
  for (; i + 8 <= pending_size_; i += 8) h = rotl(h ^ (load64(pending_ + i) * kPrime2), 27) * kPrime1 + kPrime3;
  for (; i < pending_size_; ++i) h = rotl(h ^ (pending_[i] * kPrime1), 11) * kPrime2;
  return avalanche(h);
}

std::uint64_t content_hash(const void* data, std::size_t size) {
  ContentHash h;
  h.update(data, size);
  return h.digest();
}

} // namespace steppe
