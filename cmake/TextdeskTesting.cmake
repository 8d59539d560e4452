# textdesk_add_test(NAME <TestClass> LABEL unit|integration|gui|bench SOURCES ... [LIBRARIES ...])
# One executable per test class, linked against the libraries that ship.
function(textdesk_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT T_LABEL MATCHES "^(unit|integration|gui|bench)$")
        message(FATAL_ERROR "textdesk_add_test(${T_NAME}): LABEL must be unit, integration, gui or bench")
    endif()
    # textdesk_testmode (tests/CMakeLists.txt, compiled once): test-mode paths, an empty
    # computer-wide configuration, no proxy. An OBJECT library, so its object is always linked in.
    add_executable(${T_NAME} ${T_SOURCES})
    # A test includes its own moc output ("TestX.moc"), so AUTOMOC's mocs_compilation.cpp is an
    # empty file; with the precompiled header it still took 1.5 s to compile, for each of ~140
    # tests (212 s of a CI build's CPU). Without it, next to nothing.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}_autogen/mocs_compilation.cpp
        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    target_link_libraries(${T_NAME} PRIVATE textdesk_testmode Qt6::Test textdesk_testsupport textdesk_warnings ${T_LIBRARIES})
    textdesk_test_pch(${T_NAME} ${T_LIBRARIES})
    if(T_LABEL STREQUAL "bench")
        return() # benchmarks are run by `./dev.sh bench`, not by ctest
    endif()
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_property(GLOBAL APPEND PROPERTY TEXTDESK_TESTS_${T_LABEL} ${T_NAME}) # see tests/CMakeLists.txt
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(TEXTDESK_SANITIZE)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3") # instrumented code runs 2-3 times slower
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS ${T_LABEL}
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=textdesk.*.debug=false")
endfunction()
