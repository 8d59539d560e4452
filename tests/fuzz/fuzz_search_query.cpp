// The search box (app/storage/SearchQuery): any text becomes a valid FTS5 query or a clear
// refusal (empty), never an SQL error. Each query is run against real in-memory FTS5 tables made
// as migration 3 makes the cache's (same tokenizer), for messages and for contacts, both as a
// whole-word and as a prefix search; text that is in a message finds that message.
#include "FuzzTarget.h"
#include "storage/SearchQuery.h"

#include <QtCore/QList>

#include <algorithm>
#include <sqlite3.h>

namespace {

namespace SearchQuery = textdesk::SearchQuery;

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        TEXTDESK_FUZZ_CHECK(sqlite3_open(":memory:", &handle) == SQLITE_OK);
        const char *schema
            = "CREATE VIRTUAL TABLE message_fts USING fts5(body,"
              "  tokenize='unicode61 remove_diacritics 2', columnsize=0);"
              "CREATE VIRTUAL TABLE contact_fts USING fts5(display_name, given_name, family_name,"
              "  company, email, tokenize='unicode61 remove_diacritics 2');"
              "INSERT INTO message_fts(rowid, body) VALUES (1, 'Your order #4521 ships Monday'),"
              "  (2, 'Café crème? Yes — at 10:30, o''clock'), (3, 'e-mail me: ana@example.com');"
              "INSERT INTO contact_fts(rowid, display_name, given_name, family_name, company, "
              "email)"
              "  VALUES (1, 'Ana María Núñez', 'Ana', 'Núñez', 'ACME \"Ltd\"', 'ana@example.com');";
        TEXTDESK_FUZZ_CHECK(sqlite3_exec(handle, schema, nullptr, nullptr, nullptr) == SQLITE_OK);
        return handle;
    }();
    return db;
}

// The rowids the query matches; an error breaks the invariant.
QList<qint64> run(const char *sql, const QString &match)
{
    sqlite3_stmt *statement = nullptr;
    TEXTDESK_FUZZ_CHECK(sqlite3_prepare_v2(database(), sql, -1, &statement, nullptr) == SQLITE_OK);
    const QByteArray utf8 = match.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    QList<qint64> rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        rows.append(sqlite3_column_int64(statement, 0));
    if (rc != SQLITE_DONE)
        std::fprintf(stderr, "FTS5 query [%s]: %s\n", utf8.constData(), sqlite3_errmsg(database()));
    TEXTDESK_FUZZ_CHECK(rc == SQLITE_DONE);
    sqlite3_finalize(statement);
    return rows;
}

// Text where Qt's idea of a letter and SQLite's unicode61 tokenizer agree (Latin scripts).
bool latinOnly(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x024f)
            return false;
    }
    return true;
}

} // namespace

TEXTDESK_FUZZ_TARGET(search_query)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                            qsizetype(std::min<size_t>(size, 1000)));
    for (const auto prefix : { SearchQuery::Prefix::None, SearchQuery::Prefix::LastTerm }) {
        const QString match = SearchQuery::toFts(typed, prefix);
        if (match.isEmpty())
            continue; // nothing to search for: the caller shows no results
        run("SELECT rowid, snippet(message_fts, 0, char(2), char(3), '…', 12) FROM message_fts "
            "WHERE message_fts MATCH ?1 ORDER BY rowid DESC LIMIT 50",
            match);
        run("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?1 ORDER BY rowid DESC LIMIT 20",
            match);
    }

    const QString whole = SearchQuery::toFts(typed);
    if (!whole.isEmpty() && latinOnly(typed)) {
        // What was typed, stored as a message, is found by searching for it.
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(database(), "INSERT INTO message_fts(rowid, body) VALUES (1000, ?1)", -1,
                           &insert, nullptr);
        const QByteArray utf8 = typed.toUtf8();
        sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        TEXTDESK_FUZZ_CHECK(sqlite3_step(insert) == SQLITE_DONE);
        sqlite3_finalize(insert);
        const QList<qint64> rows = run(
            "SELECT rowid FROM message_fts WHERE message_fts MATCH ?1 AND rowid = 1000", whole);
        sqlite3_exec(database(), "DELETE FROM message_fts WHERE rowid = 1000", nullptr, nullptr,
                     nullptr);
        TEXTDESK_FUZZ_CHECK(rows.size() == 1);
    }

    const QString digits = SearchQuery::digitsOf(typed);
    for (QChar c : digits)
        TEXTDESK_FUZZ_CHECK(c.isDigit());
    return 0;
}
