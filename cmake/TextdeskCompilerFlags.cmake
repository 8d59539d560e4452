# Warnings for every target of ours; -Werror where CI asks for it (TEXTDESK_WERROR).
add_library(textdesk_warnings INTERFACE)
if(MSVC)
    target_compile_options(textdesk_warnings INTERFACE /W4 /permissive-)
    if(TEXTDESK_WERROR)
        target_compile_options(textdesk_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(textdesk_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
                                                       -Wnon-virtual-dtor -Wimplicit-fallthrough)
    if(TEXTDESK_WERROR)
        target_compile_options(textdesk_warnings INTERFACE -Werror)
    endif()
endif()
# Strings are explicit about their encoding; no silent QString <-> const char * conversions.
target_compile_definitions(textdesk_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS)
