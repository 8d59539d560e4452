#include "TeamSchema.h"

#include "TeamSql.h"

namespace textdesk::team::TeamSchema {

namespace {
// pg_advisory_xact_lock's key for "the schema is being changed" (any fixed number).
constexpr qint64 kSchemaLock = 0x7465787464657331; // "textdes1"
} // namespace

TeamResult<int> storedVersion(const QSqlDatabase &db)
{
    auto exists = teamExec(db, QStringLiteral("SELECT to_regclass('textdesk_schema') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->next() || !exists->value(0).toBool())
        return 0;
    auto version
        = teamExec(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM textdesk_schema"));
    if (!version)
        return version.error();
    return version->next() ? version->value(0).toInt() : 0;
}

TeamStatus check(const QSqlDatabase &db)
{
    auto version = storedVersion(db);
    if (!version)
        return version.error();
    if (*version == 0)
        return TeamError(TeamError::Kind::NotATeamDatabase);
    if (*version > supportedVersion())
        return TeamError(TeamError::Kind::NewerSchema).withVersions(*version, supportedVersion());
    if (*version < supportedVersion())
        return TeamError(TeamError::Kind::OlderSchema).withVersions(*version, supportedVersion());
    return TeamDone {};
}

TeamResult<int> migrate(const QSqlDatabase &db)
{
    return inTransaction(db, [&db]() -> TeamResult<int> {
        if (auto locked
            = teamExec(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { kSchemaLock });
            !locked)
            return locked.error();
        auto version = storedVersion(db);
        if (!version)
            return version.error();
        if (*version > supportedVersion())
            return TeamError(TeamError::Kind::NewerSchema)
                .withVersions(*version, supportedVersion());
        for (int next = *version + 1; next <= supportedVersion(); ++next) {
            for (const QString &statement : migrationStatements(next)) {
                if (auto done = teamExec(db, statement); !done)
                    return done.error();
            }
            if (auto done
                = teamExec(db, QStringLiteral("INSERT INTO textdesk_schema (version) VALUES (?)"),
                           { next });
                !done)
                return done.error();
        }
        return supportedVersion();
    });
}

} // namespace textdesk::team::TeamSchema
