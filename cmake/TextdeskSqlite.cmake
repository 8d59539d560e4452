# The cache talks to SQLite through QtSql. The bulk importer and the benchmark's floor also use
# the sqlite3 C API on the very connection QtSql opened (QSqlDriver::handle()). That is only safe
# when Qt's SQLite driver uses the same libsqlite3 we link (Debian, Homebrew: system SQLite). Where
# Qt bundles its own copy (the Qt online installer), leave TEXTDESK_NATIVE_SQLITE off and the
# importer goes through QSqlQuery only.
find_package(SQLite3)
set(_native_default OFF)
if(SQLite3_FOUND AND UNIX AND NOT APPLE)
    set(_native_default ON)
endif()
option(TEXTDESK_NATIVE_SQLITE "Use the sqlite3 C API on QtSql's connection for bulk paths" ${_native_default})
if(TEXTDESK_NATIVE_SQLITE AND NOT SQLite3_FOUND)
    message(FATAL_ERROR "TEXTDESK_NATIVE_SQLITE needs the SQLite3 development files")
endif()
