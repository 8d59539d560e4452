#include "TeamError.h"

#include <QSqlError>

namespace textdesk::team {

TeamError::TeamError(Kind kind, QString technical)
    : m_kind(kind)
    , m_technical(std::move(technical))
{ }

TeamError &TeamError::withVersions(int found, int supported)
{
    m_found = found;
    m_supported = supported;
    return *this;
}

TeamError TeamError::fromSql(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (state == QLatin1String("28P01") || state == QLatin1String("28000")
        || text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied")))
        return { Kind::BadLogin, text };
    if (state == QLatin1String("42501") || state == QLatin1String("42000"))
        return { Kind::NotAllowed, text };
    if (state == QLatin1String("42P01")) // undefined_table: a database without our schema
        return { Kind::NotATeamDatabase, text };
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("3D000")
        || state == QLatin1String("57P01") || state == QLatin1String("57P03")
        || error.type() == QSqlError::ConnectionError)
        return { Kind::CannotConnect, text };
    return { Kind::Other, text };
}

QString TeamError::message() const
{
    switch (m_kind) {
    case Kind::NoDriver:
        return tr("PostgreSQL support is not installed on this computer (Qt's QPSQL driver; on "
                  "Debian and Ubuntu the package libqt6sql6-psql).");
    case Kind::BadAddress:
        return tr("The team database's address cannot be used: %1").arg(m_technical);
    case Kind::CannotConnect:
        return tr("Cannot reach the team database. Check the address, that the server runs and "
                  "that this computer may connect to it. (%1)")
            .arg(m_technical.trimmed());
    case Kind::BadLogin:
        return tr("The team database refused the login: the user name or the password is wrong.");
    case Kind::NotATeamDatabase:
        return tr("This database is not a Textdesk team database yet. An administrator creates "
                  "it with: textdesk team init --database URL");
    case Kind::NewerSchema:
        return tr("The team database was set up by a newer Textdesk (schema version %1; this "
                  "Textdesk understands up to %2). Update Textdesk on this computer; nothing "
                  "was changed.")
            .arg(m_found)
            .arg(m_supported);
    case Kind::OlderSchema:
        return tr("The team database has schema version %1; this Textdesk needs version %2. An "
                  "administrator upgrades it with: textdesk team init --database URL")
            .arg(m_found)
            .arg(m_supported);
    case Kind::NotAllowed:
        return tr("Your role in the team may not do this. Ask a lead or an administrator. (%1)")
            .arg(m_technical.trimmed());
    case Kind::Conflict:
        return m_technical;
    case Kind::InvalidInput:
        return m_technical;
    case Kind::Other:
        break;
    }
    return tr("The team database failed: %1").arg(m_technical.trimmed());
}

} // namespace textdesk::team
