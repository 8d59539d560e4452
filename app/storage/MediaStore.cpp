#include "MediaStore.h"

#include "SqlHelpers.h"

namespace textdesk {

namespace {

QString word(DownloadState state)
{
    return downloadStateToString(state);
}

Status bindAndRun(Database &db, QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return db.exec(query);
}

} // namespace

Status MediaStore::resetInterrupted()
{
    auto query = m_db.prepare(QStringLiteral(
        "UPDATE media SET download_state = ? WHERE download_state = ? OR (download_state = ? "
        "AND sha256 IS NOT NULL AND local_path IS NULL)"));
    if (!query)
        return query.error();
    return bindAndRun(m_db, **query,
                      { word(DownloadState::Waiting), word(DownloadState::Downloading),
                        word(DownloadState::Failed) });
}

Result<std::optional<qint64>> MediaStore::chunkLow(qint64 below, qint64 floor, int rows)
{
    auto low = m_db.scalar(QStringLiteral("SELECT min(id) FROM (SELECT id FROM messages WHERE id "
                                          "< ? AND id >= ? ORDER BY id DESC LIMIT ?)"),
                           { below, floor, rows });
    if (!low)
        return low.error();
    if (low->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(low->toLongLong());
}

Result<QList<MediaStore::Unlisted>> MediaStore::unlisted(qint64 from, qint64 below)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.sid FROM messages m WHERE m.id >= ? AND m.id < ? AND m.num_media > 0 "
        "AND m.sid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM media WHERE media.message_id = "
        "m.id) ORDER BY m.id DESC"));
    if (!query)
        return query.error();
    if (auto s = bindAndRun(m_db, **query, { from, below }); !s)
        return s.error();
    QList<Unlisted> found;
    while ((*query)->next())
        found.append({ (*query)->value(0).toLongLong(), (*query)->value(1).toString() });
    (*query)->finish();
    return found;
}

Result<QList<MediaStore::Waiting>> MediaStore::selectWaiting(const QString &where,
                                                             const QVariantList &values)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT media.id, media.message_id, media.sid, media.content_type, "
                       "messages.sid FROM media JOIN messages ON messages.id = media.message_id "
                       "WHERE %1 ORDER BY media.message_id DESC, media.id")
            .arg(where));
    if (!query)
        return query.error();
    if (auto s = bindAndRun(m_db, **query, values); !s)
        return s.error();
    QList<Waiting> rows;
    while ((*query)->next()) {
        const QSqlQuery &q = **query;
        rows.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(4).toString(),
                      q.value(2).toString(), q.value(3).toString() });
    }
    (*query)->finish();
    return rows;
}

Result<QList<MediaStore::Waiting>> MediaStore::waiting()
{
    return selectWaiting(QStringLiteral("media.download_state IN (?, ?)"),
                         { word(DownloadState::Waiting), word(DownloadState::Downloading) });
}

Result<QList<MediaStore::Waiting>> MediaStore::waitingOf(qint64 messageId)
{
    return selectWaiting(QStringLiteral("media.message_id = ? AND media.download_state = ?"),
                         { messageId, word(DownloadState::Waiting) });
}

Status MediaStore::recordListing(qint64 messageId, const QList<Listed> &listed,
                                 const QString &goneReason)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO media (message_id, sid, content_type, download_state, "
                       "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sid) DO NOTHING"));
    if (!insert)
        return insert.error();
    for (const Listed &item : listed) {
        sql::bind(**insert,
                  { messageId, item.sid, sql::orNull(item.contentType),
                    word(DownloadState::Waiting), item.createdAt });
        if (auto s = m_db.exec(**insert); !s)
            return s;
    }
    // Rows of this message the provider no longer lists (deleted there) will never download.
    QString sql = QStringLiteral("UPDATE media SET download_state = ?, failure_reason = ? WHERE "
                                 "message_id = ? AND download_state = ?");
    QVariantList values { word(DownloadState::Failed), goneReason, messageId,
                          word(DownloadState::Waiting) };
    if (!listed.isEmpty()) {
        sql += QStringLiteral(" AND sid NOT IN (%1)")
                   .arg(QStringList(listed.size(), QStringLiteral("?")).join(u','));
        for (const Listed &item : listed)
            values.append(item.sid);
    }
    auto gone = m_db.prepare(sql);
    if (!gone)
        return gone.error();
    if (auto s = bindAndRun(m_db, **gone, values); !s)
        return s;
    return transaction.commit();
}

Result<int> MediaStore::failWaitingOf(qint64 messageId, const QString &reason)
{
    auto query = m_db.prepare(QStringLiteral("UPDATE media SET download_state = ?, failure_reason "
                                             "= ? WHERE message_id = ? AND download_state = ?"));
    if (!query)
        return query.error();
    if (auto s = bindAndRun(
            m_db, **query,
            { word(DownloadState::Failed), reason, messageId, word(DownloadState::Waiting) });
        !s) {
        return s.error();
    }
    return (*query)->numRowsAffected();
}

Result<bool> MediaStore::setState(qint64 mediaId, DownloadState state,
                                  const std::optional<QString> &reason,
                                  const QList<DownloadState> &onlyFrom)
{
    QString sql = QStringLiteral("UPDATE media SET download_state = ?");
    QVariantList values { word(state) };
    if (reason) {
        sql += QStringLiteral(", failure_reason = ?");
        values.append(sql::orNull(*reason));
    }
    sql += QStringLiteral(" WHERE id = ?");
    values.append(mediaId);
    if (!onlyFrom.isEmpty()) {
        sql += QStringLiteral(" AND download_state IN (%1)")
                   .arg(QStringList(onlyFrom.size(), QStringLiteral("?")).join(u','));
        for (const DownloadState from : onlyFrom)
            values.append(word(from));
    }
    auto query = m_db.prepare(sql);
    if (!query)
        return query.error();
    if (auto s = bindAndRun(m_db, **query, values); !s)
        return s.error();
    return (*query)->numRowsAffected() > 0;
}

Status MediaStore::writeOutcome(qint64 mediaId, const Outcome &outcome)
{
    auto query = m_db.prepare(QStringLiteral(
        "UPDATE media SET download_state = ?, content_type = ?, size_bytes = ?, local_path = ?, "
        "sha256 = ?, failure_reason = ? WHERE id = ?"));
    if (!query)
        return query.error();
    sql::bind(
        **query,
        { word(outcome.state), sql::orNull(outcome.contentType),
          outcome.size >= 0 ? QVariant(outcome.size) : QVariant(QMetaType(QMetaType::LongLong)),
          sql::orNull(outcome.localPath), sql::orNull(outcome.sha256), sql::orNull(outcome.reason),
          mediaId });
    return m_db.exec(**query);
}

Status MediaStore::addSent(qint64 messageId, const QString &contentType, qint64 size,
                           const QString &localPath, const QString &sha256, qint64 nowMs)
{
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO media (message_id, content_type, size_bytes, local_path, sha256, "
        "download_state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    sql::bind(
        **query,
        { messageId, contentType, size, localPath, sha256, word(DownloadState::Done), nowMs });
    return m_db.exec(**query);
}

} // namespace textdesk
