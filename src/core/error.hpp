#pragma once
// The one exception type steppe throws at its boundaries (I/O, parsing, PROJ).
// Messages name the file/row/field and say what to do about it.
#include <stdexcept>
#include <string>

namespace steppe {

class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

} // namespace steppe
