# Generates the glad 2 OpenGL 3.3 core + EGL 1.5 loader at configure time
# with Debian's python3-glad (never vendored, never fetched from the network).
set(GLAD_EXECUTABLE /usr/bin/glad CACHE FILEPATH "glad 2 generator (python3-glad)")
set(GLAD_OUT ${CMAKE_BINARY_DIR}/glad)
if(NOT EXISTS ${GLAD_OUT}/src/gl.c OR NOT EXISTS ${GLAD_OUT}/src/egl.c)
  if(NOT EXISTS ${GLAD_EXECUTABLE})
    message(FATAL_ERROR "glad not found at ${GLAD_EXECUTABLE}: run scripts/install-deps.sh (package python3-glad)")
  endif()
  execute_process(
    COMMAND ${GLAD_EXECUTABLE} --reproducible --quiet
            --api gl:core=3.3,egl=1.5 --out-path ${GLAD_OUT} c
    RESULT_VARIABLE glad_result ERROR_VARIABLE glad_error)
  if(NOT glad_result EQUAL 0)
    message(FATAL_ERROR "glad generation failed: ${glad_error}")
  endif()
endif()
add_library(glad STATIC ${GLAD_OUT}/src/gl.c ${GLAD_OUT}/src/egl.c)
target_include_directories(glad SYSTEM PUBLIC ${GLAD_OUT}/include)
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})
set_target_properties(glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
