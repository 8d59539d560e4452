#include "OlderHistory.h"

#include "storage/ConversationSummaries.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>

namespace textdesk::sync {

OlderHistory::OlderHistory(provider::Provider *provider, Database &db, const InboundHandler *hooks,
                           Clock &clock, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_db(db)
    , m_clock(clock)
    , m_writer(db, hooks)
{ }

textdesk::Result<OlderHistory::Request> OlderHistory::requestFor(Database &db,
                                                                 qint64 conversationId)
{
    MessageStore messages(db);
    auto summary = messages.conversation(conversationId);
    if (!summary)
        return summary.error();
    auto oldest = messages.oldestCreatedAt(conversationId);
    if (!oldest)
        return oldest.error();
    return Request { conversationId, summary->contactE164, summary->inboxE164, *oldest };
}

void OlderHistory::start(const Request &request)
{
    if (m_running)
        return;
    m_request = request;
    m_running = true;
    m_cancelled = false;
    m_listed = 0;
    m_inserted = 0;
    m_writer.forget();
    list(0);
}

void OlderHistory::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel(); // onPage() ends it
}

void OlderHistory::list(int direction)
{
    m_direction = direction;
    provider::MessageQuery query;
    query.to = direction == 0 ? m_request.customer : m_request.ourNumber;
    query.from = direction == 0 ? m_request.ourNumber : m_request.customer;
    if (m_request.beforeMs > 0) {
        // Whole days, GMT, on or before: the oldest cached day is listed again (and only
        // upserted), so that nothing of that day is missed.
        query.dateSentOnOrBefore = QDateTime::fromMSecsSinceEpoch(m_request.beforeMs, Qt::UTC)
                                       .date()
                                       .toString(Qt::ISODate);
    }
    query.pageSize = 1000;
    m_job = m_provider->listMessages(query);
    connect(m_job, &provider::ProviderJob::finished, this,
            [this, job = m_job.data()] { onPage(job); });
}

void OlderHistory::onPage(provider::MessagePageJob *job)
{
    m_job = nullptr;
    if (!m_running)
        return;
    if (m_cancelled) {
        finish(true, {});
        return;
    }
    if (!job->succeeded()) {
        finish(false, job->error().message());
        return;
    }
    qint64 inserted = 0;
    if (Status s = write(job->page.messages, inserted); !s) {
        m_writer.forget();
        finish(false, s.error().message());
        return;
    }
    m_inserted += inserted;
    m_listed += job->page.messages.size();
    emit progressed(m_request.conversationId, m_listed);
    if (!job->page.nextPageUri.isEmpty()) {
        m_job = m_provider->nextPage(job->page.nextPageUri);
        connect(m_job, &provider::ProviderJob::finished, this,
                [this, next = m_job.data()] { onPage(next); });
    } else if (m_direction == 0) {
        list(1);
    } else {
        finish(false, {});
    }
}

Status OlderHistory::write(const QList<provider::ProviderMessage> &messages, qint64 &inserted)
{
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // Older than what the conversation had: its columns are merged once, after the page.
    ConversationSummaries::InsertedMessages added;
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        MessageRecord stored;
        auto written = m_writer.write(*it, now, MessageStore::Scope::InBatch, &stored);
        if (!written)
            return written.error();
        if (*written != MessageStore::Upsert::Inserted)
            continue;
        ++inserted;
        added.add(stored.conversationId, stored.id, stored.direction, stored.createdAt,
                  stored.body);
    }
    if (Status s = added.apply(m_db); !s)
        return s;
    return tx.commit();
}

void OlderHistory::finish(bool cancelled, const QString &error)
{
    m_running = false;
    emit finished(m_request.conversationId, m_inserted, cancelled, error);
}

} // namespace textdesk::sync
