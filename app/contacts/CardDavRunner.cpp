#include "CardDavRunner.h"

#include "CardDavClient.h"
#include "CardDavSync.h"

#include <QNetworkAccessManager>

namespace textdesk::contacts {

CardDavRunner::CardDavRunner(std::function<Database *()> writer, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_writer(std::move(writer))
    , m_clock(clock)
{ }

CardDavRunner::~CardDavRunner() = default;

void CardDavRunner::run(const QUrl &book, const QString &user, const QString &password,
                        const QString &region)
{
    if (m_sync) {
        emit finished({}, 0, tr("A contacts sync is already running."));
        return;
    }
    if (const QString why = CardDavClient::checkUrl(book); !why.isEmpty()) {
        emit finished({}, 0, why);
        return;
    }
    Database *db = m_writer ? m_writer() : nullptr;
    if (!db) {
        emit finished({}, 0,
                      tr("The workspace's cache is not open, so contacts cannot be synced."));
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_client = new CardDavClient(m_network, book, user, password, this);
    m_sync = new CardDavSync(*db, *m_client, region, m_clock, this);
    connect(m_sync, &CardDavSync::progress, this, &CardDavRunner::progress);
    connect(m_sync, &CardDavSync::sent, this, &CardDavRunner::sent);
    connect(m_sync, &CardDavSync::finished, this, &CardDavRunner::done);
    m_sync->start();
}

void CardDavRunner::cancel()
{
    if (m_sync)
        m_sync->cancel();
}

void CardDavRunner::done()
{
    const CardDavSummary s = m_sync->summary();
    m_sync->deleteLater();
    m_client->deleteLater(); // and the password with it
    m_sync = nullptr;
    m_client = nullptr;
    QString result = tr("Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 updated, %6 "
                        "deleted. Conflicts: %7 new, %8 open.")
                         .arg(s.addedHere)
                         .arg(s.updatedHere)
                         .arg(s.deletedHere)
                         .arg(s.addedThere)
                         .arg(s.updatedThere)
                         .arg(s.deletedThere)
                         .arg(s.newConflicts)
                         .arg(s.openConflicts);
    if (s.skipped)
        result
            += u' ' + tr("Skipped %n card(s) without a usable phone number.", nullptr, s.skipped);
    for (const QString &warning : s.warnings)
        emit progress(warning);
    emit finished(result, s.openConflicts, s.error);
}

} // namespace textdesk::contacts
