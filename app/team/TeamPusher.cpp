#include "TeamPusher.h"

#include "TeamAssignment.h"
#include "TeamSql.h"
#include "storage/ReplicaStore.h"
#include "storage/TeamPushStore.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QSqlRecord>

namespace textdesk::team {

namespace {

const QString kConversations = QStringLiteral("conversations");

QVariant pushIdOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The cache's status words → the team's (a resolved conversation is closed for the team).
QString teamStatus(const QString &cacheStatus)
{
    if (cacheStatus == QLatin1String("resolved"))
        return QStringLiteral("closed");
    if (cacheStatus == QLatin1String("snoozed"))
        return QStringLiteral("snoozed");
    return QStringLiteral("open");
}

// A failure that the next try will not change (the role may not, the store refuses the value):
// the push is dropped and the agent told; every other one waits for the next try.
bool isPermanent(const TeamError &error)
{
    return error.kind() == TeamError::Kind::NotAllowed
        || error.kind() == TeamError::Kind::InvalidInput
        || error.kind() == TeamError::Kind::Conflict;
}

class Pusher
{
public:
    Pusher(const QSqlDatabase &team, Database &cache, qint64 nowMs)
        : m_team(team)
        , m_cache(cache)
        , m_now(nowMs)
    { }

    PushOutcome run()
    {
        if (pushReplies() && pushChanges())
            m_outcome.left = 0;
        else
            m_outcome.left = leftCount();
        return m_outcome;
    }

private:
    // The team's id of a local conversation: the replica's, else found by its two numbers
    // (a conversation this desktop started), else made (when the role may).
    TeamResult<qint64> teamConversation(qint64 localId)
    {
        auto known = TeamPushStore::teamIdOf(m_cache, kConversations, localId);
        if (!known)
            return TeamError(TeamError::Kind::Other, known.error().message());
        if (*known)
            return *known;
        auto numbers = ReplicaStore::numbersOf(m_cache, localId);
        if (!numbers)
            return TeamError(TeamError::Kind::Other, numbers.error().message());
        const auto &[customer, ours] = *numbers;
        if (customer.isEmpty())
            return TeamError(TeamError::Kind::InvalidInput,
                             TeamPusher::tr("The conversation is no longer in this computer's "
                                            "cache."));
        auto found = teamExec(m_team,
                              QStringLiteral("SELECT id FROM conversations WHERE customer = ? AND "
                                             "our_number = ?"),
                              { customer, ours });
        if (!found)
            return found.error();
        if (found->next())
            return found->value(0).toLongLong();
        auto made = teamExec(m_team,
                             QStringLiteral("INSERT INTO conversations (customer, our_number) "
                                            "VALUES (?, ?) ON CONFLICT (customer, our_number) DO "
                                            "NOTHING RETURNING id"),
                             { customer, ours });
        if (!made) {
            if (made.error().kind() == TeamError::Kind::NotAllowed)
                return TeamError(
                    TeamError::Kind::NotAllowed,
                    TeamPusher::tr("The team's store has no conversation with %1 yet, and this "
                                   "login may not start one. Ask a lead to start it.")
                        .arg(customer));
            return made.error();
        }
        if (made->next())
            return made->value(0).toLongLong();
        // A colleague's desktop or the gateway made it in between.
        auto again = teamExec(m_team,
                              QStringLiteral("SELECT id FROM conversations WHERE customer = ? AND "
                                             "our_number = ?"),
                              { customer, ours });
        if (!again)
            return again.error();
        if (!again->next())
            return TeamError(TeamError::Kind::Other, {});
        return again->value(0).toLongLong();
    }

    // Waiting replies into team_outbox, then "with the team" (submitting) in the cache.
    bool pushReplies()
    {
        OutboxStore store(m_cache);
        auto entries = store.openEntries();
        if (!entries)
            return stop(entries.error().message());
        sync::Outbox outbox(m_cache);
        for (const OutboxEntry &entry : std::as_const(*entries)) {
            if (entry.state != OutboxState::Waiting)
                continue;
            if (!entry.media.isEmpty()) {
                (void)outbox.markFailed(
                    entry, 0,
                    TeamPusher::tr(
                        "Pictures and files cannot be sent from a team desktop yet. Send the "
                        "words alone, or the files from the gateway's computer."),
                    m_now);
                continue;
            }
            auto done = inTransaction(m_team, [&]() -> TeamResult<bool> {
                auto conversation = teamConversation(entry.conversationId);
                if (!conversation)
                    return conversation.error();
                auto inserted = teamExec(
                    m_team,
                    QStringLiteral("INSERT INTO team_outbox (client_id, conversation_id, body) "
                                   "VALUES (?, ?, ?) ON CONFLICT (client_id) DO NOTHING"),
                    { entry.clientId, *conversation, entry.body });
                if (!inserted)
                    return inserted.error();
                return true;
            });
            if (!done) {
                if (isPermanent(done.error())) {
                    (void)outbox.markFailed(entry, 0, done.error().message(), m_now);
                    continue;
                }
                return stop(done.error().message());
            }
            if (auto moved = outbox.markSubmitting(entry, m_now); !moved)
                return stop(moved.error().message());
            ++m_outcome.replies;
        }
        return true;
    }

