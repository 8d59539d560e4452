#pragma once

#include "core/Clock.h"
#include "provider/ProviderJob.h"
#include "storage/Database.h"
#include "storage/MediaFolder.h"
#include "storage/MediaStore.h"

#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <deque>
#include <functional>
#include <limits>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace textdesk::sync {

struct MediaFetchOptions
{
    // The largest attachment downloaded; carriers cap MMS near 5 MB, so more is not a photo.
    qint64 maxBytes = 5 * 1024 * 1024;
    int maxConcurrent = 2; // provider calls at once (listings and downloads)
    // Backoff after a transient failure (full jitter over the upper half), or Retry-After.
    qint64 retryBaseMs = 5'000;
    qint64 retryMaxMs = 10 * 60'000;
    // After the first scan, messages created this long before the pull cursor of the previous
    // scan are looked at again: more than PullOptions::overlapMs, so no late message is missed.
    qint64 rescanMarginMs = 24 * 3600'000;
    int scanChunkRows = 20'000; // messages read per event-loop turn while scanning
    // The clock every retry and backoff waits on (null: the wall clock), and a seam for
    // tests: the jitter ([0, 1)).
    Clock *clock = nullptr;
    std::function<double()> random;
};

// Downloads MMS attachments into the workspace's media folder, on the sync thread with the
// sync thread's Writer database:
//   message with num_media > 0 and no media rows ─listMedia─► media rows 'pending'
//   pending ─► downloading ─► done │ unsupported │ failed │ pending (transient: retried later)
// Files are content-addressed, `<media>/<sha[0..2]>/<sha256>.<ext>` (local_path holds the part
// after `<media>/`), so the same picture sent twice is stored once. Their kind is sniffed from
// the bytes (MediaType.h); the label is only compared with it. Nothing is ever half-written:
// a file appears whole (QSaveFile) or not at all. Decoding (thumbnails, a damaged JPEG) is the
// UI's job: core has no image codecs.
//
// For a 'done' row, failure_reason holds a note when the label contradicted the bytes; for a
// 'pending' row, why the last attempt did not finish (it will be tried again).
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    MediaFetcher(provider::Provider *provider, Database &db, QString mediaDirectory,
                 MediaFetchOptions options = {}, QObject *parent = nullptr);
    ~MediaFetcher() override;

    // Puts back rows an earlier run left half done, then fetches everything pending.
    void start();
    // Cancels the calls in flight (their rows go back to 'pending') and the queue; returns
    // when that is written. start() resumes.
    void stop();
    // Looks for new work: call after each pull. Cheap when nothing is new.
    void fetchPending();

    bool isRunning() const { return m_running; }
    // Work queued or in flight (a retry waiting on its timer does not count).
    bool isBusy() const;
    QString mediaDirectory() const { return m_folder.directory(); }

    // "ab/ab12…ef.jpg": where content with this SHA-256 (hex) is stored, below the media folder.
    static QString relativePathFor(const QString &sha256Hex, const QString &extension)
    {
        return MediaFolder::relativePathFor(sha256Hex, extension);
    }

    // Test seam: the next `count` saves fail as if the disk were full (after the bytes were
    // written to the temporary file, so that its clean-up is what is tested).
    void failSavesForTesting(int count) { m_folder.failStoresForTesting(count); }

signals:
    // The media rows of this message changed (state, file, reason).
    void mediaChanged(qint64 messageId);
    // Downloads finished of those queued since the fetcher was last idle.
    void progress(int done, int total);
    // Nothing queued or in flight (retries may still be scheduled).
    void idle();

private:
    using Download = MediaStore::Waiting;
    struct Listing
    {
        qint64 messageId = 0;
        QString messageSid;
    };
    struct Backoff
    {
        int failures = 0;
        qint64 notBefore = 0;
        QString messageSid; // listings: what to list again when it is due
    };
    using Outcome = MediaStore::Outcome;

    qint64 now() const;
    // Schedules the next attempt after another failure; the delay, for logs.
    qint64 backOff(Backoff &backoff, const provider::ProviderError &error);
    void wakeAt(qint64 time);
    void scheduleRetryTimer();

    void beginScan();
    void scanChunk();
    void continueScan(void (MediaFetcher::*step)());
    void queueRows(Result<QList<Download>> rows);
    void queueListing(const Listing &listing);
    void pump();
    void startListing(const Listing &listing);
    void onListed(const Listing &listing, provider::MediaListJob *job);
    void startDownload(const Download &download);
    void onDownloaded(const Download &download, provider::MediaContentJob *job);
    Outcome store(const Download &download, const QByteArray &content, const QString &label);
    // Why a store into the media folder did not work, in words; nullopt when it did.
    std::optional<QString> saveProblem(const MediaFolder::Stored &stored) const;
    bool writeOutcome(qint64 mediaId, const Outcome &outcome);
    // Changes a row's state (and its reason, unless nullopt); false if no row was changed
    // (or on error). `onlyFrom`: only a row in one of these states.
    bool setState(qint64 mediaId, DownloadState state, const std::optional<QString> &reason,
                  const QList<DownloadState> &onlyFrom = {});
    void releaseDueRetries();
    void checkIdle();
    void storageFailed(const StorageError &error);

    provider::Provider *m_provider;
    Database &m_db;
    MediaStore m_store;
    MediaFolder m_folder;
    MediaFetchOptions m_options;

    bool m_running = false;
    // The scan for messages whose media were never listed: newest first, in chunks.
    bool m_scanning = false;
    bool m_rescan = false;
    int m_scanGeneration = 0;
    qint64 m_scanCursor = 0; // next chunk: ids below this
    qint64 m_scanFloor = 0; // stop at this id
    qint64 m_scanHighWater = 0; // the pull cursor when the running scan began
    std::optional<qint64> m_scannedHighWater; // ... and when the last complete scan began

    std::deque<Download> m_downloads;
    std::deque<Listing> m_listings;
    QSet<qint64> m_queuedMedia; // media ids queued or in flight
    QSet<qint64> m_queuedMessages; // message ids whose listing is queued or in flight
    QSet<qint64> m_listedEmpty; // listed this run with nothing there: not asked again
    QHash<QString, provider::ProviderMedia> m_links; // by media SID, from listings this run
    QHash<qint64, Backoff> m_mediaBackoff;
    QHash<qint64, Backoff> m_listingBackoff;
    QSet<qint64> m_failedSaves; // 'failed' only for now: back to 'pending' when due
    QList<QPointer<provider::ProviderJob>> m_inFlight;
    ClockTimer m_retryTimer;
    qint64 m_nextWake = std::numeric_limits<qint64>::max(); // the earliest retry due
    int m_done = 0;
    int m_total = 0;
    int m_reportedDone = -1;
    int m_reportedTotal = -1;
    bool m_idle = true;
};

} // namespace textdesk::sync
