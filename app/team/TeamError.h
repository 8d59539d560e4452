#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

class QSqlError;

namespace textdesk::team {

// What went wrong with the team's PostgreSQL store, in words a person can act on. Kept apart from
// StorageError (the local SQLite cache): the causes differ (a login, a network, a role's rights).
class TeamError
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::team::TeamError)
public:
    enum class Kind {
        NoDriver, // Qt's PostgreSQL driver (QPSQL) is not installed
        BadAddress, // the database address cannot be used as given
        CannotConnect, // no server there, refused, timed out, TLS failed
        BadLogin, // wrong user name or password
        NotATeamDatabase, // reachable, but `textdesk team init` never ran on it
        NewerSchema, // written by a newer Textdesk: refused, both versions named
        OlderSchema, // needs `textdesk team init` (an upgrade) before this Textdesk can use it
        NotAllowed, // the login's role may not do this (PostgreSQL's grants and policies)
        Conflict, // someone else changed it first (a claim, an assignment)
        InvalidInput, // refused before anything was written; technical() says why (translated)
        Other,
    };

    TeamError() = default;
    TeamError(Kind kind, QString technical = {});

    // Classifies a QtSql error from QPSQL by its SQLSTATE (nativeErrorCode) and libpq's text.
    static TeamError fromSql(const QSqlError &error);

    Kind kind() const { return m_kind; }
    QString technical() const { return m_technical; }
    // What happened and what to do, for a person (translated).
    QString message() const;

    TeamError &withVersions(int found, int supported);

private:
    Kind m_kind = Kind::Other;
    QString m_technical;
    int m_found = 0;
    int m_supported = 0;
};

// A value or a TeamError (as storage's Result is for the cache).
template<typename T> class [[nodiscard]] TeamResult
{
public:
    TeamResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    TeamResult(TeamError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }
    explicit operator bool() const { return m_data.index() == 0; }
    T &operator*() { return std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const TeamError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, TeamError> m_data;
};

struct TeamDone
{
};
using TeamStatus = TeamResult<TeamDone>;

} // namespace textdesk::team
