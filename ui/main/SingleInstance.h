#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace textdesk {

// One window per workspace and user: a second launch asks the running one to come to the
// front and exits, instead of opening a second writer on the same cache. Local sockets, so it
// works the same on Windows (named pipes) and Unix; a socket left by a crash is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key: what must be unique, e.g. the workspace folder.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the first; false when another one was found and asked to
    // activate its window (this one should then exit).
    bool isPrimary() const { return m_primary; }
    QString serverName() const { return m_name; }

signals:
    // Another launch asked for the window.
    void activationRequested();

private:
    bool askRunningInstance();

    QString m_name;
    bool m_primary = false;
    QLocalServer *m_server = nullptr;
};

} // namespace textdesk
