#pragma once

#include "TeamError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace textdesk::team {

enum class TeamRole { Agent, Lead, Admin };
QString roleName(TeamRole role); // "agent", "lead", "admin" (the schema's words)
bool parseRole(const QString &text, TeamRole *role);

struct TeamAgent
{
    qint64 id = 0;
    QString name; // as people see it: "Ana López"
    QString login; // the database login: "ana_lopez"
    TeamRole role = TeamRole::Agent;
    bool active = true;
    int openConversations = 0; // assigned and not closed: the team view's load
};

struct NewAgent
{
    TeamAgent agent;
    QString password; // shown once to the administrator; PostgreSQL keeps only a SCRAM verifier
};

namespace TeamAgents {

// The database login for a display name: lowercase ASCII letters, digits and '_'.
QString loginFor(const QString &name);

// A random password of 20 letters and digits (~100 bits), from the system's generator.
QString generatePassword();

// PostgreSQL's SCRAM-SHA-256 verifier of `password` (RFC 5802/7677, PostgreSQL's format): what
// CREATE ROLE … PASSWORD receives instead of the password, so the password itself never
// reaches the server, its logs or pg_stat_activity.
QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);

// Creates the login (in the role's group role) and the agents row, in one transaction. Needs a
// login that may create roles (the database's owner with CREATEROLE, or a superuser).
TeamResult<NewAgent> add(const QSqlDatabase &db, const QString &name, TeamRole role);

// Everyone, with their open load, by name.
TeamResult<QList<TeamAgent>> list(const QSqlDatabase &db);

} // namespace TeamAgents
} // namespace textdesk::team
