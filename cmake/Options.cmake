# Interface targets that carry steppe's own compile policy. Only steppe's
# targets link them; generated (glad) and system code is built without.
option(STEPPE_WERROR "Treat warnings as errors (CI)" OFF)
option(STEPPE_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)

add_library(steppe_warnings INTERFACE)
target_compile_options(steppe_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wconversion -Wsign-conversion -Wpedantic
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  $<$<BOOL:${STEPPE_WERROR}>:-Werror>
  # GCC 12 at -O3 reports false -Wrestrict on std::string replace/append
  # (GCC bug 105329); keep -Werror usable for Release builds.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)

option(STEPPE_FUZZ "Build the libFuzzer harnesses in tests/fuzz (clang only)" OFF)
if(STEPPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "STEPPE_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++ (scripts/fuzz.sh does this)")
  endif()
  # Coverage feedback in every library the harnesses reach.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(STEPPE_SANITIZE)
  # Applied globally so that glad, tests and the app share one runtime.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
