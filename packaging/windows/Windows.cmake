# Windows: `cmake --install` puts textdesk.exe and textdesk-sim.exe in bin/ (main/CMakeLists.txt),
# windeployqt adds Qt's DLLs, plugins and translations beside them, and the other DLLs they load
# (libphonenumber, protobuf, ICU, sqlite3, qtkeychain from vcpkg) are copied from where the build
# found them. `cpack -G NSIS` wraps that into textdesk-<version>-windows-x64.exe; `/S` installs it
# unattended.
# NOT BUILT OR TRIED YET: this repository is built on Debian. See packaging/ci/release.yml.

target_sources(textdesk PRIVATE ${PROJECT_SOURCE_DIR}/resources/windows/textdesk.rc) # the .exe's icon

# Qt 6.4 spells the output argument FILENAME_VARIABLE (6.5 added OUTPUT_SCRIPT for the same).
qt_generate_deploy_app_script(TARGET textdesk FILENAME_VARIABLE _textdesk_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_textdesk_deploy_script})

# Non-Qt DLLs: what the executables import, from the folders of the prefix path (vcpkg's bin/),
# except Windows' own and Qt's (windeployqt's job).
set(_dll_dirs)
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    string(APPEND _dll_dirs " \"${_prefix}/bin\"") # quoted: these paths may hold spaces
endforeach()
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:textdesk>\" \"$<TARGET_FILE:textdesk-sim>\"
        DIRECTORIES${_dll_dirs} \"$<TARGET_FILE_DIR:textdesk>\"
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
        POST_EXCLUDE_REGEXES \"[Ss]ystem32\"
        RESOLVED_DEPENDENCIES_VAR _textdesk_dlls
        UNRESOLVED_DEPENDENCIES_VAR _textdesk_missing)
    if(_textdesk_missing)
        message(WARNING \"Not found, not installed: \${_textdesk_missing}\")
    endif()
    file(INSTALL \${_textdesk_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME Textdesk)
set(CPACK_PACKAGE_VENDOR "The Textdesk team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_FILE_NAME textdesk-${PROJECT_VERSION}-windows-x64)
set(CPACK_PACKAGE_EXECUTABLES textdesk Textdesk) # Start menu shortcut
set(CPACK_CREATE_DESKTOP_LINKS textdesk)
set(CPACK_NSIS_DISPLAY_NAME Textdesk)
set(CPACK_NSIS_PACKAGE_NAME Textdesk)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\textdesk.exe)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/windows/textdesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/windows/textdesk.ico)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
