#include "OutboxReconciler.h"

#include "sms/SegmentCounter.h"

#include <algorithm>

namespace textdesk::sync {

OutboxReconciler::OutboxReconciler(provider::Provider *provider, OutboxEntry entry, qint64 marginMs,
                                   int pageSize, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_entry(std::move(entry))
    , m_marginMs(marginMs)
    , m_pageSize(pageSize)
{ }

OutboxReconciler::~OutboxReconciler()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

bool OutboxReconciler::sameText(const QString &sent, const QString &provider)
{
    return provider == sent || provider == sms::smartEncode(sent);
}

void OutboxReconciler::start()
{
    provider::MessageQuery query;
    query.to = m_entry.to;
    query.from = m_entry.from;
    query.pageSize = m_pageSize;
    request(m_provider->listMessages(query));
}

void OutboxReconciler::request(provider::MessagePageJob *job)
{
    m_job = job;
    connect(job, &provider::ProviderJob::finished, this, [this, job] { onPage(job); });
}

void OutboxReconciler::onPage(provider::MessagePageJob *job)
{
    m_job = nullptr;
    if (!job->succeeded()) {
        m_error = job->error();
        finish(Outcome::Failed);
        return;
    }
    ++m_pages;
    const qint64 oldest = m_entry.createdAt - m_marginMs;
    bool reachedOlder = false;
    for (const provider::ProviderMessage &m : job->page.messages) {
        if (m.dateCreatedMs != 0 && m.dateCreatedMs < oldest) {
            reachedOlder = true;
            continue;
        }
        if (m.isInbound() || !sameText(m_entry.body, m.body))
            continue;
        m_candidates.append(m);
    }
    if (reachedOlder || job->page.nextPageUri.isEmpty()) {
        // Newest first from the provider; the caller wants the oldest unclaimed one.
        std::reverse(m_candidates.begin(), m_candidates.end());
        finish(Outcome::Listed);
        return;
    }
    request(m_provider->nextPage(job->page.nextPageUri));
}

void OutboxReconciler::finish(Outcome outcome)
{
    m_outcome = outcome;
    emit finished();
}

} // namespace textdesk::sync
