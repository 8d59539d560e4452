#include "TeamPublisher.h"

#include "TeamSql.h"
#include "storage/SqlHelpers.h"
#include "storage/SyncCursors.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"

#include <QSet>

namespace textdesk::team {

namespace {

const QString kCursor = QStringLiteral("team.published_until");

struct CachedMessage
{
    QString sid;
    QString clientId;
    QString direction;
    QString body;
    QString status;
    QVariant errorCode;
    QVariant errorMessage;
    int segments = 1;
    int media = 0;
    qint64 createdAt = 0;
    QVariant sentAt;
    qint64 updatedAt = 0;
    qint64 id = 0;
    QString customer;
    QString ourNumber;
};

// A PostgreSQL array literal ({"a","b",NULL}) of a column's values, for unnest(): the batch
// travels as one value per column, so the statement's text is the same for every batch and
// PostgreSQL parses a few parameters, not fourteen per row.
class PublisherArray
{
public:
    void addText(const QString &value)
    {
        start();
        m_text += QLatin1Char('"');
        for (const QChar c : value) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                m_text += QLatin1Char('\\');
            m_text += c;
        }
        m_text += QLatin1Char('"');
    }
    void addNumber(qint64 value)
    {
        start();
        m_text += QString::number(value);
    }
    void addNull()
    {
        start();
        m_text += QLatin1String("NULL");
    }
    QString text() const { return QLatin1Char('{') + m_text + QLatin1Char('}'); }

private:
    void start()
    {
        if (!m_text.isEmpty())
            m_text += QLatin1Char(',');
    }
    QString m_text;
};

TeamResult<qint64> upsertBatch(const QSqlDatabase &team, const QList<CachedMessage> &batch)
{
    // Conversations first (customer, our number), then the messages, then the replies sent.
    PublisherArray customers, ourNumbers, waitingSince;
    QSet<QString> seen;
    for (const CachedMessage &m : batch) {
        const QString key = m.customer + QLatin1Char('|') + m.ourNumber;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        customers.addText(m.customer);
        ourNumbers.addText(m.ourNumber);
        waitingSince.addNumber(m.createdAt);
    }
    auto conversations = teamExec(team, QStringLiteral(R"(
        INSERT INTO conversations (customer, our_number, waiting_since)
        SELECT customer, our_number, timestamptz 'epoch' + at * interval '1 millisecond'
        FROM unnest(?::text[], ?::text[], ?::bigint[]) AS i (customer, our_number, at)
        ON CONFLICT (customer, our_number) DO NOTHING)"),
                                  { customers.text(), ourNumbers.text(), waitingSince.text() });
    if (!conversations)
        return conversations.error();

    PublisherArray sid, clientId, direction, body, status, errorCode, errorMessage, segments, media,
        createdAt, sentAt, updatedAt;
    customers = PublisherArray();
    ourNumbers = PublisherArray();
    for (const CachedMessage &m : batch) {
        customers.addText(m.customer);
        ourNumbers.addText(m.ourNumber);
        sid.addText(m.sid);
        if (m.clientId.isEmpty())
            clientId.addNull();
        else
            clientId.addText(m.clientId);
        direction.addText(m.direction);
        body.addText(m.body);
        status.addText(m.status);
        if (m.errorCode.isNull())
            errorCode.addNull();
        else
            errorCode.addNumber(m.errorCode.toLongLong());
        if (m.errorMessage.isNull())
            errorMessage.addNull();
        else
            errorMessage.addText(m.errorMessage.toString());
        segments.addNumber(m.segments);
        media.addNumber(m.media);
        createdAt.addNumber(m.createdAt);
        if (m.sentAt.isNull())
            sentAt.addNull();
        else
            sentAt.addNumber(m.sentAt.toLongLong());
        updatedAt.addNumber(m.updatedAt);
    }
    auto messages = teamExec(team, QStringLiteral(R"(
        WITH incoming AS (
            SELECT customer, our_number, sid, client_id, direction, body, status, error_code,
                   error_message, num_segments, num_media,
                   timestamptz 'epoch' + created_ms * interval '1 millisecond' AS created_at,
                   timestamptz 'epoch' + sent_ms * interval '1 millisecond' AS sent_at,
                   timestamptz 'epoch' + updated_ms * interval '1 millisecond' AS updated_at
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::integer[], ?::text[], ?::integer[], ?::integer[],
                        ?::bigint[], ?::bigint[], ?::bigint[])
              AS u (customer, our_number, sid, client_id, direction, body, status, error_code,
                    error_message, num_segments, num_media, created_ms, sent_ms, updated_ms)),
        written AS (
            INSERT INTO messages (conversation_id, sid, client_id, direction, body, status,
                                  error_code, error_message, num_segments, num_media, created_at,
                                  sent_at, updated_at)
            SELECT c.id, i.sid, i.client_id, i.direction, i.body, i.status, i.error_code,
                   i.error_message, i.num_segments, i.num_media, i.created_at, i.sent_at,
                   i.updated_at
            FROM incoming i JOIN conversations c
              ON c.customer = i.customer AND c.our_number = i.our_number
            ON CONFLICT (sid) DO UPDATE SET status = excluded.status,
                error_code = excluded.error_code, error_message = excluded.error_message,
                sent_at = excluded.sent_at, updated_at = excluded.updated_at,
                client_id = coalesce(messages.client_id, excluded.client_id)
              WHERE messages.status IS DISTINCT FROM excluded.status
                 OR messages.error_code IS DISTINCT FROM excluded.error_code
                 OR (messages.client_id IS NULL AND excluded.client_id IS NOT NULL)
            RETURNING conversation_id, direction, created_at, client_id, sid, (xmax = 0) AS fresh),
        reopened AS (
            UPDATE conversations c SET
                status = CASE WHEN c.assignee_id IS NULL THEN 'waiting' ELSE 'open' END,
                waiting_since = CASE WHEN c.status = 'closed' THEN w.at ELSE c.waiting_since END,
                updated_at = now()
            FROM (SELECT conversation_id, min(created_at) AS at FROM written
                  WHERE fresh AND direction = 'inbound' GROUP BY conversation_id) w
            WHERE c.id = w.conversation_id AND c.status IN ('closed', 'snoozed')
            RETURNING c.id),
        sent AS (
            UPDATE team_outbox o SET state = 'sent', message_sid = i.sid, failure = NULL
            FROM incoming i WHERE i.client_id IS NOT NULL AND o.client_id = i.client_id
              AND o.state <> 'sent'
            RETURNING o.id)
        SELECT (SELECT count(*) FROM written), (SELECT count(*) FROM reopened),
               (SELECT count(*) FROM sent))"),
                             { customers.text(), ourNumbers.text(), sid.text(), clientId.text(),
                               direction.text(), body.text(), status.text(), errorCode.text(),
                               errorMessage.text(), segments.text(), media.text(), createdAt.text(),
                               sentAt.text(), updatedAt.text() });
    if (!messages)
        return messages.error();
    // New or changed in PostgreSQL (a batch re-read in the overlap changes nothing there).
    return messages->next() ? messages->value(0).toLongLong() : 0;
}

} // namespace

