#include "TeamAgents.h"

#include "TeamSchema.h"
#include "TeamSql.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace textdesk::team {

QString roleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Lead:
        return QStringLiteral("lead");
    case TeamRole::Admin:
        return QStringLiteral("admin");
    case TeamRole::Agent:
        break;
    }
    return QStringLiteral("agent");
}

bool parseRole(const QString &text, TeamRole *role)
{
    for (TeamRole r : { TeamRole::Agent, TeamRole::Lead, TeamRole::Admin }) {
        if (text.trimmed().compare(roleName(r), Qt::CaseInsensitive) == 0) {
            *role = r;
            return true;
        }
    }
    return false;
}

namespace TeamAgents {

QString loginFor(const QString &name)
{
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    QString login;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            login += c;
        else if ((c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-')
                  || c == QLatin1Char('.'))
                 && !login.isEmpty() && !login.endsWith(QLatin1Char('_')))
            login += QLatin1Char('_');
    }
    while (login.endsWith(QLatin1Char('_')))
        login.chop(1);
    if (!login.isEmpty() && login.front().isDigit())
        login.prepend(QStringLiteral("agent_"));
    return login.left(60);
}

QString generatePassword()
{
    // No 0/O, 1/l/I: it is read off a screen and typed once.
    static const QLatin1StringView alphabet(
        "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

QString scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

TeamResult<NewAgent> add(const QSqlDatabase &db, const QString &name, TeamRole role)
{
    const QString display = name.simplified();
    const QString login = loginFor(display);
    if (display.isEmpty() || display.size() > 100 || login.isEmpty())
        return TeamError(TeamError::Kind::InvalidInput,
                         TeamError::tr("An agent needs a name of 1 to 100 characters with at "
                                       "least one letter or digit."));
    NewAgent created;
    created.agent.name = display;
    created.agent.login = login;
    created.agent.role = role;
    created.password = generatePassword();
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    const QString verifier = scramVerifier(created.password, salt);
    const char *group = role == TeamRole::Admin ? TeamSchema::kAdminRole
        : role == TeamRole::Lead                ? TeamSchema::kLeadRole
                                                : TeamSchema::kAgentRole;

    return inTransaction(db, [&]() -> TeamResult<NewAgent> {
        auto taken = teamExec(db,
                              QStringLiteral("SELECT (SELECT count(*) FROM agents WHERE name = ?), "
                                             "(SELECT count(*) FROM pg_roles WHERE rolname = ?)"),
                              { display, login });
        if (!taken)
            return taken.error();
        if (taken->next() && (taken->value(0).toInt() > 0 || taken->value(1).toInt() > 0))
            return TeamError(TeamError::Kind::InvalidInput,
                             TeamError::tr("There is already an agent or a database login called "
                                           "\"%1\". Choose another name.")
                                 .arg(taken->value(0).toInt() > 0 ? display : login));
        // Identifiers cannot be bound; `login` is [a-z0-9_] only and the verifier is base64.
        const QString create = QStringLiteral("CREATE ROLE %1 LOGIN %2 PASSWORD '%3' IN ROLE %4")
                                   .arg(login,
                                        role == TeamRole::Admin ? QStringLiteral("CREATEROLE")
                                                                : QStringLiteral("NOCREATEROLE"),
                                        verifier, QLatin1String(group));
        if (auto done = teamExec(db, create); !done)
            return done.error();
        auto inserted = teamExec(
            db,
            QStringLiteral("INSERT INTO agents (name, login, role) VALUES (?, ?, ?) RETURNING id"),
            { display, login, roleName(role) });
        if (!inserted)
            return inserted.error();
        if (inserted->next())
            created.agent.id = inserted->value(0).toLongLong();
        if (auto audit = teamExec(db,
                                  QStringLiteral("INSERT INTO audit_log (action, subject, detail) "
                                                 "VALUES ('agent-added', ?, jsonb_build_object("
                                                 "'role', ?::text))"),
                                  { login, roleName(role) });
            !audit)
            return audit.error();
        return created;
    });
}

TeamResult<QList<TeamAgent>> list(const QSqlDatabase &db)
{
    auto rows = teamExec(db, QStringLiteral(R"(
        SELECT a.id, a.name, a.login, a.role, a.active,
               (SELECT count(*) FROM conversations c
                WHERE c.assignee_id = a.id AND c.status <> 'closed')
        FROM agents a ORDER BY lower(a.name))"));
    if (!rows)
        return rows.error();
    QList<TeamAgent> agents;
    while (rows->next()) {
        TeamAgent agent;
        agent.id = rows->value(0).toLongLong();
        agent.name = rows->value(1).toString();
        agent.login = rows->value(2).toString();
        parseRole(rows->value(3).toString(), &agent.role);
        agent.active = rows->value(4).toBool();
        agent.openConversations = rows->value(5).toInt();
        agents << agent;
    }
    return agents;
}

} // namespace TeamAgents
} // namespace textdesk::team
