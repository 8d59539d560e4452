#include "TeamAddress.h"

#include <QAtomicInteger>
#include <QHostAddress>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace textdesk::team {

TeamResult<TeamAddress> TeamAddress::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres")))
        return TeamError(TeamError::Kind::BadAddress,
                         TeamError::tr("write it as postgresql://USER@HOST:PORT/DATABASE"));
    if (!url.password().isEmpty())
        return TeamError(
            TeamError::Kind::BadAddress,
            TeamError::tr("it contains a password. Leave it out: Textdesk asks for it and keeps "
                          "it in the system's keychain (or give it with --password-stdin)."));
    TeamAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            // A socket folder as it is; a name or an address as a URL would hold it (checked,
            // and lowercased, so that the address written back reads again the same).
            if (value.startsWith(QLatin1Char('/'))) {
                address.host = value;
            } else {
                QUrl check;
                check.setHost(value, QUrl::StrictMode);
                if (!check.isValid() || check.host().isEmpty())
                    return TeamError(TeamError::Kind::BadAddress,
                                     TeamError::tr("the host \"%1\" is not a name, an address or a "
                                                   "socket folder.")
                                         .arg(value));
                address.host = check.host();
            }
        } else if (key == QLatin1String("port"))
            address.port = value.toInt();
        else if (key == QLatin1String("user"))
            address.user = value;
        else if (key == QLatin1String("sslmode"))
            address.sslMode = value;
        else if (key == QLatin1String("sslrootcert"))
            address.sslRootCert = value;
        else if (key == QLatin1String("password"))
            return TeamError(TeamError::Kind::BadAddress,
                             TeamError::tr("it contains a password. Leave it out: "
                                           "Textdesk asks for it and keeps it in the "
                                           "system's keychain."));
        else
            return TeamError(TeamError::Kind::BadAddress,
                             TeamError::tr("Textdesk does not know the setting \"%1\".").arg(key));
    }
    static const QStringList modes
        = { QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    if (!address.sslMode.isEmpty() && !modes.contains(address.sslMode))
        return TeamError(
            TeamError::Kind::BadAddress,
            TeamError::tr("sslmode must be one of %1.").arg(modes.join(QLatin1String(", "))));
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return TeamError(TeamError::Kind::BadAddress,
                         TeamError::tr("it names no database (…/DATABASE at the end)."));
    if (address.port <= 0 || address.port > 65535)
        return TeamError(TeamError::Kind::BadAddress,
                         TeamError::tr("the port is not a number from 1 to 65535."));
    return address;
}

QString TeamAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (port != 5432) {
        if (url.host().isEmpty())
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
        else
            url.setPort(port);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

bool TeamAddress::isLocal() const
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return true;
    const QHostAddress ip(host);
    return !ip.isNull() && ip.isLoopback();
}

TeamConnection::~TeamConnection()
{
    close();
}

TeamStatus TeamConnection::open(const TeamAddress &address, const QString &password,
                                int connectTimeoutSeconds)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return TeamError(TeamError::Kind::NoDriver);
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("textdesk-team-%1").arg(counter.fetchAndAddRelaxed(1));
    m_address = address;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(password);
    QStringList options = { QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                            QStringLiteral("application_name=textdesk") };
    if (!address.sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(address.sslMode);
    if (!address.sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(address.sslRootCert);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        TeamError error = TeamError::fromSql(db.lastError());
        if (error.kind() == TeamError::Kind::Other)
            error = TeamError(TeamError::Kind::CannotConnect, error.technical());
        db = QSqlDatabase(); // no handle left when the connection is removed
        close();
        return error;
    }
    db.setPassword(QString()); // libpq holds what it needs; nothing kept here
    return TeamDone {};
}

void TeamConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool TeamConnection::isOpen() const
{
    return !m_name.isEmpty() && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase TeamConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace textdesk::team
