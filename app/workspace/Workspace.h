#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace textdesk {

// A workspace is a folder: cache.sqlite (the local cache), media/ (downloaded MMS content) and
// workspace.ini (which provider, or which team's store, it talks to; never a secret).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::Workspace)
public:
    // Team: a desktop of a team (docs/team.md): the cache is a replica of the team's
    // PostgreSQL store ([team] url in workspace.ini), and the team's gateway talks to the
    // provider; this computer never does.
    enum class Kind { Training, Provider, Team };

    // <AppDataLocation>/workspaces/default, and the training workspace beside it.
    static QString defaultLocation();
    static QString trainingLocation();
    // Whether the workspace in `directory` has a provider set up, without opening its cache.
    static bool isConfigured(const QString &directory);

    // Creates the folder if needed and opens the cache as this thread's writer (migrating it).
    // A damaged cache is moved aside (see movedAsideFile()) and a fresh one created; every
    // other problem is returned as is, with the files left untouched.
    static Result<std::unique_ptr<Workspace>> open(const QString &directory);

    QString directory() const { return m_directory; }
    QString cachePath() const;
    QString mediaDirectory() const;
    QString settingsPath() const;
    Kind kind() const;
    bool hasProvider() const; // a provider account of its own (not a team desktop)
    // [team] url: the team's store, without a password (there never is one); empty: none.
    QString teamUrl() const;

    // The writer connection of the thread that opened the workspace (until releaseWriter()).
    Database &database() { return *m_db; }
    // Closes this thread's writer, so that the sync thread's own writer is the only one.
    void releaseWriter() { m_db.reset(); }
    // A read-only connection for another thread (the GUI), opened on the calling thread.
    Result<std::unique_ptr<Database>> openReader() const;

    // Where a damaged cache was moved to during open(), or empty.
    QString movedAsideFile() const { return m_movedAside; }

private:
    explicit Workspace(QString directory);
    static Result<QString> moveAside(const QString &cachePath);

    QString m_directory;
    std::unique_ptr<Database> m_db;
    QString m_movedAside;
};

} // namespace textdesk