    TeamResult<bool> note(const TeamPushStore::Push &push, qint64 conversation)
    {
        auto inserted = teamExec(
            m_team,
            QStringLiteral("INSERT INTO notes (conversation_id, client_id, body) VALUES (?, ?, ?) "
                           "ON CONFLICT (client_id) DO NOTHING"),
            { conversation, push.payload.value(QStringLiteral("client_id")).toString(),
              push.payload.value(QStringLiteral("body")).toString() });
        if (!inserted)
            return inserted.error();
        return true;
    }

    TeamResult<bool> status(const TeamPushStore::Push &push, qint64 conversation)
    {
        const qint64 until = qint64(push.payload.value(QStringLiteral("snoozed_until")).toDouble());
        auto updated = teamExec(
            m_team,
            QStringLiteral("UPDATE conversations SET status = ?, snoozed_until = "
                           "to_timestamp(?::bigint / 1000.0), updated_at = now() WHERE id = ?"),
            { teamStatus(push.payload.value(QStringLiteral("status")).toString()),
              pushIdOrNull(until), conversation });
        if (!updated)
            return updated.error();
        return true;
    }

    // A compare-and-set against the assignee the agent saw; the same assignment again is done.
    TeamResult<bool> assign(const TeamPushStore::Push &push, qint64 conversation)
    {
        const qint64 from = qint64(push.payload.value(QStringLiteral("from")).toDouble());
        const qint64 to = qint64(push.payload.value(QStringLiteral("to")).toDouble());
        auto outcome = TeamAssignment::assign(m_team, conversation, to, from);
        if (!outcome)
            return outcome.error();
        if (outcome->done)
            return true;
        auto now
            = teamExec(m_team, QStringLiteral("SELECT assignee_id FROM conversations WHERE id = ?"),
                       { conversation });
        if (!now)
            return now.error();
        if (now->next() && now->value(0).toLongLong() == to)
            return true; // pushed before, and the cache forgot it was
        m_outcome.overruled
            << (outcome->heldBy.isEmpty()
                    ? TeamPusher::tr(
                        "A colleague changed who has this conversation first; it was not "
                        "assigned.")
                    : TeamPusher::tr("%1 has this conversation now; it was not assigned.")
                          .arg(outcome->heldBy));
        m_restore << push.conversationId;
        return false;
    }

    // Per field, as the agent changed it; what it replaced goes to the audit log, so a field two
    // agents changed at once keeps the loser there.
    TeamResult<bool> profile(const TeamPushStore::Push &push)
    {
        const QString phone = push.payload.value(QStringLiteral("phone")).toString();
        const QJsonObject fields = push.payload.value(QStringLiteral("fields")).toObject();
        static const QStringList kColumns = { QStringLiteral("name"), QStringLiteral("email"),
                                              QStringLiteral("company"), QStringLiteral("notes") };
        auto ensured = teamExec(
            m_team,
            QStringLiteral(
                "INSERT INTO contacts (phone) VALUES (?) ON CONFLICT (phone) DO NOTHING"),
            { phone });
        if (!ensured)
            return ensured.error();
        auto before = teamExec(
            m_team,
            QStringLiteral("SELECT name, email, company, notes FROM contacts WHERE phone = ?"),
            { phone });
        if (!before)
            return before.error();
        if (!before->next())
            return TeamError(TeamError::Kind::Other, {});
        const QSqlRecord was = before->record();
        QJsonObject replaced;
        for (const QString &column : kColumns) {
            if (!fields.contains(column))
                continue;
            const QString value = fields.value(column).toString();
            if (was.value(column).toString() == value)
                continue;
            // The column names come from the list above, never from the payload.
            auto updated = teamExec(
                m_team, QStringLiteral("UPDATE contacts SET %1 = ? WHERE phone = ?").arg(column),
                { value, phone });
            if (!updated)
                return updated.error();
            replaced.insert(column,
                            QJsonObject { { QStringLiteral("was"), was.value(column).toString() },
                                          { QStringLiteral("now"), value } });
        }
        if (replaced.isEmpty())
            return true;
        auto logged = teamExec(
            m_team,
            QStringLiteral("INSERT INTO audit_log (action, subject, detail) "
                           "VALUES ('profile', ?, ?::jsonb)"),
            { phone, QString::fromUtf8(QJsonDocument(replaced).toJson(QJsonDocument::Compact)) });
        if (!logged)
            return logged.error();
        return true;
    }

