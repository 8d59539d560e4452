#pragma once

#include "Outbox.h"
#include "provider/ProviderJob.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace textdesk::sync {

// Did the provider get this message? For an entry whose create request may have reached the
// provider (a timeout after the body went out, a cut connection, a crash mid-submit): lists the
// provider's messages from our number to the customer, newest first (no DateSent filter: a
// queued message has no date_sent yet), walking back until the messages are older than the
// entry minus a margin (clock skew, and provider times in whole seconds), and collects the
// outbound ones with the entry's text. Which of them is the entry's (one not already ours) the
// caller decides against the cache.
class OutboxReconciler : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Listed, Failed };

    OutboxReconciler(provider::Provider *provider, OutboxEntry entry, qint64 marginMs, int pageSize,
                     QObject *parent = nullptr);
    ~OutboxReconciler() override;

    void start();
    const OutboxEntry &entry() const { return m_entry; }
    Outcome outcome() const { return m_outcome; }
    // Messages that may be the entry's, oldest first.
    const QList<provider::ProviderMessage> &candidates() const { return m_candidates; }
    const provider::ProviderError &error() const { return m_error; }
    int pages() const { return m_pages; }

    // Whether a provider message carries this text (as sent, or as the provider's smart
    // encoding may have rewritten it).
    static bool sameText(const QString &sent, const QString &provider);

signals:
    void finished();

private:
    void request(provider::MessagePageJob *job);
    void onPage(provider::MessagePageJob *job);
    void finish(Outcome outcome);

    provider::Provider *m_provider;
    OutboxEntry m_entry;
    qint64 m_marginMs;
    int m_pageSize;
    QPointer<provider::MessagePageJob> m_job;
    QList<provider::ProviderMessage> m_candidates;
    provider::ProviderError m_error;
    Outcome m_outcome = Outcome::Failed;
    int m_pages = 0;
};

} // namespace textdesk::sync
