#include "MediaFetcher.h"

#include "MediaType.h"
#include "PullSync.h"
#include "storage/Records.h"
#include "storage/SqlHelpers.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSaveFile>

#include <limits>

Q_LOGGING_CATEGORY(lcMedia, "textdesk.sync.media", QtInfoMsg)

namespace textdesk::sync {

namespace {

using provider::ProviderError;

const QString kPending = QStringLiteral("pending");
const QString kDownloading = QStringLiteral("downloading");
const QString kDone = QStringLiteral("done");
const QString kFailed = QStringLiteral("failed");
const QString kUnsupported = QStringLiteral("unsupported");

QVariant nullIfEmpty(const QString &text)
{
    return sql::orNull(text);
}

} // namespace

MediaFetcher::MediaFetcher(provider::Provider *provider, Database &db, QString mediaDirectory,
                           MediaFetchOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_db(db)
    , m_mediaDirectory(std::move(mediaDirectory))
    , m_options(std::move(options))
    , m_retryTimer(this) // a child, so that moveToThread() takes it along
{
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_options.scanChunkRows = std::max(1, m_options.scanChunkRows);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &MediaFetcher::fetchPending);
}

MediaFetcher::~MediaFetcher()
{
    // No database writes here: the owner may already have closed it. Rows left 'downloading'
    // are put back by the next start().
    for (const QPointer<provider::ProviderJob> &job : std::as_const(m_inFlight)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

QString MediaFetcher::relativePathFor(const QString &sha256Hex, const QString &extension)
{
    // 256 folders keep any one directory small enough for every file system and file manager.
    return sha256Hex.left(2) + QLatin1Char('/') + sha256Hex + QLatin1Char('.') + extension;
}

qint64 MediaFetcher::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

bool MediaFetcher::isBusy() const
{
    return m_scanning || !m_inFlight.isEmpty() || !m_downloads.empty() || !m_listings.empty();
}

void MediaFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    // A run that ended mid-download (crash, kill) left 'downloading'; a save that failed for
    // lack of space is 'failed' with its hash known but no file: both are worth another try.
    for (const QString &sql :
         { QStringLiteral("UPDATE media SET download_state = 'pending' WHERE download_state = "
                          "'downloading'"),
           QStringLiteral("UPDATE media SET download_state = 'pending' WHERE download_state = "
                          "'failed' AND sha256 IS NOT NULL AND local_path IS NULL") }) {
        if (auto status = m_db.execOnce(sql); !status) {
            storageFailed(status.error());
            return;
        }
    }
    m_scannedHighWater.reset(); // the first scan of a run looks at every message
    fetchPending();
}

void MediaFetcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_downloads.clear();
    m_listings.clear();
    m_queuedMedia.clear();
    m_queuedMessages.clear();
    m_scanning = false;
    m_rescan = false;
    ++m_scanGeneration;
    // cancel() finishes each job at once: onDownloaded() puts its row back to 'pending'.
    const auto jobs = m_inFlight;
    for (const QPointer<provider::ProviderJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    m_inFlight.clear();
    m_done = m_total = 0;
    checkIdle();
}

void MediaFetcher::fetchPending()
{
    if (!m_running)
        return;
    m_idle = false; // every call ends with one idle()
    // Recomputed by this pass: every row, listing and save still waiting says when it is due.
    m_nextWake = std::numeric_limits<qint64>::max();
    releaseDueRetries();
    // 'downloading' too: a row whose outcome could not be written (the cache refused) is
    // downloaded again; the ones in flight are skipped as queued.
    queuePendingRows(QStringLiteral("media.download_state IN ('pending', 'downloading')"), {});
    beginScan();
    pump();
}

void MediaFetcher::releaseDueRetries()
{
    const qint64 t = now();
    const auto listings = m_listingBackoff;
    for (auto it = listings.cbegin(); it != listings.cend(); ++it)
        queueListing({ it.key(), it->messageSid }); // or, if not due, wakes up when it is
    const auto failedSaves = m_failedSaves;
    for (const qint64 mediaId : failedSaves) {
        const qint64 due = m_mediaBackoff.value(mediaId).notBefore;
        if (due > t) {
            wakeAt(due);
            continue;
        }
        // Not 'failed' any more (or the cache refused): dropped either way, so that a row that
        // is gone cannot keep the timer spinning; the next start() retries failed saves.
        setState(mediaId, kPending, std::nullopt, { kFailed });
        m_failedSaves.remove(mediaId);
    }
}

// Messages with media but no media rows: never listed. A full scan reads every message, so
// only the first scan of a run is full; later ones stop a margin below the pull cursor of the
// previous scan, since a pull only writes messages created after its cursor minus its overlap.
void MediaFetcher::beginScan()
{
    if (m_scanning) {
        m_rescan = true;
        return;
    }
    auto highWater = PullSync::highWater(m_db);
    if (!highWater) {
        storageFailed(highWater.error());
        return;
    }
    const qint64 previous = m_scannedHighWater.value_or(0);
    m_scanFloor = previous > m_options.rescanMarginMs
        ? MessageId::first(previous - m_options.rescanMarginMs)
        : std::numeric_limits<qint64>::min();
    m_scanCursor = std::numeric_limits<qint64>::max();
    m_scanHighWater = *highWater;
    m_scanning = true;
    ++m_scanGeneration;
    scanChunk();
}

void MediaFetcher::continueScan(void (MediaFetcher::*step)())
{
    // Queued, so the sync thread keeps pulling meanwhile; a stop() or a newer scan in between
    // makes this one stale.
    QTimer::singleShot(0, this, [this, step, generation = m_scanGeneration] {
        if (generation != m_scanGeneration || !m_running)
            return;
        (this->*step)();
        pump();
    });
}

void MediaFetcher::scanChunk()
{
    if (!m_running || !m_scanning)
        return;
    // The chunk's lowest id bounds the matching query, so that one turn reads at most
    // scanChunkRows messages however few of them have media.
    auto low = m_db.scalar(QStringLiteral("SELECT min(id) FROM (SELECT id FROM messages WHERE id "
                                          "< ? AND id >= ? ORDER BY id DESC LIMIT ?)"),
                           { m_scanCursor, m_scanFloor, m_options.scanChunkRows });
    if (!low) {
        m_scanning = false;
        storageFailed(low.error());
        return;
    }
    const bool last = low->isNull();
    const qint64 chunkLow = last ? m_scanFloor : low->toLongLong();
    auto query = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.sid FROM messages m WHERE m.id >= ? AND m.id < ? AND m.num_media > 0 "
        "AND m.sid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM media WHERE media.message_id = "
        "m.id) ORDER BY m.id DESC"));
    if (!query) {
        m_scanning = false;
        storageFailed(query.error());
        return;
    }
    sql::bind(**query, { chunkLow, m_scanCursor });
    if (auto status = m_db.exec(**query); !status) {
        m_scanning = false;
        storageFailed(status.error());
        return;
    }
    QList<Listing> found;
    while ((*query)->next())
        found.append({ (*query)->value(0).toLongLong(), (*query)->value(1).toString() });
    (*query)->finish();
    for (const Listing &listing : std::as_const(found)) {
        if (!m_listedEmpty.contains(listing.messageId))
            queueListing(listing);
    }

