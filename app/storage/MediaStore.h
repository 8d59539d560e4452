#pragma once

#include "Database.h"
#include "States.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace textdesk {

// The media rows the fetcher works through, and the outbox's copies of the agent's files.
class MediaStore
{
public:
    explicit MediaStore(Database &db)
        : m_db(db)
    { }

    // A row waiting to be downloaded, with what the download needs.
    struct Waiting
    {
        qint64 mediaId = 0;
        qint64 messageId = 0;
        QString messageSid;
        QString mediaSid;
        QString label; // Content-Type as the provider listed it
    };
    // A message with attachments and no media rows yet: its media were never listed.
    struct Unlisted
    {
        qint64 messageId = 0;
        QString messageSid;
    };
    // One attachment as the provider lists it.
    struct Listed
    {
        QString sid;
        QString contentType;
        qint64 createdAt = 0;
    };
    // What a download ended in.
    struct Outcome
    {
        DownloadState state = DownloadState::Waiting;
        QString contentType;
        qint64 size = -1; // -1: unknown
        QString sha256;
        QString localPath;
        QString reason;
    };

    // A run that ended mid-download (crash, kill) left 'downloading'; a save that failed for
    // lack of space is 'failed' with its hash known but no file: both go back to waiting.
    Status resetInterrupted();

    // The scan for unlisted messages goes newest first in chunks of `rows` messages below
    // `below` and not under `floor`: the lowest id of the next chunk, nullopt when none is left.
    Result<std::optional<qint64>> chunkLow(qint64 below, qint64 floor, int rows);
    // Unlisted messages with from <= id < below, newest first.
    Result<QList<Unlisted>> unlisted(qint64 from, qint64 below);

    // Rows waiting (and those left 'downloading', whose outcome could not be written), newest
    // message first; or the waiting rows of one message.
    Result<QList<Waiting>> waiting();
    Result<QList<Waiting>> waitingOf(qint64 messageId);

    // The rows of a message the provider listed (new ones waiting; known SIDs untouched), and
    // rows of it the provider no longer lists failed with `goneReason`, in one transaction.
    Status recordListing(qint64 messageId, const QList<Listed> &listed, const QString &goneReason);
    // The provider will not list this message's media: its waiting rows fail with `reason`.
    // How many rows changed.
    Result<int> failWaitingOf(qint64 messageId, const QString &reason);

    // Changes a row's state (and its reason, unless nullopt); false if no row changed.
    // `onlyFrom`: only a row in one of these states.
    Result<bool> setState(qint64 mediaId, DownloadState state, const std::optional<QString> &reason,
                          const QList<DownloadState> &onlyFrom = {});
    Status writeOutcome(qint64 mediaId, const Outcome &outcome);

    // A file the agent sent, already in the media folder: a row that is done from the start,
    // so the fetcher never downloads it back.
    Status addSent(qint64 messageId, const QString &contentType, qint64 size,
                   const QString &localPath, const QString &sha256, qint64 nowMs);

private:
    Result<QList<Waiting>> selectWaiting(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace textdesk
