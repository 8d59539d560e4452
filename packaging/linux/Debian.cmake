# The .deb: Textdesk against the distribution's Qt (dpkg-shlibdeps finds the libraries the
# binaries link; the plugins they load at run time are named by hand). `cmake --build <dir>
# --target deb` writes it to <dir>/packages/; binaries are stripped on CPack's copy only.

set(TEXTDESK_PACKAGE_MAINTAINER "The Textdesk team <packaging@textdesk.example>" CACHE STRING
    "Maintainer field of the .deb and its changelog")

# Man pages (both packages and the bundle) and the Debian-only documents, compressed as Debian
# wants them (gzip -9n: no name, no time stamp, so the bytes do not change between builds).
set(_doc_dir ${CMAKE_CURRENT_BINARY_DIR}/debian)
file(MAKE_DIRECTORY ${_doc_dir})
function(textdesk_gzip source target)
    execute_process(COMMAND gzip -9nc ${source} OUTPUT_FILE ${target} RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "gzip ${source} failed")
    endif()
endfunction()
foreach(page textdesk.1 textdesk-sim.1)
    configure_file(linux/${page} ${_doc_dir}/${page} @ONLY)
    textdesk_gzip(${_doc_dir}/${page} ${_doc_dir}/${page}.gz)
    install(FILES ${_doc_dir}/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(TEXTDESK_DEB_VERSION ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE})
execute_process(COMMAND date -u -R -d "${TEXTDESK_RELEASE_DATE} 12:00"
    OUTPUT_VARIABLE TEXTDESK_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file(linux/changelog.in ${_doc_dir}/changelog.Debian @ONLY)
textdesk_gzip(${_doc_dir}/changelog.Debian ${_doc_dir}/changelog.Debian.gz)
# Component "debian": in the .deb (CPack installs every component), not in the bundle.
install(FILES linux/copyright ${_doc_dir}/changelog.Debian.gz
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/textdesk COMPONENT debian)
# `textdesk serve` as a systemd service, one instance per workspace (not enabled by the package).
install(FILES linux/textdesk-serve@.service DESTINATION lib/systemd/system COMPONENT debian)
# Lintian tags that do not apply to a package made outside Debian (see the file).
install(FILES linux/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides
    RENAME textdesk COMPONENT debian)

find_program(DPKG_EXECUTABLE dpkg)
if(DPKG_EXECUTABLE)
    execute_process(COMMAND ${DPKG_EXECUTABLE} --print-architecture
        OUTPUT_VARIABLE _deb_arch OUTPUT_STRIP_TRAILING_WHITESPACE)
else()
    set(_deb_arch amd64)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME textdesk)
set(CPACK_PACKAGE_VENDOR "The Textdesk team")
set(CPACK_PACKAGE_CONTACT "${TEXTDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters (Debian policy); CPack indents them and dots the empty one.
set(CPACK_PACKAGE_DESCRIPTION "A desktop workstation for customer service by text message (SMS and MMS).
Agents work an inbox of conversations with threads, MMS previews, a composer
with templates and a live segment counter, and the customer's profile beside
the thread.

Textdesk speaks Twilio's Programmable Messaging API, keeps a local SQLite cache
that works offline, and includes a provider simulator (textdesk-sim) for
training and tests.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
# Stripped like dh_strip does it, on CPack's staged copy (the build's binaries keep their symbols).
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/strip-staged.cmake)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME textdesk_${TEXTDESK_DEB_VERSION}_${_deb_arch}.deb)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${_deb_arch})
set(CPACK_DEBIAN_PACKAGE_SECTION comm)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver, the SVG icon engine
# (the window icon), OpenSSL for HTTPS (Qt's TLS plugin dlopens it).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libssl3")
# Qt's own strings (standard dialogs) in German, Spanish and French; customers' emoji in colour
# (without a font that has them, each shows as an empty box).
# Qt's PostgreSQL driver for team mode (docs/team.md): a choice, so recommended, not required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-color-emoji, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(TEXTDESK_DEB_FILE ${CPACK_PACKAGE_DIRECTORY}/${CPACK_DEBIAN_FILE_NAME})