TeamPublisher::TeamPublisher(Database &cache, QSqlDatabase team)
    : m_cache(cache)
    , m_team(std::move(team))
{ }

TeamResult<qint64> TeamPublisher::publish()
{
    const auto storage = [](const StorageError &error) {
        return TeamError(TeamError::Kind::Other, error.message());
    };
    auto stored = SyncCursors::read(m_cache, kCursor);
    if (!stored)
        return storage(stored.error());
    qint64 fromTime = std::max<qint64>(0, stored->toLongLong() - kOverlapMs);
    qint64 fromId = 0;
    qint64 newest = stored->toLongLong();
    qint64 published = 0;
    for (;;) {
        // A row value, not "updated_at > ? OR (updated_at = ? AND id > ?)": SQLite seeks the
        // index (updated_at, id) to the position with it, and scanned the index from its start
        // with the OR (every batch of a first sync longer than the one before).
        auto rows = sql::run(m_cache, QStringLiteral(R"(
            SELECT m.id, m.sid, m.client_id, m.direction, m.body, m.status, m.error_code,
                   m.error_message, m.num_segments, m.num_media, m.created_at, m.sent_at,
                   m.updated_at, ct.e164, ib.e164
            FROM messages m JOIN conversations cv ON cv.id = m.conversation_id
            JOIN contacts ct ON ct.id = cv.contact_id JOIN inboxes ib ON ib.id = cv.inbox_id
            WHERE (m.updated_at, m.id) > (?, ?)
              AND m.sid IS NOT NULL AND m.direction IN ('inbound', 'outbound')
            ORDER BY m.updated_at, m.id LIMIT ?)"),
                             { fromTime, fromId, kBatch });
        if (!rows)
            return storage(rows.error());
        QList<CachedMessage> batch;
        QSqlQuery &q = **rows;
        while (q.next()) {
            CachedMessage m;
            m.id = q.value(0).toLongLong();
            m.sid = q.value(1).toString();
            m.clientId = q.value(2).toString();
            m.direction = q.value(3).toString();
            m.body = q.value(4).toString();
            m.status = q.value(5).toString();
            m.errorCode = q.value(6).isNull() ? QVariant(QMetaType(QMetaType::Int)) : q.value(6);
            m.errorMessage
                = q.value(7).isNull() ? QVariant(QMetaType(QMetaType::QString)) : q.value(7);
            m.segments = q.value(8).toInt();
            m.media = q.value(9).toInt();
            m.createdAt = q.value(10).toLongLong();
            m.sentAt = q.value(11);
            m.updatedAt = q.value(12).toLongLong();
            m.customer = q.value(13).toString();
            m.ourNumber = q.value(14).toString();
            batch << m;
        }
        q.finish();
        if (batch.isEmpty())
            break;
        auto written = inTransaction(m_team, [&] { return upsertBatch(m_team, batch); });
        if (!written)
            return written.error();
        published += *written;
        fromTime = batch.back().updatedAt;
        fromId = batch.back().id;
        newest = std::max(newest, fromTime);
        // PostgreSQL has the batch: now the position (a crash before this publishes it again,
        // which changes nothing there).
        if (auto moved = SyncCursors::write(m_cache, kCursor, newest, newest); !moved)
            return storage(moved.error());
        if (batch.size() < kBatch)
            break;
    }
    return published;
}

