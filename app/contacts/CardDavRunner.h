#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace textdesk {
class Clock;
class Database;
} // namespace textdesk

namespace textdesk::contacts {

class CardDavClient;
class CardDavSync;

// One CardDAV sync at a time for the app, on the thread this object lives on (the sync
// thread, beside the engine that owns the writer): run() and cancel() are called queued from
// the window; it answers with progress() lines and one finished(). The password is held only
// while the sync runs, in memory.
class CardDavRunner : public QObject
{
    Q_OBJECT
public:
    // writer: the cache's writer on this thread, or null while it is not open.
    CardDavRunner(std::function<Database *()> writer, Clock &clock, QObject *parent = nullptr);
    ~CardDavRunner() override;

    bool running() const { return m_sync != nullptr; }

public slots:
    // region: the workspace's default region, for numbers written without a country code.
    void run(const QUrl &book, const QString &user, const QString &password, const QString &region);
    // Stops after the request in flight: what was written stays consistent (see CardDavSync).
    void cancel();

signals:
    void progress(const QString &line);
    // Sending the changes made here: `done` of `total`.
    void sent(int done, int total);
    // `result` the counts in words ("2 added here, …"), `error` empty when it completed.
    void finished(const QString &result, int openConflicts, const QString &error);

private:
    void done();

    std::function<Database *()> m_writer;
    Clock &m_clock;
    QNetworkAccessManager *m_network = nullptr; // made on first run, on this thread
    CardDavClient *m_client = nullptr;
    CardDavSync *m_sync = nullptr;
};

} // namespace textdesk::contacts