    m_scanCursor = chunkLow;
    if (last || chunkLow <= m_scanFloor) {
        m_scanning = false;
        m_scannedHighWater = m_scanHighWater;
        if (m_rescan) {
            m_rescan = false;
            continueScan(&MediaFetcher::beginScan);
        }
    } else {
        continueScan(&MediaFetcher::scanChunk);
    }
}

void MediaFetcher::queuePendingRows(const QString &where, const QVariantList &bind)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT media.id, media.message_id, media.sid, media.content_type, "
                       "messages.sid FROM media JOIN messages ON messages.id = media.message_id "
                       "WHERE %1 ORDER BY media.message_id DESC, media.id")
            .arg(where));
    if (!query) {
        storageFailed(query.error());
        return;
    }
    for (int i = 0; i < bind.size(); ++i)
        (*query)->bindValue(i, bind.at(i));
    if (auto status = m_db.exec(**query); !status) {
        storageFailed(status.error());
        return;
    }
    QList<Download> rows;
    while ((*query)->next()) {
        const QSqlQuery &q = **query;
        rows.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(4).toString(),
                      q.value(2).toString(), q.value(3).toString() });
    }
    (*query)->finish();

    const qint64 t = now();
    for (const Download &row : std::as_const(rows)) {
        if (m_queuedMedia.contains(row.mediaId))
            continue;
        if (const qint64 due = m_mediaBackoff.value(row.mediaId).notBefore; due > t) {
            wakeAt(due);
            continue;
        }
        if (!m_links.contains(row.mediaSid)) {
            // The link comes from a listing; after a restart the message is listed again.
            queueListing({ row.messageId, row.messageSid });
            continue;
        }
        m_queuedMedia.insert(row.mediaId);
        m_downloads.push_back(row);
        ++m_total;
    }
}

