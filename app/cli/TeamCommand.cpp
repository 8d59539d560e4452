// `textdesk team init|add-agent|agents`: the team's PostgreSQL store, set up and staffed from a
// terminal (docs/team.md). The database password is never an argument: --password-stdin, or
// libpq's own ~/.pgpass, or a local socket's peer login.
#include "CommandLine.h"
#include "StdinSecret.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

namespace textdesk {

namespace {

int failed(QTextStream &err, const team::TeamError &error)
{
    err << CommandLine::tr("textdesk: %1").arg(error.message()) << Qt::endl;
    return CommandLine::Failed;
}

QString teamUsage()
{
    return CommandLine::tr(
        "textdesk: say what to do: textdesk team init --database URL, textdesk team add-agent "
        "NAME --role agent|lead|admin --database URL, or textdesk team agents --database URL "
        "(add --password-stdin to give the database password on standard input)");
}

} // namespace

int CommandLine::team(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace team;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The team's shared PostgreSQL store."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("The team database: postgresql://USER@HOST:PORT/DATABASE (no password in it)."),
        tr("URL"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("The new agent's role: agent, lead or admin."),
                                        tr("ROLE"), QStringLiteral("agent"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        tr("Read the database password from the first line of standard input."));
    parser.addOptions({ databaseOption, roleOption, passwordOption });
    parser.addPositionalArgument(QStringLiteral("team"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("init, add-agent or agents."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const bool known = action == QLatin1String("init") || action == QLatin1String("agents")
        || (action == QLatin1String("add-agent") && positional.size() >= 3);
    if (!known || !parser.isSet(databaseOption)) {
        err << teamUsage() << Qt::endl;
        return Usage;
    }
    TeamRole role = TeamRole::Agent;
    if (!parseRole(parser.value(roleOption), &role)) {
        err << tr("textdesk: the role must be agent, lead or admin, not \"%1\".")
                   .arg(parser.value(roleOption))
            << Qt::endl;
        return Usage;
    }
    auto address = TeamAddress::parse(parser.value(databaseOption));
    if (!address)
        return failed(err, address.error());
    QString password;
    if (parser.isSet(passwordOption)) {
        password = cli::firstStdinLine();
        if (password.isEmpty()) {
            err << tr("textdesk: no password on standard input (--password-stdin: the first "
                      "line).")
                << Qt::endl;
            return Usage;
        }
    }
    TeamConnection connection;
    if (auto opened = connection.open(*address, password); !opened)
        return failed(err, opened.error());
    password.fill(QChar(u'\0'));
    const QSqlDatabase db = connection.database();

    if (action == QLatin1String("init")) {
        auto version = TeamSchema::migrate(db);
        if (!version)
            return failed(err, version.error());
        out << tr("The team database %1 is ready (schema version %2). Add the team with: "
                  "textdesk team add-agent NAME --role agent|lead|admin --database URL")
                   .arg(address->toString())
                   .arg(*version)
            << Qt::endl;
        return Ok;
    }
    if (auto checked = TeamSchema::check(db); !checked)
        return failed(err, checked.error());

    if (action == QLatin1String("add-agent")) {
        auto created = TeamAgents::add(db, positional.mid(2).join(QLatin1Char(' ')), role);
        if (!created)
            return failed(err, created.error());
        out << tr("Added %1 as %2; their database login is %3.")
                   .arg(created->agent.name, roleName(role), created->agent.login)
            << Qt::endl
            << tr("Their password, shown only now (give it to them in person or through a "
                  "password manager; Textdesk keeps it in their computer's keychain):")
            << Qt::endl
            << "  " << created->password << Qt::endl;
        created->password.fill(QChar(u'\0'));
        return Ok;
    }

    auto agents = TeamAgents::list(db);
    if (!agents)
        return failed(err, agents.error());
    if (agents->isEmpty())
        out << tr("No agents yet: textdesk team add-agent NAME --role agent --database URL")
            << Qt::endl;
    for (const TeamAgent &agent : *agents) {
        out << tr("%1 (%2, login %3): %n open conversation(s)%4", nullptr, agent.openConversations)
                   .arg(agent.name, roleName(agent.role), agent.login,
                        agent.active ? QString() : tr(", inactive"))
            << Qt::endl;
    }
    return Ok;
}

int CommandLine::configureTeam(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace team;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Join this computer's workspace to a team: its cache becomes a replica of the team's "
           "store, and the team's gateway talks to the provider."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("The workspace folder."), tr("DIR"),
                                             Workspace::defaultLocation());
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        tr("The team database: postgresql://HOST:PORT/DATABASE (no password in it)."), tr("URL"));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         tr("Your name as the team knows you."), tr("NAME"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        tr("Read the database password from the first line of standard input, to check it."));
    parser.addOptions({ workspaceOption, teamOption, agentOption, passwordOption });
    parser.addPositionalArgument(QStringLiteral("configure"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QString agent = parser.value(agentOption).trimmed();
    if (agent.isEmpty()) {
        err << tr("textdesk: say who you are in the team: --agent NAME (as \"textdesk team "
                  "agents\" lists it).")
            << Qt::endl;
        return Usage;
    }
    auto address = TeamAddress::parse(parser.value(teamOption));
    if (!address)
        return failed(err, address.error());
    if (address->user.isEmpty())
        address->user = TeamAgents::loginFor(agent); // the login `team add-agent` made
    QString password;
    if (parser.isSet(passwordOption)) {
        password = cli::firstStdinLine();
        if (password.isEmpty()) {
            err << tr("textdesk: no password on standard input (--password-stdin: the first "
                      "line).")
                << Qt::endl;
            return Usage;
        }
    }
    // The login must work and be that agent's before anything is written.
    TeamConnection connection;
    if (auto opened = connection.open(*address, password); !opened)
        return failed(err, opened.error());
    password.fill(QChar(u'\0'));
    const QSqlDatabase db = connection.database();
    if (auto checked = TeamSchema::check(db); !checked)
        return failed(err, checked.error());
    auto who = teamExec(db,
                        QStringLiteral("SELECT name FROM agents WHERE login = session_user "
                                       "AND active"));
    if (!who)
        return failed(err, who.error());
    const QString name = who->next() ? who->value(0).toString() : QString();
    if (name.compare(agent, Qt::CaseInsensitive) != 0) {
        err << (name.isEmpty() ? tr("textdesk: the login %1 is not an active agent of this team.")
                                     .arg(address->user)
                               : tr("textdesk: the login %1 is %2's, not %3's.")
                                     .arg(address->user, name, agent))
            << Qt::endl;
        return Failed;
    }
    auto workspace = Workspace::open(parser.value(workspaceOption));
    if (!workspace) {
        err << tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        return Failed;
    }
    {
        QSettings ini((*workspace)->settingsPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("team/url"), address->toString());
        ini.setValue(QStringLiteral("agent/name"), name);
        ini.sync();
        if (ini.status() != QSettings::NoError) {
            err << tr("textdesk: %1 could not be written.").arg((*workspace)->settingsPath())
                << Qt::endl;
            return Failed;
        }
    }
    out << tr("This workspace is now %1's desktop of the team at %2. Textdesk asks for the "
              "password when it starts and keeps it in the keychain (or reads ~/.pgpass).")
               .arg(name, address->toString())
        << Qt::endl;
    return Ok;
}

} // namespace textdesk
