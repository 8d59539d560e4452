#include "OutboxStore.h"

#include "SqlHelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace textdesk {

namespace {

const char kEntryColumns[]
    = "id, client_id, message_id, conversation_id, to_e164, from_e164, body, state, attempts, "
      "next_attempt_at, last_error_code, last_error, provider_sid, created_at, updated_at, "
      "media_paths";

// States are written into the statement's text, not bound: the partial indexes on the outbox
// (migration 4) are used only when the query's WHERE names the same values.
QString quoted(OutboxState state)
{
    return u'\'' + outboxStateToString(state) + u'\'';
}

QString quoted(std::initializer_list<OutboxState> states)
{
    QStringList words;
    for (const OutboxState state : states)
        words << quoted(state);
    return words.join(QStringLiteral(", "));
}

const QString &openStates()
{
    static const QString open
        = quoted({ OutboxState::Waiting, OutboxState::Submitting, OutboxState::Uncertain });
    return open;
}

QList<OutboxMedia> mediaFromJson(const QString &text)
{
    QList<OutboxMedia> media;
    if (text.isEmpty())
        return media;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        media.append(OutboxMedia::fromJson(value.toObject()));
    return media;
}

QString mediaToJson(const QList<OutboxMedia> &media)
{
    QJsonArray array;
    for (const OutboxMedia &item : media)
        array.append(item.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.clientId = q.value(1).toString();
    e.messageId = q.value(2).toLongLong();
    e.conversationId = q.value(3).toLongLong();
    e.to = q.value(4).toString();
    e.from = q.value(5).toString();
    e.body = q.value(6).toString();
    e.state = outboxStateFromString(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.nextAttemptAt = q.value(9).toLongLong();
    e.lastErrorCode = q.value(10).toInt();
    e.lastError = q.value(11).toString();
    e.providerSid = q.value(12).toString();
    e.createdAt = q.value(13).toLongLong();
    e.updatedAt = q.value(14).toLongLong();
    e.media = mediaFromJson(q.value(15).toString());
    return e;
}

} // namespace

QJsonObject OutboxMedia::toJson() const
{
    QJsonObject object { { QStringLiteral("path"), localPath },
                         { QStringLiteral("type"), contentType },
                         { QStringLiteral("size"), size } };
    if (!url.isEmpty())
        object.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
    return object;
}

OutboxMedia OutboxMedia::fromJson(const QJsonObject &object)
{
    OutboxMedia media;
    media.localPath = object.value(QLatin1String("path")).toString();
    media.contentType = object.value(QLatin1String("type")).toString();
    media.size = object.value(QLatin1String("size")).toInteger();
    media.url = QUrl(object.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    return media;
}

Result<qint64> OutboxStore::insert(const OutboxEntry &entry)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO outbox (client_id, message_id, conversation_id, to_e164, from_e164, body, "
        "media_paths, state, attempts, next_attempt_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    sql::bind(**insert,
              { entry.clientId, entry.messageId, entry.conversationId, entry.to, entry.from,
                sql::notNull(entry.body),
                entry.media.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : mediaToJson(entry.media),
                outboxStateToString(entry.state), entry.nextAttemptAt, entry.createdAt,
                entry.updatedAt });
    if (auto s = m_db.exec(**insert); !s)
        return s.error();
    return (*insert)->lastInsertId().toLongLong();
}

Result<QList<OutboxEntry>> OutboxStore::select(const QString &where, const QVariantList &values)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM outbox %2").arg(QLatin1String(kEntryColumns), where));
    if (!query)
        return query.error();
    for (int i = 0; i < values.size(); ++i)
        (*query)->bindValue(i, values.at(i));
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    QList<OutboxEntry> entries;
    while ((*query)->next())
        entries.append(readEntry(**query));
    (*query)->finish();
    return entries;
}

Result<QList<OutboxEntry>> OutboxStore::openEntries()
{
    return select(QStringLiteral("WHERE state IN (%1) ORDER BY id").arg(openStates()), {});
}

Result<std::optional<OutboxEntry>> OutboxStore::entry(const QString &clientId)
{
    auto found = select(QStringLiteral("WHERE client_id = ?"), { clientId });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found->first());
}

Result<OutboxCounts> OutboxStore::counts()
{
    auto query = m_db.prepare(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    if (!query)
        return query.error();
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    OutboxCounts counts;
    while ((*query)->next()) {
        const int n = (*query)->value(1).toInt();
        switch (outboxStateFromString((*query)->value(0).toString())) {
        case OutboxState::Waiting:
            counts.waiting = n;
            break;
        case OutboxState::Submitting:
            counts.submitting = n;
            break;
        case OutboxState::Uncertain:
            counts.uncertain = n;
            break;
        case OutboxState::Accepted:
            counts.accepted = n;
            break;
        case OutboxState::Failed:
            counts.failed = n;
            break;
        }
    }
    (*query)->finish();
    return counts;
}

Result<int> OutboxStore::openCount()
{
    auto value = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM outbox WHERE state IN (%1)").arg(openStates()));
    if (!value)
        return value.error();
    return value->toInt();
}

Result<QList<OutboxEntry>> OutboxStore::dueRefreshes(qint64 nowMs, int limit)
{
    // Served by the partial index outbox_refresh (migration 4).
    return select(QStringLiteral("WHERE state = %1 AND next_attempt_at IS NOT NULL AND "
                                 "next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?")
                      .arg(quoted(OutboxState::Accepted)),
                  { nowMs, limit });
}

Result<qint64> OutboxStore::nextRefreshAt()
{
    auto value = m_db.scalar(QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state "
                                            "= %1 AND next_attempt_at IS NOT NULL")
                                 .arg(quoted(OutboxState::Accepted)));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<bool> OutboxStore::transition(const QString &clientId,
                                     std::initializer_list<OutboxState> from, OutboxState to,
                                     const QString &extraSql, const QVariantList &values,
                                     qint64 nowMs)
{
    auto query = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?%1 WHERE client_id = ? AND "
                       "state IN (%2)")
            .arg(extraSql.isEmpty() ? QString() : QStringLiteral(", ") + extraSql, quoted(from)));
    if (!query)
        return query.error();
    int i = 0;
    (*query)->bindValue(i++, outboxStateToString(to));
    (*query)->bindValue(i++, nowMs);
    for (const QVariant &value : values)
        (*query)->bindValue(i++, value);
    (*query)->bindValue(i++, clientId);
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    return (*query)->numRowsAffected() > 0;
}