void MediaFetcher::queueListing(const Listing &listing)
{
    if (m_queuedMessages.contains(listing.messageId))
        return;
    if (const qint64 due = m_listingBackoff.value(listing.messageId).notBefore; due > now()) {
        wakeAt(due);
        return;
    }
    m_queuedMessages.insert(listing.messageId);
    m_listings.push_back(listing);
}

void MediaFetcher::pump()
{
    // A job deleted without finishing (its provider went first) must not hold a slot.
    m_inFlight.removeIf([](const QPointer<provider::ProviderJob> &job) { return job.isNull(); });
    while (m_running && m_inFlight.size() < m_options.maxConcurrent) {
        // Downloads first: what is listed already is what an agent is waiting to see.
        if (!m_downloads.empty()) {
            const Download download = m_downloads.front();
            m_downloads.pop_front();
            startDownload(download);
        } else if (!m_listings.empty()) {
            const Listing listing = m_listings.front();
            m_listings.pop_front();
            startListing(listing);
        } else {
            break;
        }
    }
    if (m_done != m_reportedDone || m_total != m_reportedTotal) {
        m_reportedDone = m_done;
        m_reportedTotal = m_total;
        emit progress(m_done, m_total);
    }
    checkIdle();
}

void MediaFetcher::checkIdle()
{
    if (isBusy() || m_idle)
        return;
    m_idle = true;
    m_done = m_total = m_reportedDone = m_reportedTotal = 0;
    scheduleRetryTimer();
    emit idle();
}

void MediaFetcher::startListing(const Listing &listing)
{
    provider::MediaListJob *job = m_provider->listMedia(listing.messageSid);
    m_inFlight.append(job);
    connect(job, &provider::ProviderJob::finished, this,
            [this, listing, job] { onListed(listing, job); });
}