    TeamResult<bool> apply(const TeamPushStore::Push &push)
    {
        if (push.kind == QLatin1String("profile"))
            return profile(push);
        auto conversation = teamConversation(push.conversationId);
        if (!conversation)
            return conversation.error();
        if (push.kind == QLatin1String("note"))
            return note(push, *conversation);
        if (push.kind == QLatin1String("status"))
            return status(push, *conversation);
        if (push.kind == QLatin1String("assign"))
            return assign(push, *conversation);
        return true; // a kind a newer build wrote: nothing this one can do with it
    }

    bool pushChanges()
    {
        for (;;) {
            auto pushes = TeamPushStore::pending(m_cache, TeamPusher::kBatch);
            if (!pushes)
                return stop(pushes.error().message());
            if (pushes->isEmpty())
                break;
            for (const TeamPushStore::Push &push : std::as_const(*pushes)) {
                // An assignment is a transaction of its own (TeamAssignment: the change and
                // its audit row); every other push is one here.
                auto done = push.kind == QLatin1String("assign")
                    ? apply(push)
                    : inTransaction(m_team, [&] { return apply(push); });
                if (!done && !isPermanent(done.error())) {
                    (void)TeamPushStore::recordAttempt(m_cache, push.id, done.error().message());
                    return stop(done.error().message());
                }
                if (!done)
                    m_outcome.overruled << done.error().message();
                else if (*done)
                    ++m_outcome.changes;
                if (Status s = TeamPushStore::remove(m_cache, push.id); !s)
                    return stop(s.error().message());
            }
        }
        return restoreOverruled();
    }

    // The conversations whose assignment the store refused show the team's state again (the
    // feed would not bring it: the row did not change).
    bool restoreOverruled()
    {
        for (const qint64 local : std::as_const(m_restore)) {
            auto teamId = TeamPushStore::teamIdOf(m_cache, kConversations, local);
            if (!teamId || !*teamId)
                continue;
            auto row
                = teamExec(m_team,
                           QStringLiteral("SELECT status, assignee_id, "
                                          "(extract(epoch FROM snoozed_until) * 1000)::bigint, "
                                          "(extract(epoch FROM updated_at) * 1000)::bigint "
                                          "FROM conversations WHERE id = ?"),
                           { *teamId });
            if (!row)
                return stop(row.error().message());
            if (!row->next())
                continue;
            ReplicaStore::ConversationState state;
            const QString status = row->value(0).toString();
            state.status = status == QLatin1String("closed") ? QStringLiteral("resolved")
                : status == QLatin1String("snoozed")         ? QStringLiteral("snoozed")
                                                             : QStringLiteral("open");
            state.assigneeId = row->value(1).toLongLong();
            state.snoozedUntil = row->value(2).toLongLong();
            state.changedAt = row->value(3).toLongLong();
            if (state.assigneeId) {
                if (Status s = ReplicaStore::ensureAgent(m_cache, state.assigneeId, m_now); !s)
                    return stop(s.error().message());
            }
            if (Status s = ReplicaStore::setConversationState(m_cache, local, state); !s)
                return stop(s.error().message());
        }
        return true;
    }

    int leftCount()
    {
        int left = 0;
        if (auto changes = TeamPushStore::pendingCount(m_cache))
            left += *changes;
        if (auto entries = OutboxStore(m_cache).openEntries()) {
            for (const OutboxEntry &entry : std::as_const(*entries))
                left += entry.state == OutboxState::Waiting ? 1 : 0;
        }
        return left;
    }

    bool stop(const QString &error)
    {
        m_outcome.error = error;
        return false;
    }

    QSqlDatabase m_team;
    Database &m_cache;
    qint64 m_now;
    PushOutcome m_outcome;
    QList<qint64> m_restore;
};

} // namespace

PushOutcome TeamPusher::push(const QSqlDatabase &team, Database &cache, qint64 nowMs)
{
    return Pusher(team, cache, nowMs).run();
}

Status TeamPusher::settleReply(Database &cache, const QString &clientId, const QString &state,
                               const QString &sid, const QString &failure, qint64 nowMs)
{
    if (clientId.isEmpty())
        return success();
    OutboxStore store(cache);
    auto entry = store.entry(clientId);
    if (!entry)
        return entry.error();
    if (!*entry || !(*entry)->isOpen())
        return success(); // another desktop's reply, or settled already
    if (state == QLatin1String("failed")) {
        auto failed = sync::Outbox(cache).markFailed(
            **entry, 0, failure.isEmpty() ? tr("The team's gateway could not send it.") : failure,
            nowMs);
        return failed ? success() : Status(failed.error());
    }
    if (state == QLatin1String("sent") && !sid.isEmpty()) {
        auto accepted = store.toAccepted(clientId, sid, 0, nowMs);
        return accepted ? success() : Status(accepted.error());
    }
    return success();
}

} // namespace textdesk::team