Result<bool> OutboxStore::toSubmitting(const QString &clientId, qint64 nowMs)
{
    return transition(clientId, { OutboxState::Waiting }, OutboxState::Submitting,
                      QStringLiteral("attempts = attempts + 1, next_attempt_at = NULL"), {}, nowMs);
}

Result<bool> OutboxStore::toWaiting(const QString &clientId, qint64 nextAttemptAt, int errorCode,
                                    const QString &error, qint64 nowMs)
{
    return transition(clientId,
                      { OutboxState::Waiting, OutboxState::Submitting, OutboxState::Uncertain },
                      OutboxState::Waiting,
                      QStringLiteral("next_attempt_at = ?, last_error_code = ?, last_error = ?"),
                      { nextAttemptAt, sql::orNull(errorCode), sql::orNull(error) }, nowMs);
}

Result<bool> OutboxStore::toUncertain(const QString &clientId, qint64 reconcileAt,
                                      const QString &error, qint64 nowMs)
{
    return transition(clientId, { OutboxState::Submitting, OutboxState::Uncertain },
                      OutboxState::Uncertain, QStringLiteral("next_attempt_at = ?, last_error = ?"),
                      { reconcileAt, sql::orNull(error) }, nowMs);
}

Result<bool> OutboxStore::toAccepted(const QString &clientId, const QString &providerSid,
                                     qint64 refreshAt, qint64 nowMs)
{
    return transition(clientId, { OutboxState::Submitting, OutboxState::Uncertain },
                      OutboxState::Accepted,
                      QStringLiteral("provider_sid = ?, next_attempt_at = ?, last_error_code = "
                                     "NULL, last_error = NULL"),
                      { providerSid, sql::orNull(refreshAt) }, nowMs);
}

Result<bool> OutboxStore::toFailed(const QString &clientId, int errorCode, const QString &reason,
                                   qint64 nowMs)
{
    return transition(clientId,
                      { OutboxState::Waiting, OutboxState::Submitting, OutboxState::Uncertain },
                      OutboxState::Failed,
                      QStringLiteral("next_attempt_at = NULL, last_error_code = ?, last_error = ?"),
                      { sql::orNull(errorCode), sql::orNull(reason) }, nowMs);
}

Result<bool> OutboxStore::setMediaUrls(const QString &clientId, const QList<OutboxMedia> &media)
{
    auto query = m_db.prepare(
        QStringLiteral("UPDATE outbox SET media_paths = ? WHERE client_id = ? AND state = %1")
            .arg(quoted(OutboxState::Waiting)));
    if (!query)
        return query.error();
    sql::bind(**query, { mediaToJson(media), clientId });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    return (*query)->numRowsAffected() > 0;
}

Status OutboxStore::rescheduleRefresh(const QString &clientId, qint64 refreshAt)
{
    auto query = m_db.prepare(
        QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE client_id = ? AND state = %1")
            .arg(quoted(OutboxState::Accepted)));
    if (!query)
        return query.error();
    sql::bind(**query, { sql::orNull(refreshAt), clientId });
    return m_db.exec(**query);
}

Result<bool> OutboxStore::isSidClaimed(const QString &sid, const QString &clientId)
{
    auto count = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE provider_sid = ? AND client_id "
                       "<> ?) + (SELECT count(*) FROM messages WHERE sid = ? AND client_id IS NOT "
                       "NULL AND client_id <> '' AND client_id <> ?)"),
        { sid, clientId, sid, clientId });
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

Status OutboxStore::makeDueNow(qint64 nowMs, qint64 settleMs)
{
    // An uncertain entry still waits out its settle time: a create the provider is still
    // processing must show up in the list before the list is believed.
    auto query = m_db.prepare(
        QStringLiteral("UPDATE outbox SET next_attempt_at = CASE WHEN state = %1 AND updated_at "
                       "+ ? > ? THEN updated_at + ? ELSE ? END "
                       "WHERE state IN (%2) AND next_attempt_at > ?")
            .arg(quoted(OutboxState::Uncertain),
                 quoted({ OutboxState::Waiting, OutboxState::Uncertain })));
    if (!query)
        return query.error();
    sql::bind(**query, { settleMs, nowMs, settleMs, nowMs, nowMs });
    return m_db.exec(**query);
}

Result<qint64> OutboxStore::pulledCopyOf(const QString &sid, qint64 ours)
{
    auto other = m_db.scalar(QStringLiteral("SELECT id FROM messages WHERE sid = ? AND id <> ? "
                                            "AND (client_id IS NULL OR client_id = '')"),
                             { sid, ours });
    if (!other)
        return other.error();
    return other->toLongLong();
}

} // namespace textdesk