void MediaFetcher::onListed(const Listing &listing, provider::MediaListJob *job)
{
    m_inFlight.removeAll(job);
    m_queuedMessages.remove(listing.messageId);
    const ProviderError error = job->error();
    if (error.kind() == ProviderError::Kind::Cancelled)
        return;
    if (error.isError()) {
        if (error.isTransient()) {
            Backoff &backoff = m_listingBackoff[listing.messageId];
            backoff.messageSid = listing.messageSid;
            backOff(backoff, error);
            qCInfo(lcMedia).noquote() << "listing media of" << listing.messageSid
                                      << "failed, retrying later:" << error.details();
        } else {
            // The provider will not list them (the message is gone, …): not asked again this
            // run; rows waiting for a link get the reason.
            m_listingBackoff.remove(listing.messageId);
            m_listedEmpty.insert(listing.messageId);
            qCWarning(lcMedia).noquote()
                << "listing media of" << listing.messageSid << "failed:" << error.details();
            auto query = m_db.prepare(QStringLiteral(
                "UPDATE media SET download_state = 'failed', failure_reason = ? WHERE "
                "message_id = ? AND download_state = 'pending'"));
            if (query) {
                sql::bind(**query, { error.message(), listing.messageId });
                if (auto status = m_db.exec(**query); !status)
                    storageFailed(status.error());
                else if ((*query)->numRowsAffected() > 0)
                    emit mediaChanged(listing.messageId);
            }
        }
        pump();
        return;
    }
    m_listingBackoff.remove(listing.messageId);

    const QList<provider::ProviderMedia> media = job->media;
    if (media.isEmpty())
        m_listedEmpty.insert(listing.messageId);
    Transaction transaction(m_db);
    Status status = transaction.status();
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO media (message_id, sid, content_type, download_state, "
                       "created_at) VALUES (?, ?, ?, 'pending', ?) ON CONFLICT(sid) DO NOTHING"));
    if (!insert)
        status = insert.error();
    QStringList sids;
    for (const provider::ProviderMedia &item : media) {
        if (!status)
            break;
        m_links.insert(item.sid, item);
        sids.append(item.sid);
        sql::bind(**insert,
                  { listing.messageId, item.sid, nullIfEmpty(item.contentType),
                    item.dateCreatedMs > 0 ? item.dateCreatedMs : now() });
        status = m_db.exec(**insert);
    }
    // Rows of this message the provider no longer lists (deleted there) will never download.
    if (status) {
        QString sql = QStringLiteral("UPDATE media SET download_state = 'failed', failure_reason "
                                     "= ? WHERE message_id = ? AND download_state = 'pending'");
        QVariantList bind { tr("The provider no longer has this attachment."), listing.messageId };
        if (!sids.isEmpty()) {
            sql += QStringLiteral(" AND sid NOT IN (%1)")
                       .arg(QStringList(sids.size(), QStringLiteral("?")).join(u','));
            for (const QString &sid : std::as_const(sids))
                bind.append(sid);
        }
        auto gone = m_db.prepare(sql);
        if (!gone) {
            status = gone.error();
        } else {
            for (int i = 0; i < bind.size(); ++i)
                (*gone)->bindValue(i, bind.at(i));
            status = m_db.exec(**gone);
        }
    }
    if (status)
        status = transaction.commit();
    if (!status) {
        // Listed again later: the scan may not come back to a message this old.
        Backoff &backoff = m_listingBackoff[listing.messageId];
        backoff.messageSid = listing.messageSid;
        backOff(backoff, ProviderError());
        m_listedEmpty.remove(listing.messageId);
        storageFailed(status.error());
        pump();
        return;
    }
    emit mediaChanged(listing.messageId);
    queuePendingRows(QStringLiteral("media.message_id = ? AND media.download_state = 'pending'"),
                     { listing.messageId });
    pump();
}

void MediaFetcher::startDownload(const Download &download)
{
    if (!setState(download.mediaId, kDownloading, std::nullopt, { kPending, kDownloading })) {
        // Changed meanwhile (or the cache refused): not ours to download now.
        m_queuedMedia.remove(download.mediaId);
        --m_total;
        return;
    }
    emit mediaChanged(download.messageId);
    provider::MediaContentJob *job
        = m_provider->downloadMedia(m_links.value(download.mediaSid), m_options.maxBytes);
    m_inFlight.append(job);
    connect(job, &provider::ProviderJob::finished, this,
            [this, download, job] { onDownloaded(download, job); });
}

