# macOS: textdesk is an app bundle (MACOSX_BUNDLE in main/CMakeLists.txt, installed at the top of
# the prefix); macdeployqt copies Qt's frameworks and plugins into it at install time, and
# `cpack -G DragNDrop` makes textdesk-<version>-macos.dmg with the usual Applications link.
# NOT BUILT OR TRIED YET: this repository is built on Debian. See packaging/ci/release.yml.
# Known gap: textdesk-sim is installed to bin/ beside the bundle and is not deployed (the app
# runs the simulator in-process; the separate binary is for developers).

# The bundle's icon: an .icns made by iconutil from the committed PNGs.
set(_iconset ${CMAKE_CURRENT_BINARY_DIR}/textdesk.iconset)
file(MAKE_DIRECTORY ${_iconset})
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    set(_png ${PROJECT_SOURCE_DIR}/resources/linux/icons/hicolor)
    file(COPY_FILE ${_png}/${size}x${size}/apps/${TEXTDESK_APP_ID}.png ${_iconset}/icon_${size}x${size}.png)
    if(double LESS_EQUAL 512)
        file(COPY_FILE ${_png}/${double}x${double}/apps/${TEXTDESK_APP_ID}.png
            ${_iconset}/icon_${size}x${size}@2x.png)
    endif()
endforeach()
set(_icns ${CMAKE_CURRENT_BINARY_DIR}/textdesk.icns)
execute_process(COMMAND iconutil --convert icns --output ${_icns} ${_iconset} RESULT_VARIABLE _rc)
if(_rc EQUAL 0)
    target_sources(textdesk PRIVATE ${_icns})
    set_source_files_properties(${_icns} TARGET_DIRECTORY textdesk
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(textdesk PROPERTIES MACOSX_BUNDLE_ICON_FILE textdesk.icns)
endif()
set_target_properties(textdesk PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME Textdesk
    MACOSX_BUNDLE_GUI_IDENTIFIER ${TEXTDESK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})

# Qt 6.4 spells the output argument FILENAME_VARIABLE (6.5 added OUTPUT_SCRIPT for the same).
qt_generate_deploy_app_script(TARGET textdesk FILENAME_VARIABLE _textdesk_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_textdesk_deploy_script})

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_NAME Textdesk)
set(CPACK_PACKAGE_VENDOR "The Textdesk team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_FILE_NAME textdesk-${PROJECT_VERSION}-macos)
set(CPACK_DMG_VOLUME_NAME Textdesk)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