TeamResult<int> TeamPublisher::takeOutbox(sync::OutboxSender &outbox)
{
    // 'taken' too: one a gateway took and then died with is taken over here, as uncertain (the
    // outbox asks the provider before sending it, so it is not sent twice).
    auto queued = teamExec(m_team, QStringLiteral(R"(
        SELECT o.client_id, o.body, c.customer, c.our_number, o.id, o.state,
               (extract(epoch FROM o.created_at) * 1000)::bigint
        FROM team_outbox o JOIN conversations c ON c.id = o.conversation_id
        WHERE o.state IN ('queued', 'taken') ORDER BY o.id LIMIT 200)"));
    if (!queued)
        return queued.error();
    struct Reply
    {
        sync::OutboxRequest request;
        sync::EnqueueOrigin origin;
        qint64 id = 0;
    };
    QList<Reply> replies;
    while (queued->next()) {
        Reply reply;
        reply.origin.clientId = queued->value(0).toString();
        reply.request.body = queued->value(1).toString();
        reply.request.to = queued->value(2).toString();
        reply.request.from = queued->value(3).toString();
        reply.id = queued->value(4).toLongLong();
        reply.origin.mayBeAtProvider = queued->value(5).toString() == QLatin1String("taken");
        reply.origin.createdAtMs = queued->value(6).toLongLong();
        replies << reply;
    }
    int taken = 0;
    for (const Reply &reply : std::as_const(replies)) {
        // The cache has it (or refused it) before PostgreSQL is told: a crash between the two
        // takes it again, and the outbox answers with the entry it already has.
        const sync::EnqueueResult result = outbox.enqueue(reply.request, reply.origin);
        const bool refused = !result.ok() && result.error != sync::EnqueueResult::Error::Storage;
        if (!result.ok() && !refused)
            return TeamError(TeamError::Kind::Other, result.errorMessage);
        if (!refused && reply.origin.mayBeAtProvider)
            continue; // already marked taken
        auto marked = teamExec(
            m_team,
            QStringLiteral("UPDATE team_outbox SET state = ?, failure = ? WHERE id = ? AND state "
                           "IN ('queued', 'taken')"),
            { refused ? QStringLiteral("failed") : QStringLiteral("taken"),
              refused ? QVariant(result.errorMessage) : QVariant(QMetaType(QMetaType::QString)),
              reply.id });
        if (!marked)
            return marked.error();
        if (!refused)
            ++taken;
    }
    return taken;
}

TeamResult<int> TeamPublisher::settleTakenOver(qint64 nowMs)
{
    OutboxStore store(m_cache);
    auto entries = store.openEntries();
    if (!entries)
        return TeamError(TeamError::Kind::Other, entries.error().message());
    QHash<QString, OutboxEntry> waiting;
    for (const OutboxEntry &entry : std::as_const(*entries)) {
        if (entry.state == OutboxState::Waiting)
            waiting.insert(entry.clientId, entry);
    }
    if (waiting.isEmpty())
        return 0;
    QStringList ids;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        QString id = it.key();
        id.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        ids << QLatin1Char('"') + id + QLatin1Char('"');
    }
    auto rows
        = teamExec(m_team,
                   QStringLiteral("SELECT client_id, state, coalesce(failure, '') FROM "
                                  "team_outbox WHERE client_id = ANY (?::text[]) AND state "
                                  "IN ('taken', 'sent', 'failed')"),
                   { QString(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}')) });
    if (!rows)
        return rows.error();
    sync::Outbox outbox(m_cache);
    int changed = 0;
    while (rows->next()) {
        const OutboxEntry entry = waiting.value(rows->value(0).toString());
        const QString state = rows->value(1).toString();
        Result<bool> moved = false;
        if (state == QLatin1String("failed")) {
            moved = outbox.markFailed(entry, 0, rows->value(2).toString(), nowMs);
        } else {
            moved = outbox.markSubmitting(entry, nowMs);
            if (moved && *moved) {
                moved = outbox.markUncertain(
                    entry, nowMs, tr("Another gateway may have sent it while this one was away."),
                    nowMs);
            }
        }
        if (!moved)
            return TeamError(TeamError::Kind::Other, moved.error().message());
        changed += *moved ? 1 : 0;
    }
    return changed;
}

} // namespace textdesk::team