void MediaFetcher::onDownloaded(const Download &download, provider::MediaContentJob *job)
{
    m_inFlight.removeAll(job);
    m_queuedMedia.remove(download.mediaId);
    m_failedSaves.remove(download.mediaId); // store() notes it again if saving fails again
    const ProviderError error = job->error();
    using Kind = ProviderError::Kind;

    if (error.kind() == Kind::Cancelled) {
        // stop(): nothing was written; the row waits for the next start().
        setState(download.mediaId, kPending, std::nullopt, { kDownloading });
        emit mediaChanged(download.messageId);
        return;
    }

    Outcome outcome;
    if (error.kind() == Kind::TooLarge) {
        outcome.state = kFailed;
        outcome.reason = tr("This attachment is larger than %1, the most Textdesk downloads.")
                             .arg(QLocale().formattedDataSize(m_options.maxBytes, 1,
                                                              QLocale::DataSizeTraditionalFormat));
    } else if (error.isTransient()) {
        Backoff &backoff = m_mediaBackoff[download.mediaId];
        const qint64 delay = backOff(backoff, error);
        outcome.state = kPending;
        outcome.reason = error.message(); // shown while it waits; cleared once it arrives
        qCInfo(lcMedia).noquote() << "download of" << download.mediaSid << "failed, retrying in"
                                  << delay << "ms:" << error.details();
    } else if (error.isError()) {
        outcome.state = kFailed;
        outcome.reason = error.message();
        qCWarning(lcMedia).noquote()
            << "download of" << download.mediaSid << "failed:" << error.details();
    } else {
        outcome = store(download, job->content, job->contentType);
    }
    if (outcome.state != kPending && !m_failedSaves.contains(download.mediaId))
        m_mediaBackoff.remove(download.mediaId);
    if (outcome.contentType.isEmpty())
        outcome.contentType = download.label;
    writeOutcome(download.mediaId, outcome);
    ++m_done;
    emit mediaChanged(download.messageId);
    pump();
}

MediaFetcher::Outcome MediaFetcher::store(const Download &download, const QByteArray &content,
                                          const QString &served)
{
    // The listing's label is the provider's record; the download's header may add parameters.
    const QString label = download.label.isEmpty() ? served : download.label;
    Outcome outcome;
    outcome.size = content.size();
    outcome.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const MediaType type = sniffMediaType(content);
    if (content.isEmpty() || !type.isKnown()) {
        // Not stored: a file nobody can identify is not one to hand to a viewer.
        outcome.state = kUnsupported;
        outcome.contentType = normalisedContentType(label);
        outcome.reason = content.isEmpty()
            ? tr("The attachment is empty.")
            : tr("Textdesk does not recognise this kind of file (it was sent as %1), so it was "
                 "not saved.")
                  .arg(describeMediaType(label));
        qCInfo(lcMedia).noquote() << "unrecognised content in" << download.mediaSid << "labelled"
                                  << label;
        return outcome;
    }

    const QString relative = relativePathFor(outcome.sha256, type.extension);
    if (const auto problem = save(m_mediaDirectory + QLatin1Char('/') + relative, content)) {
        // Failed for now: the row says why, and the download is tried again later (this run
        // after a backoff, or at the next start).
        outcome.state = kFailed;
        outcome.contentType = type.mimeType;
        outcome.reason = *problem;
        Backoff &backoff = m_mediaBackoff[download.mediaId];
        backOff(backoff, ProviderError());
        m_failedSaves.insert(download.mediaId);
        qCWarning(lcMedia).noquote() << "could not save" << download.mediaSid << ":" << *problem;
        return outcome;
    }
    outcome.state = kDone;
    outcome.contentType = type.mimeType;
    outcome.localPath = relative;
    if (!labelMatches(label, type)) {
        outcome.reason = tr("Sent as %1, but the file is a %2; shown as what it is.")
                             .arg(describeMediaType(label), describeMediaType(type.mimeType));
        qCInfo(lcMedia).noquote() << download.mediaSid << "labelled" << label << "is"
                                  << type.mimeType;
    }
    return outcome;
}

