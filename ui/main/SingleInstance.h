#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace textdesk {

// One window per workspace and user: a second launch asks the running one to come to the
// front and exits, instead of opening a second writer on the same cache. Local sockets, so it
// works the same on Windows (named pipes, this user only) and Unix (a socket in the user's
// private runtime folder, XDG_RUNTIME_DIR, that no other user can enter or plant a socket in);
// a socket left by a crash is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary, // this process is the first
        Secondary, // another one was found and asked to activate its window
        Failed, // neither could be made sure of (errorString() says why)
    };

    // key: what must be unique, e.g. the workspace folder.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    Role role() const { return m_role; }
    // True when this process is the first; false when another one was found (this one should
    // then exit) or when that could not be told (failed()).
    bool isPrimary() const { return m_role == Role::Primary; }
    bool failed() const { return m_role == Role::Failed; }
    QString errorString() const { return m_error; } // translated
    QString serverName() const { return m_name; }

    // Where the socket for `key` lives; empty when this user has no private folder for it.
    static QString socketPath(const QString &key);

signals:
    // Another launch asked for the window.
    void activationRequested();

private:
    bool askRunningInstance();
    void fail(const QString &why);

    QString m_name;
    Role m_role = Role::Failed;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace textdesk
