# CPACK_PRE_BUILD_SCRIPTS: strips the ELF files CPack staged for the .deb as dh_strip would
# (debug symbols and the .comment/.note sections), so the build directory keeps its symbols.
file(GLOB_RECURSE _files LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(_file IN LISTS _files)
    if(IS_SYMLINK "${_file}")
        continue()
    endif()
    file(READ "${_file}" _magic LIMIT 4 HEX)
    if(_magic STREQUAL "7f454c46")
        execute_process(COMMAND strip --strip-unneeded --remove-section=.comment
            --remove-section=.note "${_file}" RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "strip ${_file} failed")
        endif()
    endif()
endforeach()
