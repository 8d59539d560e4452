#include "MessageStore.h"

#include "Acknowledgement.h"
#include "ConversationSummaries.h"
#include "SearchQuery.h"
#include "SqlHelpers.h"
#include "Statement.h"
#include "SummaryRows.h"

#include <QDateTime>
#include <QStringBuilder>

#include <limits>

namespace textdesk {

namespace {
const char kMessageColumns[]
    = "id, conversation_id, sid, client_id, direction, body, status, error_code, error_message, "
      "num_segments, encoding, num_media, author_id, created_at, sent_at, delivered_at, read_at, "
      "updated_at";

qint64 int64At(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}
QString textAt(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}
qint64 int64At(const Statement &q, int column)
{
    return q.int64(column);
}
QString textAt(const Statement &q, int column)
{
    return q.text(column);
}

template<typename Row> MessageRecord readMessage(const Row &q)
{
    MessageRecord m;
    m.id = int64At(q, 0);
    m.conversationId = int64At(q, 1);
    m.sid = textAt(q, 2);
    m.clientId = textAt(q, 3);
    m.direction = directionFromString(textAt(q, 4));
    m.body = textAt(q, 5);
    m.status = textAt(q, 6);
    m.errorCode = int(int64At(q, 7));
    m.errorMessage = textAt(q, 8);
    m.numSegments = int(int64At(q, 9));
    m.encoding = textAt(q, 10);
    m.numMedia = int(int64At(q, 11));
    m.authorId = int64At(q, 12);
    m.createdAt = int64At(q, 13);
    m.sentAt = int64At(q, 14);
    m.deliveredAt = int64At(q, 15);
    m.readAt = int64At(q, 16);
    m.updatedAt = int64At(q, 17);
    return m;
}

// The fields a later fetch from the provider may change.
bool sameProviderState(const MessageRecord &a, const MessageRecord &b)
{
    return a.sid == b.sid && a.body == b.body && a.status == b.status && a.errorCode == b.errorCode
        && a.errorMessage == b.errorMessage && a.numSegments == b.numSegments
        && a.encoding == b.encoding && a.numMedia == b.numMedia && a.sentAt == b.sentAt
        && a.deliveredAt == b.deliveredAt && a.readAt == b.readAt;
}

} // namespace

QString messagePreview(const QString &body)
{
    constexpr int kPreviewChars = 140;
    QString text = body.left(kPreviewChars * 2).simplified();
    if (text.size() > kPreviewChars)
        text.truncate(kPreviewChars);
    // Never end on the first half of a character outside the BMP (an emoji): it shows as "�".
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    return text;
}

const char *directionLiteral(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return "inbound";
    case Direction::Outbound:
        return "outbound";
    case Direction::Note:
        return "note";
    }
    return "";
}

QString directionToString(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return QStringLiteral("inbound");
    case Direction::Outbound:
        return QStringLiteral("outbound");
    case Direction::Note:
        return QStringLiteral("note");
    }
    return {};
}

Direction directionFromString(QStringView text)
{
    if (text == u"outbound")
        return Direction::Outbound;
    if (text == u"note")
        return Direction::Note;
    return Direction::Inbound;
}

Result<qint64> MessageStore::allocateId(qint64 createdAtMs)
{
    auto query
        = m_db.statement(QStringLiteral("SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?"));
    if (!query)
        return query.error();
    Statement &q = **query;
    // A clock before 1970 or absurdly far ahead would break the ordering: clamp, keep the row.
    const qint64 ms = std::clamp<qint64>(createdAtMs, 0, qint64(1) << 42);
    q.bind(0, MessageId::first(ms));
    q.bind(1, MessageId::last(ms));
    const Statement::Step step = q.step();
    if (step == Statement::Step::Error)
        return q.error();
    const bool none = step != Statement::Step::Row || q.isNull(0);
    const qint64 max = none ? 0 : q.int64(0);
    q.reset();
    if (none)
        return MessageId::first(ms);
    const qint64 next = max + 1;
    if (next <= MessageId::last(ms))
        return next;
    // 1,024 messages in one millisecond: borrow the next millisecond's slots.
    return allocateId(ms + 1);
}

