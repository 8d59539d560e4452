# Sanitizer and fuzzing builds (issue 21; docs/FUZZING.md). Both instrument everything built in
# this tree, so each lives in a build directory of its own (build-asan/, build-fuzz/).
#
# TEXTDESK_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer for the core, the simulator and
# the tests; the first report ends the process with an error (no recovery), so ctest fails.
# TEXTDESK_FUZZ: libFuzzer targets (tests/fuzz/), clang only; the core is built with the fuzzer's
# coverage instrumentation and the same sanitizers, and only what the targets need is configured.
option(TEXTDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(TEXTDESK_FUZZ "Build the libFuzzer targets of tests/fuzz (clang) against an instrumented core" OFF)

if(TEXTDESK_SANITIZE OR TEXTDESK_FUZZ)
    if(MSVC)
        message(FATAL_ERROR "TEXTDESK_SANITIZE/TEXTDESK_FUZZ: GCC or Clang only")
    endif()
    set(_textdesk_sanitizers address,undefined)
    if(TEXTDESK_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "TEXTDESK_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
        endif()
        # The executables add -fsanitize=fuzzer (libFuzzer's main); everything else only gets
        # the edge coverage libFuzzer steers by.
        set(_textdesk_sanitizers fuzzer-no-link,${_textdesk_sanitizers})
    endif()
    # -fno-sanitize-recover: UBSan's reports are fatal like ASan's. Frame pointers give whole
    # stacks in reports at little cost.
    add_compile_options(-fsanitize=${_textdesk_sanitizers} -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
    # _FORTIFY_SOURCE's checked libc calls hide some accesses from ASan: off in these builds
    # (SHELL: so that CMake does not fold it into the hardening flags' identical -U).
    add_compile_options("SHELL:-U _FORTIFY_SOURCE")
endif()
