#pragma once

#include "MessageWriter.h"
#include "core/Clock.h"
#include "provider/ProviderJob.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace textdesk::sync {

// One conversation's history from before what the cache holds (the first sync stops at a
// horizon), fetched when the agent asks: the provider's list filtered to the customer and our
// number, both ways (To/From: the list knows no "or"), sent on or before the day of the oldest
// cached message (`DateSent<`). Each page is written as a pull writes it (MessageWriter, the
// inbound hooks, one transaction), so what is cached already is only upserted: asking twice
// adds nothing.
class OlderHistory : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        qint64 conversationId = 0;
        QString customer; // E.164
        QString ourNumber;
        qint64 beforeMs = 0; // the oldest cached message's time; 0: everything
    };

    OlderHistory(provider::Provider *provider, Database &db, const InboundHandler *hooks,
                 Clock &clock, QObject *parent = nullptr);

    // The conversation's summary gives the parties; its oldest cached message the date.
    static textdesk::Result<Request> requestFor(Database &db, qint64 conversationId);

    void start(const Request &request);
    // Stops after the page being written (each page is committed whole); finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 conversationId() const { return m_request.conversationId; }

signals:
    void progressed(qint64 conversationId, qint64 listed);
    // `inserted` messages new to the cache; `error` empty when every page was read (or
    // cancelled, with `cancelled`).
    void finished(qint64 conversationId, qint64 inserted, bool cancelled, const QString &error);

private:
    void list(int direction);
    void onPage(provider::MessagePageJob *job);
    Status write(const QList<provider::ProviderMessage> &messages, qint64 &inserted);
    void finish(bool cancelled, const QString &error);

    provider::Provider *m_provider;
    Database &m_db;
    Clock &m_clock;
    MessageWriter m_writer;
    Request m_request;
    QPointer<provider::MessagePageJob> m_job;
    int m_direction = 0; // 0: from us to the customer, 1: from the customer to us
    qint64 m_listed = 0;
    qint64 m_inserted = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace textdesk::sync
