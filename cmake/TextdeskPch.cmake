# Precompiled Qt headers (cmake/pch/): the headers that most of our files include are parsed once
# per library, and once per test folder and kind, instead of once per file. Measured on a test of
# the GUI: 8.2 s to compile without, 4.0 s with (g++, -O2 -g1); the whole clean build and the CI
# run get about a third shorter. Off with -DTEXTDESK_PCH=OFF (e.g. to check a file's includes).
option(TEXTDESK_PCH "Compile with precompiled Qt headers" ON)
set(_textdesk_invalid_pch $<$<CXX_COMPILER_ID:GNU,Clang>:-Winvalid-pch>)

# textdesk_pch(TARGET core|widgets): the library's own precompiled header.
function(textdesk_pch target kind)
    if(NOT TEXTDESK_PCH)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE
        "$<$<COMPILE_LANGUAGE:CXX>:${PROJECT_SOURCE_DIR}/cmake/pch/${kind}.h>")
    target_compile_options(${target} PRIVATE ${_textdesk_invalid_pch})
endfunction()

# textdesk_test_pch(TARGET LIBRARIES...): a test shares the precompiled header of the other tests
# of its folder that link the same kind of library, so that one is built per folder and kind. A
# precompiled header is only valid with the same macros (Qt's QT_*_LIB, which the linked libraries
# decide, and QT_TESTCASE_BUILDDIR, which the folder decides): tests linking anything else do
# without. -Winvalid-pch turns a header that does not fit into an error (with -Werror) instead of
# a silent slow-down.
function(textdesk_test_pch target)
    if(NOT TEXTDESK_PCH)
        return()
    endif()
    set(libraries ${ARGN})
    list(REMOVE_ITEM libraries SQLite::SQLite3 textdesk_simtestclient)
    if(libraries STREQUAL "textdesk_core" OR libraries STREQUAL "")
        set(kind core)
        set(host_links textdesk_core)
        set(header test_core)
    elseif(libraries MATCHES "^(textdesk_simtestsupport|textdesk_sim|textdesk_sim;textdesk_simtestsupport|textdesk_core;textdesk_sim)$")
        set(kind sim)
        set(host_links textdesk_simtestsupport)
        set(header test_core)
    elseif(libraries MATCHES "^(textdesk_ui|textdesk_guitestsupport|textdesk_ui;textdesk_simtestsupport|textdesk_ui;textdesk_sim_content)$")
        set(kind gui)
        set(host_links textdesk_guitestsupport)
        set(header test_widgets)
    else()
        return() # Qt Charts, the webhook library alone, the simulator's content alone
    endif()
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(host textdesk_pch_${folder}_${kind})
    if(NOT TARGET ${host})
        # A library of one empty file whose only job is to own the precompiled header.
        set(source ${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp)
        if(NOT EXISTS ${source})
            file(WRITE ${source} "// owns the precompiled header of ${folder}'s ${kind} tests\n")
        endif()
        add_library(${host} STATIC ${source})
        set_target_properties(${host} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_link_libraries(${host} PRIVATE Qt6::Test textdesk_testsupport textdesk_warnings ${host_links})
        target_precompile_headers(${host} PRIVATE
            "$<$<COMPILE_LANGUAGE:CXX>:${PROJECT_SOURCE_DIR}/cmake/pch/${header}.h>")
        target_compile_options(${host} PRIVATE ${_textdesk_invalid_pch})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${host})
    target_compile_options(${target} PRIVATE ${_textdesk_invalid_pch})
endfunction()
