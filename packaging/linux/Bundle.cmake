# The offline bundle, textdesk-<version>-linux-<arch>.tar.gz: the install tree plus the Qt
# libraries, plugins and Qt's own translations it runs on, and every other shared library they
# need except glibc's and the GL drivers (see make-bundle.sh). `cmake --build <dir> --target
# bundle` writes it to <dir>/packages/ from the binaries already built (stripped copies).
set(TEXTDESK_BUNDLE_NAME textdesk-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})
set(TEXTDESK_BUNDLE_FILE ${CPACK_PACKAGE_DIRECTORY}/${TEXTDESK_BUNDLE_NAME}.tar.gz)

# Qt's standard-dialog translations for each language the app itself ships.
file(GLOB _ts_files ${PROJECT_SOURCE_DIR}/translations/textdesk_*.ts)
set(_languages)
foreach(_ts IN LISTS _ts_files)
    string(REGEX REPLACE ".*/textdesk_([a-zA-Z_]+)\\.ts$" "\\1" _language ${_ts})
    if(NOT _language STREQUAL "en")
        list(APPEND _languages ${_language})
    endif()
endforeach()
list(JOIN _languages "," _languages)

add_custom_command(OUTPUT ${TEXTDESK_BUNDLE_FILE}
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/linux/make-bundle.sh
        --build-dir ${PROJECT_BINARY_DIR}
        --name ${TEXTDESK_BUNDLE_NAME}
        --output ${TEXTDESK_BUNDLE_FILE}
        --qt-plugins ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}
        --qt-translations ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}
        --languages ${_languages}
    DEPENDS textdesk textdesk-sim ${_installed_files} ${CMAKE_CURRENT_SOURCE_DIR}/linux/make-bundle.sh
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
    COMMENT "Bundling ${TEXTDESK_BUNDLE_NAME}.tar.gz"
    VERBATIM)
add_custom_target(bundle DEPENDS ${TEXTDESK_BUNDLE_FILE})
