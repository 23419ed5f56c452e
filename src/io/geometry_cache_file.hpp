#pragma once
// The geometry cache's file format: a 48-byte header (magic "STEPPEGC",
// format version, byte order, the cache key, payload size and payload hash)
// and a payload of length-prefixed arrays in native layout. Decoding checks
// the header against the file size, hashes the payload, and bounds every
// count by the bytes left, so a damaged or hostile file is refused with a
// reason and never causes a large allocation or an out-of-range index.
#include <cstdint>
#include <span>
#include <string>

#include "core/error.hpp"
#include "io/prepared_atlas.hpp"

namespace steppe {

inline constexpr std::uint32_t kGeometryCacheVersion = 2;

// Why a cache file was refused ("truncated", "payload hash mismatch", ...).
class CacheFileError : public Error {
public:
  using Error::Error;
};

std::string encode_prepared_atlas(const PreparedAtlas& prepared, std::uint64_t key);

// Throws CacheFileError when `bytes` are not a whole, intact cache file for `key`.
PreparedAtlas decode_prepared_atlas(std::span<const unsigned char> bytes, std::uint64_t key);

} // namespace steppe