Result<MessageStore::Upsert> MessageStore::upsert(MessageRecord &record, Scope scope)
{
    if (scope == Scope::InBatch) {
        Q_ASSERT(m_db.inTransaction());
        return write(record, scope);
    }
    // A message is several rows (the message, its index entry, its conversation's counts): a
    // write that stops half-way would leave a row that a retry finds "unchanged".
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto result = write(record, scope);
    if (!result)
        return result;
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<std::optional<MessageRecord>> MessageStore::findBy(Key key, const QString &value)
{
    static const QString bySid = QStringLiteral("SELECT %1 FROM messages WHERE sid = ?")
                                     .arg(QLatin1String(kMessageColumns));
    static const QString byClientId = QStringLiteral("SELECT %1 FROM messages WHERE client_id = ?")
                                          .arg(QLatin1String(kMessageColumns));
    auto find = m_db.statement(key == Key::Sid ? bySid : byClientId);
    if (!find)
        return find.error();
    Statement &q = **find;
    q.bind(0, value);
    const Statement::Step step = q.step();
    if (step == Statement::Step::Error)
        return q.error();
    std::optional<MessageRecord> record;
    if (step == Statement::Step::Row)
        record = readMessage(q);
    q.reset();
    return record;
}

Result<MessageStore::Upsert> MessageStore::write(MessageRecord &record, Scope scope)
{
    Q_ASSERT(record.conversationId != 0);
    // By SID once the provider gave one, else by our client id (a send not yet accepted).
    std::optional<MessageRecord> existing;
    if (!record.sid.isEmpty()) {
        auto found = findBy(Key::Sid, record.sid);
        if (!found)
            return found.error();
        existing = std::move(*found);
    }
    if (!existing && !record.clientId.isEmpty()) {
        auto found = findBy(Key::ClientId, record.clientId);
        if (!found)
            return found.error();
        existing = std::move(*found);
    }
    if (!existing)
        return insert(record, scope);

    const MessageRecord old = std::move(*existing);
    record.id = old.id;
    record.conversationId = old.conversationId;
    if (sameProviderState(old, record))
        return Upsert::Unchanged;

    const qint64 now = record.updatedAt ? record.updatedAt : QDateTime::currentMSecsSinceEpoch();
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE messages SET sid = ?, body = ?, status = ?, error_code = ?, error_message = ?, "
        "num_segments = ?, encoding = ?, num_media = ?, sent_at = ?, delivered_at = ?, "
        "read_at = ?, updated_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    const bool bodyChanged = old.body != record.body;
    if (bodyChanged) {
        if (auto s = unindex(old.id, old.body); !s)
            return s.error();
    }
    sql::bind(**update,
              { sql::orNull(record.sid.isEmpty() ? old.sid : record.sid), sql::notNull(record.body),
                record.status, sql::orNull(record.errorCode), sql::orNull(record.errorMessage),
                record.numSegments, sql::orNull(record.encoding), record.numMedia,
                sql::orNull(record.sentAt), sql::orNull(record.deliveredAt),
                sql::orNull(record.readAt), now, old.id });
    if (auto s = m_db.exec(**update); !s)
        return s.error();
    if (bodyChanged) {
        if (auto s = index(old.id, record.body); !s)
            return s.error();
        // A redacted last message must not linger in the inbox preview.
        auto conv = m_db.prepare(QStringLiteral("UPDATE conversations SET last_message_preview = ? "
                                                "WHERE id = ? AND last_message_id = ?"));
        if (!conv)
            return conv.error();
        sql::bind(**conv,
                  { sql::notNull(messagePreview(record.body)), old.conversationId, old.id });
        if (auto s = m_db.exec(**conv); !s)
            return s.error();
    }
    return Upsert::Updated;
}

Result<MessageStore::Upsert> MessageStore::insert(MessageRecord &record, Scope scope)
{
    if (!record.createdAt)
        record.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!record.updatedAt)
        record.updatedAt = record.createdAt;
    auto id = allocateId(record.createdAt);
    if (!id)
        return id.error();
    record.id = *id;
    static const QString sql = QStringLiteral("INSERT INTO messages (%1) VALUES (?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(QLatin1String(kMessageColumns));
    auto query = m_db.statement(sql);
    if (!query)
        return query.error();
    Statement &q = **query;
    const MessageRecord &r = record;
    q.bind(0, r.id);
    q.bind(1, r.conversationId);
    q.bindOrNull(2, r.sid);
    q.bindOrNull(3, r.clientId);
    q.bindLiteral(4, directionLiteral(r.direction));
    q.bind(5, r.body); // text, even when empty
    q.bind(6, r.status);
    q.bindOrNull(7, qint64(r.errorCode));
    q.bindOrNull(8, r.errorMessage);
    q.bind(9, qint64(r.numSegments));
    q.bindOrNull(10, r.encoding);
    q.bind(11, qint64(r.numMedia));
    q.bindOrNull(12, r.authorId);
    q.bind(13, r.createdAt);
    q.bindOrNull(14, r.sentAt);
    q.bindOrNull(15, r.deliveredAt);
    q.bindOrNull(16, r.readAt);
    q.bind(17, r.updatedAt);
    if (auto s = q.run(); !s)
        return s.error();
    if (auto s = index(r.id, r.body); !s)
        return s.error();
    if (scope == Scope::Alone) {
        if (auto s = updateConversationAfterInsert(r); !s)
            return s.error();
    }
    return Upsert::Inserted;
}

Status MessageStore::updateConversationAfterInsert(const MessageRecord &r)
{
    // CASE rather than max()/min(): the same SQL runs on PostgreSQL (GREATEST there). Numbered
    // parameters: ?1 direction, ?2 id, ?3 created_at, ?4 preview, ?5 conversation, ?6 closing.
    static const QString sql
        = QStringLiteral(
              "UPDATE conversations SET "
              " message_count = message_count + 1,"
              " unread_count = CASE WHEN ?1 = 'inbound' AND ?2 > read_up_to THEN unread_count + 1"
              "                     WHEN ?1 = 'outbound' AND ?2 > coalesce(last_message_id, 0) "
              "THEN 0"
              "                     ELSE unread_count END,"
              // Not waiting after a last message means we wrote last (or only closings
              // followed): a closing (?6) then leaves the clock stopped.
              " waiting_since = CASE WHEN ?2 > coalesce(last_message_id, 0) THEN"
              "                        CASE WHEN ?1 = 'inbound' AND ?6 AND waiting_since IS NULL"
              "                                  AND last_message_id IS NOT NULL THEN NULL"
              "                             WHEN ?1 = 'inbound' THEN coalesce(waiting_since, ?3)"
              "                             WHEN ?1 = 'outbound' THEN NULL ELSE waiting_since END"
              "                      ELSE waiting_since END,"
              " first_inbound_at = CASE WHEN ?1 = 'inbound' AND (first_inbound_at IS NULL OR "
              "first_inbound_at > ?3)"
              "                         THEN ?3 ELSE first_inbound_at END,"
              " first_response_at = CASE WHEN ?1 = 'outbound' AND first_response_at IS NULL"
              "                          AND first_inbound_at IS NOT NULL AND first_inbound_at <= "
              "?3"
              "                          THEN ?3 ELSE first_response_at END,"
              " last_message_preview = CASE WHEN ?2 > coalesce(last_message_id, 0) AND ?1 <> 'note'"
              "                             THEN ?4 ELSE last_message_preview END,"
              " last_message_direction = CASE WHEN ?2 > coalesce(last_message_id, 0) AND ?1 <> "
              "'note'"
              "                               THEN ?1 ELSE last_message_direction END,"
              " last_activity_at = CASE WHEN ?3 > last_activity_at THEN ?3 ELSE last_activity_at "
              "END,"
              " last_message_id = CASE WHEN ?2 > coalesce(last_message_id, 0) AND ?1 <> 'note'"
              "                        THEN ?2 ELSE last_message_id END,")
        + ConversationSummaries::reopenAssignments(
              QStringLiteral("?1 = 'inbound' AND ?2 > coalesce(last_message_id, 0)"))
        + QStringLiteral(" WHERE id = ?5");
    auto query = m_db.statement(sql);
    if (!query)
        return query.error();
    Statement &q = **query;
    q.bindLiteral(0, directionLiteral(r.direction));
    q.bind(1, r.id);
    q.bind(2, r.createdAt);
    // "" for a message without words; NULL is for a conversation without messages.
    q.bind(3, messagePreview(r.body));
    q.bind(4, r.conversationId);
    q.bind(5, qint64(r.direction == Direction::Inbound && Acknowledgement::isClosing(r.body)));
    return q.run();
}

Status MessageStore::index(qint64 id, const QString &body)
{
    auto query
        = m_db.statement(QStringLiteral("INSERT INTO message_fts (rowid, body) VALUES (?, ?)"));
    if (!query)
        return query.error();
    (*query)->bind(0, id);
    (*query)->bind(1, body);
    return (*query)->run();
}

Status MessageStore::unindex(qint64 id, const QString &body)
{
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO message_fts (message_fts, rowid, body) VALUES ('delete', ?, ?)"));
    if (!query)
        return query.error();
    sql::bind(**query, { id, body });
    return m_db.exec(**query);
}

Status MessageStore::remove(qint64 messageId)
{
    auto existing = message(messageId);
    if (!existing)
        return existing.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = unindex(messageId, existing->body); !s)
        return s;
    auto del = m_db.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    if (!del)
        return del.error();
    sql::bind(**del, { messageId });
    if (auto s = m_db.exec(**del); !s)
        return s;
    // The conversation's counts and last message now come from what is left.
    if (auto s = ConversationSummaries::recompute(m_db, { existing->conversationId }); !s)
        return s;
    return tx.commit();
}

