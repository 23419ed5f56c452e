# Installing steppe (cmake --install BUILD --prefix P) and packaging it
# (cpack -G DEB in BUILD). Layout (FHS):
#   P/bin/steppe
#   P/share/steppe/{geodata,indicators,decks,shaders}   found by io/shipped_data
#   P/share/doc/steppe/{README.md,SOURCES.md,census-README.md,copyright}
# The build tree gets the same share/steppe layout as links to the source
# folders, so a built steppe and an installed one find their data alike.
include(GNUInstallDirs)

set(STEPPE_DATA_FOLDERS geodata indicators decks shaders)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/share/steppe)
foreach(d ${STEPPE_DATA_FOLDERS})
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/${d} ${CMAKE_BINARY_DIR}/share/steppe/${d} SYMBOLIC)
endforeach()

install(TARGETS steppe RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# geodata/build.sh rebuilds from npm in a source tree; it is no use installed.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/geodata/ DESTINATION ${CMAKE_INSTALL_DATADIR}/steppe/geodata
        PATTERN build.sh EXCLUDE)
# Generators and their helpers stay in the source tree; the data and its notices go.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/indicators/ DESTINATION ${CMAKE_INSTALL_DATADIR}/steppe/indicators
        PATTERN "*.py" EXCLUDE PATTERN "__pycache__" EXCLUDE)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/decks/ DESTINATION ${CMAKE_INSTALL_DATADIR}/steppe/decks)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/shaders/ DESTINATION ${CMAKE_INSTALL_DATADIR}/steppe/shaders)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/geodata/SOURCES.md
              ${CMAKE_SOURCE_DIR}/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${CMAKE_SOURCE_DIR}/indicators/reference/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME census-README.md)

# cpack -G DEB: Depends from dpkg-shlibdeps (the libraries the binary links),
# plus what steppe loads at run time that the linker cannot see: Mesa's EGL
# and GL drivers (llvmpipe when there is no GPU) and the CJK font.
set(CPACK_PACKAGE_NAME steppe)
set(CPACK_PACKAGE_VENDOR "steppe")
set(CPACK_PACKAGE_CONTACT "steppe maintainers <steppe@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop atlas of Inner Mongolia's leagues and banners (OpenGL, GDAL, PROJ)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libegl-mesa0, libgl1-mesa-dri, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xvfb")
set(CPACK_STRIP_FILES ON)
include(CPack)
