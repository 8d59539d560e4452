#include "MediaFetcher.h"

#include "MediaType.h"
#include "PullSync.h"
#include "storage/Records.h"

#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>

#include <limits>

Q_LOGGING_CATEGORY(lcMedia, "textdesk.sync.media", QtInfoMsg)

namespace textdesk::sync {

namespace {

using provider::ProviderError;

using State = DownloadState;

} // namespace

MediaFetcher::MediaFetcher(provider::Provider *provider, Database &db, QString mediaDirectory,
                           MediaFetchOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_db(db)
    , m_store(db)
    , m_folder(std::move(mediaDirectory), options.maxBytes)
    , m_options(std::move(options))
    , m_retryTimer(Clock::orSystem(m_options.clock), this) // a child: moveToThread() takes it
{
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_options.scanChunkRows = std::max(1, m_options.scanChunkRows);
    connect(&m_retryTimer, &ClockTimer::timeout, this, &MediaFetcher::fetchPending);
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

qint64 MediaFetcher::now() const
{
    return Clock::orSystem(m_options.clock).nowMs();
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
    if (auto status = m_store.resetInterrupted(); !status) {
        storageFailed(status.error());
        return;
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
    queueRows(m_store.waiting());
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
        setState(mediaId, State::Waiting, std::nullopt, { State::Failed });
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
    auto low = m_store.chunkLow(m_scanCursor, m_scanFloor, m_options.scanChunkRows);
    if (!low) {
        m_scanning = false;
        storageFailed(low.error());
        return;
    }
    const bool last = !low->has_value();
    const qint64 chunkLow = last ? m_scanFloor : **low;
    auto found = m_store.unlisted(chunkLow, m_scanCursor);
    if (!found) {
        m_scanning = false;
        storageFailed(found.error());
        return;
    }
    for (const MediaStore::Unlisted &message : std::as_const(*found)) {
        if (!m_listedEmpty.contains(message.messageId))
            queueListing({ message.messageId, message.messageSid });
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

void MediaFetcher::queueRows(Result<QList<Download>> rows)
{
    if (!rows) {
        storageFailed(rows.error());
        return;
    }
    const qint64 t = now();
    for (const Download &row : *rows) {
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
            if (auto failed = m_store.failWaitingOf(listing.messageId, error.message()); !failed)
                storageFailed(failed.error());
            else if (*failed > 0)
                emit mediaChanged(listing.messageId);
        }
        pump();
        return;
    }
    m_listingBackoff.remove(listing.messageId);

    const QList<provider::ProviderMedia> media = job->media;
    if (media.isEmpty())
        m_listedEmpty.insert(listing.messageId);
    QList<MediaStore::Listed> listed;
    for (const provider::ProviderMedia &item : media) {
        m_links.insert(item.sid, item);
        listed.append(
            { item.sid, item.contentType, item.dateCreatedMs > 0 ? item.dateCreatedMs : now() });
    }
    const Status status = m_store.recordListing(listing.messageId, listed,
                                                tr("The provider no longer has this attachment."));
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
    queueRows(m_store.waitingOf(listing.messageId));
    pump();
}

void MediaFetcher::startDownload(const Download &download)
{
    if (!setState(download.mediaId, State::Downloading, std::nullopt,
                  { State::Waiting, State::Downloading })) {
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
        setState(download.mediaId, State::Waiting, std::nullopt, { State::Downloading });
        emit mediaChanged(download.messageId);
        return;
    }

    Outcome outcome;
    if (error.kind() == Kind::TooLarge) {
        outcome.state = State::Failed;
        outcome.reason = tr("This attachment is larger than %1, the most Textdesk downloads.")
                             .arg(QLocale().formattedDataSize(m_options.maxBytes, 1,
                                                              QLocale::DataSizeTraditionalFormat));
    } else if (error.isTransient()) {
        Backoff &backoff = m_mediaBackoff[download.mediaId];
        const qint64 delay = backOff(backoff, error);
        outcome.state = State::Waiting;
        outcome.reason = error.message(); // shown while it waits; cleared once it arrives
        qCInfo(lcMedia).noquote() << "download of" << download.mediaSid << "failed, retrying in"
                                  << delay << "ms:" << error.details();
    } else if (error.isError()) {
        outcome.state = State::Failed;
        outcome.reason = error.message();
        qCWarning(lcMedia).noquote()
            << "download of" << download.mediaSid << "failed:" << error.details();
    } else {
        outcome = store(download, job->content, job->contentType);
    }
    if (outcome.state != State::Waiting && !m_failedSaves.contains(download.mediaId))
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
    outcome.sha256 = MediaFolder::sha256Of(content);
    const MediaType type = sniffMediaType(content);
    if (content.isEmpty() || !type.isKnown()) {
        // Not stored: a file nobody can identify is not one to hand to a viewer.
        outcome.state = State::Unsupported;
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

    const MediaFolder::Stored stored = m_folder.store(content, type.extension);
    if (const auto problem = saveProblem(stored)) {
        // Failed for now: the row says why, and the download is tried again later (this run
        // after a backoff, or at the next start).
        outcome.state = State::Failed;
        outcome.contentType = type.mimeType;
        outcome.reason = *problem;
        Backoff &backoff = m_mediaBackoff[download.mediaId];
        backOff(backoff, ProviderError());
        m_failedSaves.insert(download.mediaId);
        qCWarning(lcMedia).noquote() << "could not save" << download.mediaSid << ":" << *problem;
        return outcome;
    }
    outcome.state = State::Done;
    outcome.contentType = type.mimeType;
    outcome.localPath = stored.relativePath;
    if (!labelMatches(label, type)) {
        outcome.reason = tr("Sent as %1, but the file is a %2; shown as what it is.")
                             .arg(describeMediaType(label), describeMediaType(type.mimeType));
        qCInfo(lcMedia).noquote() << download.mediaSid << "labelled" << label << "is"
                                  << type.mimeType;
    }
    return outcome;
}

std::optional<QString> MediaFetcher::saveProblem(const MediaFolder::Stored &stored) const
{
    switch (stored.error) {
    case MediaFolder::Stored::Error::None:
        return std::nullopt;
    case MediaFolder::Stored::Error::DiskFull:
        return tr("There is not enough free disk space to save this attachment. Free some "
                  "space; Textdesk tries again.");
    case MediaFolder::Stored::Error::TooLarge:
    case MediaFolder::Stored::Error::Other:
        break;
    }
    return tr("Textdesk could not save this attachment in the media folder (%1). It tries "
              "again later.")
        .arg(stored.detail);
}

bool MediaFetcher::writeOutcome(qint64 mediaId, const Outcome &outcome)
{
    if (auto status = m_store.writeOutcome(mediaId, outcome); !status) {
        storageFailed(status.error());
        return false;
    }
    return true;
}

bool MediaFetcher::setState(qint64 mediaId, DownloadState state,
                            const std::optional<QString> &reason,
                            const QList<DownloadState> &onlyFrom)
{
    auto changed = m_store.setState(mediaId, state, reason, onlyFrom);
    if (!changed) {
        storageFailed(changed.error());
        return false;
    }
    return *changed;
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
    if (!m_retryTimer.isActive() || m_retryTimer.dueMs() > m_nextWake)
        m_retryTimer.startAt(m_nextWake);
}

void MediaFetcher::storageFailed(const StorageError &error)
{
    // The cache is busy, full or read-only: try the whole round again later.
    qCWarning(lcMedia).noquote() << "cache:" << error.details();
    if (m_running && !m_retryTimer.isActive())
        m_retryTimer.startIn(std::min<qint64>(m_options.retryBaseMs, 60'000));
}

} // namespace textdesk::sync
