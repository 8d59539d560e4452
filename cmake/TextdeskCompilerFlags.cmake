# Warnings for every target of ours; -Werror where CI asks for it (TEXTDESK_WERROR).
add_library(textdesk_warnings INTERFACE)
if(MSVC)
    target_compile_options(textdesk_warnings INTERFACE /W4 /permissive-)
    if(TEXTDESK_WERROR)
        target_compile_options(textdesk_warnings INTERFACE /WX)
    endif()
else()
    # -Wshadow=local is GCC's; clang (the fuzz build) has no such spelling.
    target_compile_options(textdesk_warnings INTERFACE -Wall -Wextra -Wpedantic
                                                       $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                                                       -Wnon-virtual-dtor -Wimplicit-fallthrough)
    if(TEXTDESK_WERROR)
        target_compile_options(textdesk_warnings INTERFACE -Werror)
    endif()
endif()
# Strings are explicit about their encoding; no silent QString <-> const char * conversions.
target_compile_definitions(textdesk_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS)

# Hardening of everything we build, as Debian and Ubuntu build their own packages: stack
# protector and stack-clash checks, libc calls checked for overflow (where optimised), and
# relocations resolved at start and then read-only. The -U first: Ubuntu's compiler already
# defines _FORTIFY_SOURCE, and a second definition would be a warning (an error with -Werror).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-fstack-protector-strong -fstack-clash-protection
                        "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()

# LLVM's linker where it is installed (the test command installs it: dev.sh PACKAGE_TOOLS): a
# test links in 0.5 s of CPU instead of GNU ld's 1.3 s, and a CI build links ~200 executables
# across its trees. Without it, the system's default linker.
option(TEXTDESK_LLD "Link with lld when it is installed" ON)
if(TEXTDESK_LLD AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" TEXTDESK_HAVE_LLD)
    if(TEXTDESK_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