std::optional<QString> MediaFetcher::save(const QString &path, const QByteArray &content)
{
    // Content-addressed: a file by this name holds these bytes already (QSaveFile never
    // leaves a partial one under the final name).
    const QFileInfo info(path);
    if (info.exists() && info.size() == content.size())
        return std::nullopt;
    const auto diskFull = [] {
        return tr("There is not enough free disk space to save this attachment. Free some "
                  "space; Textdesk tries again.");
    };
    const auto failed = [](const QString &why) {
        return tr("Textdesk could not save this attachment in the media folder (%1). It tries "
                  "again later.")
            .arg(why);
    };
    if (!QDir().mkpath(info.absolutePath()))
        return failed(tr("cannot create the folder %1").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.error() == QFileDevice::ResourceError ? diskFull() : failed(file.errorString());
    if (file.write(content) != content.size()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return full ? diskFull() : failed(why);
    }
    if (m_failSaves > 0) {
        --m_failSaves;
        file.cancelWriting();
        file.commit();
        return diskFull();
    }
    if (!file.commit())
        return file.error() == QFileDevice::ResourceError ? diskFull() : failed(file.errorString());
    return std::nullopt;
}

bool MediaFetcher::writeOutcome(qint64 mediaId, const Outcome &outcome)
{
    auto query = m_db.prepare(QStringLiteral(
        "UPDATE media SET download_state = ?, content_type = ?, size_bytes = ?, local_path = ?, "
        "sha256 = ?, failure_reason = ? WHERE id = ?"));
    if (!query) {
        storageFailed(query.error());
        return false;
    }
    sql::bind(
        **query,
        { outcome.state, nullIfEmpty(outcome.contentType),
          outcome.size >= 0 ? QVariant(outcome.size) : QVariant(QMetaType(QMetaType::LongLong)),
          nullIfEmpty(outcome.localPath), nullIfEmpty(outcome.sha256), nullIfEmpty(outcome.reason),
          mediaId });
    if (auto status = m_db.exec(**query); !status) {
        storageFailed(status.error());
        return false;
    }
    return true;
}

bool MediaFetcher::setState(qint64 mediaId, const QString &state,
                            const std::optional<QString> &reason, const QStringList &onlyFrom)
{
    QString sql = QStringLiteral("UPDATE media SET download_state = ?");
    QVariantList bind { state };
    if (reason) {
        sql += QStringLiteral(", failure_reason = ?");
        bind.append(nullIfEmpty(*reason));
    }
    sql += QStringLiteral(" WHERE id = ?");
    bind.append(mediaId);
    if (!onlyFrom.isEmpty()) {
        sql += QStringLiteral(" AND download_state IN (%1)")
                   .arg(QStringList(onlyFrom.size(), QStringLiteral("?")).join(u','));
        for (const QString &from : onlyFrom)
            bind.append(from);
    }
    auto query = m_db.prepare(sql);
    if (!query) {
        storageFailed(query.error());
        return false;
    }
    for (int i = 0; i < bind.size(); ++i)
        (*query)->bindValue(i, bind.at(i));
    if (auto status = m_db.exec(**query); !status) {
        storageFailed(status.error());
        return false;
    }
    return (*query)->numRowsAffected() > 0;
}

qint64 MediaFetcher::backOff(Backoff &backoff, const ProviderError &error)
{
    ++backoff.failures;
    const int exponent = std::clamp(backoff.failures - 1, 0, 20);
    const qint64 ceiling = std::min(m_options.retryMaxMs, m_options.retryBaseMs << exponent);
    const double r
        = m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
    // Full jitter over the upper half: spread out, but never an immediate retry.
    const qint64 delay
        = std::max(ceiling / 2 + qint64(r * double(ceiling / 2)), error.retryAfterMs());
    backoff.notBefore = now() + delay;
    wakeAt(backoff.notBefore);
    return delay;
}

void MediaFetcher::wakeAt(qint64 time)
{
    m_nextWake = std::min(m_nextWake, time);
}

void MediaFetcher::scheduleRetryTimer()
{
    if (!m_running || m_nextWake == std::numeric_limits<qint64>::max())
        return;
    const qint64 delay = std::clamp<qint64>(m_nextWake - now(), 0, std::numeric_limits<int>::max());
    if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > delay)
        m_retryTimer.start(int(delay));
}

void MediaFetcher::storageFailed(const StorageError &error)
{
    // The cache is busy, full or read-only: try the whole round again later.
    qCWarning(lcMedia).noquote() << "cache:" << error.details();
    if (m_running && !m_retryTimer.isActive())
        m_retryTimer.start(int(std::min<qint64>(m_options.retryBaseMs, 60'000)));
}

} // namespace textdesk::sync