Result<MessageRecord> MessageStore::message(qint64 id)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(kMessageColumns)));
    if (!query)
        return query.error();
    sql::bind(**query, { id });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    if (!(*query)->next())
        return StorageError(StorageError::Kind::Other, m_db.path(),
                            QStringLiteral("no message %1").arg(id));
    MessageRecord record = readMessage(**query);
    (*query)->finish();
    return record;
}

Result<QList<MessageRecord>> MessageStore::threadPage(qint64 conversationId, qint64 beforeId,
                                                      int limit)
{
    auto query = m_db.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? "
                                             "AND id < ? ORDER BY id DESC LIMIT ?")
                                  .arg(QLatin1String(kMessageColumns)));
    if (!query)
        return query.error();
    sql::bind(
        **query,
        { conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    QList<MessageRecord> page;
    page.reserve(limit);
    while ((*query)->next())
        page.append(readMessage(**query));
    (*query)->finish();
    return page;
}

Result<QList<ConversationSummary>>
MessageStore::inboxPage(const InboxFilter &filter, std::optional<InboxCursor> after, int limit)
{
    QString where;
    QVariantList values;
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND c.status = ?");
        values << filter.status;
    }
    if (filter.assigneeId) {
        if (*filter.assigneeId == 0) {
            where += QStringLiteral(" AND c.assignee_id IS NULL");
        } else {
            where += QStringLiteral(" AND c.assignee_id = ?");
            values << *filter.assigneeId;
        }
    }
    if (filter.inboxId) {
        where += QStringLiteral(" AND c.inbox_id = ?");
        values << *filter.inboxId;
    }
    if (!filter.inboxIds.isEmpty()) {
        QStringList marks;
        for (const qint64 id : filter.inboxIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        where += QStringLiteral(" AND c.inbox_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.tagId) {
        where += QStringLiteral(
            " AND c.contact_id IN (SELECT contact_id FROM contact_tags WHERE tag_id = ?)");
        values << *filter.tagId;
    }
    const QString sql = SummaryRows::select()
        % QStringLiteral("WHERE (c.last_activity_at, c.id) < (?, ?)%1 "
                         "ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?")
              .arg(where);
    auto query = m_db.prepare(sql);
    if (!query)
        return query.error();
    const qint64 max = std::numeric_limits<qint64>::max();
    int i = 0;
    (*query)->bindValue(i++, after ? after->lastActivityAt : max);
    (*query)->bindValue(i++, after ? after->conversationId : max);
    for (const QVariant &v : std::as_const(values))
        (*query)->bindValue(i++, v);
    (*query)->bindValue(i++, limit);
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    QList<ConversationSummary> page;
    page.reserve(limit);
    QSqlQuery &q = **query;
    while (q.next())
        page.append(SummaryRows::read(q));
    q.finish();
    return page;
}

Result<QHash<qint64, QList<MediaItem>>> MessageStore::mediaFor(const QList<qint64> &messageIds)
{
    QHash<qint64, QList<MediaItem>> media;
    if (messageIds.isEmpty())
        return media;
    // A thread page is at most a few hundred messages: one statement with their ids inline
    // (integers, so nothing to escape) rather than one query per message.
    QStringList ids;
    ids.reserve(messageIds.size());
    for (qint64 id : messageIds)
        ids << QString::number(id);
    auto query = m_db.prepareOwned(
        QStringLiteral("SELECT id, message_id, content_type, size_bytes, local_path, "
                       "download_state, failure_reason FROM media WHERE message_id IN (%1) "
                       "ORDER BY message_id, id")
            .arg(ids.join(QLatin1Char(','))));
    if (!query)
        return query.error();
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    QSqlQuery &q = **query;
    while (q.next()) {
        MediaItem m;
        m.id = q.value(0).toLongLong();
        m.messageId = q.value(1).toLongLong();
        m.contentType = q.value(2).toString();
        m.sizeBytes = q.value(3).toLongLong();
        m.localPath = q.value(4).toString();
        m.downloadState = q.value(5).toString();
        m.failureReason = q.value(6).toString();
        media[m.messageId].append(std::move(m));
    }
    return media;
}

Result<qint64> MessageStore::latestConversationOf(qint64 contactId)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM conversations WHERE contact_id = ? "
                                         "ORDER BY last_activity_at DESC, id DESC LIMIT 1"),
                          { contactId });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<ConversationSummary> MessageStore::conversation(qint64 conversationId)
{
    auto query = m_db.prepare(SummaryRows::select() % QStringLiteral("WHERE c.id = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { conversationId });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    if (!(*query)->next())
        return StorageError(StorageError::Kind::Other, m_db.path(),
                            QStringLiteral("no conversation %1").arg(conversationId));
    ConversationSummary c = SummaryRows::read(**query);
    (*query)->finish();
    return c;
}

Result<qint64> MessageStore::oldestCreatedAt(qint64 conversationId)
{
    // Thread order is id order (MessageId): the first id of the thread index is the oldest.
    auto query = m_db.prepare(QStringLiteral(
        "SELECT created_at FROM messages WHERE conversation_id = ? ORDER BY id LIMIT 1"));
    if (!query)
        return query.error();
    sql::bind(**query, { conversationId });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    const qint64 at = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return at;
}

Result<QList<SearchHit>> MessageStore::search(const QString &typed, qint64 beforeId, int limit)
{
    QList<SearchHit> hits;
    const QString match = SearchQuery::toFts(typed);
    if (match.isEmpty())
        return hits;
    // rowid order is time order (MessageId), so FTS5 walks its index newest first and stops
    // after `limit` hits instead of sorting every match.
    auto query = m_db.prepare(
        QStringLiteral("SELECT m.id, m.conversation_id, m.created_at, "
                       "snippet(message_fts, 0, char(2), char(3), '…', 12), ct.display_name, "
                       "ct.e164 FROM message_fts JOIN messages m ON m.id = message_fts.rowid "
                       "JOIN conversations c ON c.id = m.conversation_id "
                       "JOIN contacts ct ON ct.id = c.contact_id "
                       "WHERE message_fts MATCH ? AND message_fts.rowid < ? "
                       "ORDER BY message_fts.rowid DESC LIMIT ?"));
    if (!query)
        return query.error();
    sql::bind(**query,
              { match, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    QSqlQuery &q = **query;
    while (q.next())
        hits.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    q.finish();
    return hits;
}

} // namespace textdesk
