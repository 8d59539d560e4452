#include "ReplicaPage.h"

#include "TeamPusher.h"
#include "storage/ContactStore.h"
#include "storage/ConversationSummaries.h"
#include "storage/MessageStore.h"
#include "storage/ReplicaStore.h"
#include "sync/MessageWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace textdesk::team {

namespace {

const QString kTeamAgents = QStringLiteral("agents");
const QString kTeamContacts = QStringLiteral("contacts");
const QString kTeamConversations = QStringLiteral("conversations");
const QString kTeamMessages = QStringLiteral("messages");
const QString kTeamNotes = QStringLiteral("notes");
const QString kTeamTemplates = QStringLiteral("templates");

qint64 replicaMs(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return 0;
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toMSecsSinceEpoch();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The team's conversation status in the cache's words: waiting for an agent and open are both
// "open" to the agent; closed is "resolved".
QString replicaStatus(const QString &team)
{
    if (team == QLatin1String("snoozed"))
        return conversationStatusToString(ConversationStatus::Snoozed);
    if (team == QLatin1String("closed"))
        return conversationStatusToString(ConversationStatus::Resolved);
    return conversationStatusToString(ConversationStatus::Open);
}

// A team message or note, as the replica writes it (and parks it while its conversation has
// not reached the cache).
struct ReplicaMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    bool note = false;
    QString sid, clientId, direction, body, status, errorMessage;
    int errorCode = 0, segments = 1, media = 0;
    qint64 agentId = 0, createdAt = 0, sentAt = 0, updatedAt = 0;

    static ReplicaMessage fromRow(const FeedRow &row)
    {
        const QVariantHash &v = row.values;
        ReplicaMessage m;
        m.id = row.id;
        m.note = row.table == kTeamNotes;
        m.conversationId = v.value(QStringLiteral("conversation_id")).toLongLong();
        m.sid = v.value(QStringLiteral("sid")).toString();
        m.clientId = v.value(QStringLiteral("client_id")).toString();
        m.direction
            = m.note ? QStringLiteral("note") : v.value(QStringLiteral("direction")).toString();
        m.body = v.value(QStringLiteral("body")).toString();
        m.status = v.value(QStringLiteral("status")).toString();
        m.errorCode = v.value(QStringLiteral("error_code")).toInt();
        m.errorMessage = v.value(QStringLiteral("error_message")).toString();
        m.segments = std::max(1, v.value(QStringLiteral("num_segments")).toInt());
        m.media = v.value(QStringLiteral("num_media")).toInt();
        m.agentId = v.value(QStringLiteral("agent_id")).toLongLong();
        m.createdAt = replicaMs(v.value(QStringLiteral("created_at")));
        m.sentAt = replicaMs(v.value(QStringLiteral("sent_at")));
        m.updatedAt = replicaMs(v.value(QStringLiteral("updated_at")));
        if (m.updatedAt == 0)
            m.updatedAt = m.createdAt;
        return m;
    }

    QString toJson() const
    {
        const QJsonObject o { { QStringLiteral("id"), double(id) },
                              { QStringLiteral("conversation"), double(conversationId) },
                              { QStringLiteral("note"), note },
                              { QStringLiteral("sid"), sid },
                              { QStringLiteral("client"), clientId },
                              { QStringLiteral("direction"), direction },
                              { QStringLiteral("body"), body },
                              { QStringLiteral("status"), status },
                              { QStringLiteral("error"), errorCode },
                              { QStringLiteral("errorMessage"), errorMessage },
                              { QStringLiteral("segments"), segments },
                              { QStringLiteral("media"), media },
                              { QStringLiteral("agent"), double(agentId) },
                              { QStringLiteral("created"), double(createdAt) },
                              { QStringLiteral("sent"), double(sentAt) },
                              { QStringLiteral("updated"), double(updatedAt) } };
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    static ReplicaMessage fromJson(const QString &json)
    {
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        ReplicaMessage m;
        m.id = qint64(o.value(QStringLiteral("id")).toDouble());
        m.conversationId = qint64(o.value(QStringLiteral("conversation")).toDouble());
        m.note = o.value(QStringLiteral("note")).toBool();
        m.sid = o.value(QStringLiteral("sid")).toString();
        m.clientId = o.value(QStringLiteral("client")).toString();
        m.direction = o.value(QStringLiteral("direction")).toString();
        m.body = o.value(QStringLiteral("body")).toString();
        m.status = o.value(QStringLiteral("status")).toString();
        m.errorCode = o.value(QStringLiteral("error")).toInt();
        m.errorMessage = o.value(QStringLiteral("errorMessage")).toString();
        m.segments = o.value(QStringLiteral("segments")).toInt(1);
        m.media = o.value(QStringLiteral("media")).toInt();
        m.agentId = qint64(o.value(QStringLiteral("agent")).toDouble());
        m.createdAt = qint64(o.value(QStringLiteral("created")).toDouble());
        m.sentAt = qint64(o.value(QStringLiteral("sent")).toDouble());
        m.updatedAt = qint64(o.value(QStringLiteral("updated")).toDouble());
        return m;
    }
};

// One page into the cache, inside the caller's transaction.
class ReplicaPageWriter
{
public:
    ReplicaPageWriter(Database &db, qint64 nowMs)
        : m_db(db)
        , m_now(nowMs)
        , m_writer(db, nullptr) // no inbound hooks: the gateway ran them for the team
        , m_contacts(db)
        , m_messages(db)
    { }

    Status apply(const FeedPage &page)
    {
        QHash<QString, QList<const FeedRow *>> byTable;
        QList<const FeedRow *> deletions;
        for (const FeedRow &row : page.rows) {
            if (row.deleted)
                deletions << &row;
            else
                byTable[row.table] << &row;
        }
        // Deletions first: a team id never comes back, and a template deleted and made again
        // under its name must not find the old one still here.
        for (auto it = deletions.crbegin(); it != deletions.crend(); ++it) {
            if (Status s = remove(**it); !s)
                return s;
        }
        // Parents before children, whatever their versions.
        for (const QString &table : TeamFeed::tables()) {
            for (const FeedRow *row : std::as_const(byTable[table])) {
                if (Status s = upsert(*row); !s)
                    return s;
            }
        }
        return finishMessages();
    }

    qint64 inserted() const { return m_inserted; }

private:
    Status upsert(const FeedRow &row)
    {
        const QVariantHash &v = row.values;
        if (row.table == kTeamAgents) {
            return ReplicaStore::upsertAgent(m_db, row.id,
                                             v.value(QStringLiteral("name")).toString(),
                                             replicaMs(v.value(QStringLiteral("created_at"))));
        }
        if (row.table == kTeamContacts)
            return contact(row);
        if (row.table == kTeamConversations)
            return conversation(row);
        if (row.table == kTeamMessages || row.table == kTeamNotes)
            return message(ReplicaMessage::fromRow(row));
        if (row.table == kTeamTemplates) {
            auto local = ReplicaStore::localId(m_db, kTeamTemplates, row.id);
            if (!local)
                return local.error();
            auto id = ReplicaStore::upsertTemplate(
                m_db, *local, v.value(QStringLiteral("name")).toString(),
                v.value(QStringLiteral("body")).toString(), m_now);
            if (!id)
                return id.error();
            return ReplicaStore::setLocalId(m_db, kTeamTemplates, row.id, *id);
        }
        if (row.table == QLatin1String("team_outbox")) {
            // A reply this desktop handed to the team, sent or refused by the gateway.
            return TeamPusher::settleReply(m_db, v.value(QStringLiteral("client_id")).toString(),
                                           v.value(QStringLiteral("state")).toString(),
                                           v.value(QStringLiteral("message_sid")).toString(),
                                           v.value(QStringLiteral("failure")).toString(), m_now);
        }
        return success(); // survey answers: reports read them from the team store
    }

    Status contact(const FeedRow &row)
    {
        const QVariantHash &v = row.values;
        auto local = m_contacts.ensureContact(v.value(QStringLiteral("phone")).toString(), m_now);
        if (!local)
            return local.error();
        if (Status s = ReplicaStore::setLocalId(m_db, kTeamContacts, row.id, *local); !s)
            return s;
        return ReplicaStore::updateContact(m_db, *local,
                                           { v.value(QStringLiteral("name")).toString(),
                                             v.value(QStringLiteral("email")).toString(),
                                             v.value(QStringLiteral("company")).toString(),
                                             v.value(QStringLiteral("notes")).toString() },
                                           m_now);
    }

    Status conversation(const FeedRow &row)
    {
        const QVariantHash &v = row.values;
        const QString customer = v.value(QStringLiteral("customer")).toString();
        const QString ours = v.value(QStringLiteral("our_number")).toString();
        auto inbox = m_contacts.ensureInbox(ours);
        if (!inbox)
            return inbox.error();
        auto contact = m_contacts.ensureContact(customer, m_now);
        if (!contact)
            return contact.error();
        auto local = m_contacts.ensureConversation(*contact, *inbox, m_now);
        if (!local)
            return local.error();
        if (Status s = ReplicaStore::setLocalId(m_db, kTeamConversations, row.id, *local); !s)
            return s;
        m_conversations.insert(row.id, *local);
        m_numbers.insert(row.id, { customer, ours });

        ReplicaStore::ConversationState state;
        const QString teamStatus = v.value(QStringLiteral("status")).toString();
        state.status = replicaStatus(teamStatus);
        state.assigneeId = v.value(QStringLiteral("assignee_id")).toLongLong();
        if (teamStatus == QLatin1String("snoozed"))
            state.snoozedUntil = replicaMs(v.value(QStringLiteral("snoozed_until")));
        state.changedAt = replicaMs(v.value(QStringLiteral("updated_at")));
        if (Status s = ensureAgent(state.assigneeId); !s)
            return s;
        if (Status s = ReplicaStore::setConversationState(m_db, *local, state); !s)
            return s;

        // Its messages and notes that came before it.
        auto waiting = ReplicaStore::takeWaiting(m_db, row.id);
        if (!waiting)
            return waiting.error();
        for (const auto &parked : std::as_const(*waiting)) {
            if (Status s = message(ReplicaMessage::fromJson(parked.second)); !s)
                return s;
        }
        return success();
    }

    Status ensureAgent(qint64 id)
    {
        if (id == 0 || m_agents.contains(id))
            return success();
        m_agents << id;
        return ReplicaStore::ensureAgent(m_db, id, m_now);
    }

    // The cache's conversation for a team conversation, and its numbers; 0 when the cache does
    // not have it yet.
    Result<qint64> localConversation(qint64 teamId)
    {
        if (const auto it = m_conversations.constFind(teamId); it != m_conversations.constEnd())
            return *it;
        auto local = ReplicaStore::localId(m_db, kTeamConversations, teamId);
        if (!local)
            return local;
        if (*local == 0)
            return qint64(0);
        auto numbers = ReplicaStore::numbersOf(m_db, *local);
        if (!numbers)
            return numbers.error();
        m_conversations.insert(teamId, *local);
        m_numbers.insert(teamId, *numbers);
        return local;
    }

    Status message(const ReplicaMessage &m)
    {
        const QString table = m.note ? kTeamNotes : kTeamMessages;
        auto conversation = localConversation(m.conversationId);
        if (!conversation)
            return conversation.error();
        if (*conversation == 0)
            return ReplicaStore::park(m_db, table, m.id, m.conversationId, m.toJson());
        if (Status s = ensureAgent(m.agentId); !s)
            return s;
        MessageRecord stored;
        Result<MessageStore::Upsert> written = MessageStore::Upsert::Unchanged;
        if (m.note) {
            stored.conversationId = *conversation;
            stored.clientId
                = m.clientId.isEmpty() ? QStringLiteral("team-note:%1").arg(m.id) : m.clientId;
            stored.direction = Direction::Note;
            stored.body = m.body;
            stored.status = QStringLiteral("note");
            stored.authorId = m.agentId;
            stored.createdAt = m.createdAt ? m.createdAt : m_now;
            stored.updatedAt = stored.createdAt;
            written = m_messages.upsert(stored, MessageStore::Scope::InBatch);
        } else {
            // As a provider pull would have written it, from the conversation's numbers.
            const auto &[customer, ours] = m_numbers.value(m.conversationId);
            const bool inbound = m.direction == QLatin1String("inbound");
            provider::ProviderMessage pm;
            pm.sid = m.sid;
            pm.direction = inbound ? QStringLiteral("inbound") : QStringLiteral("outbound-api");
            pm.from = inbound ? customer : ours;
            pm.to = inbound ? ours : customer;
            pm.body = m.body;
            pm.status = m.status;
            pm.errorCode = m.errorCode;
            pm.errorMessage = m.errorMessage;
            pm.numSegments = m.segments;
            pm.numMedia = m.media;
            pm.dateCreatedMs = m.createdAt;
            pm.dateSentMs = m.sentAt;
            pm.dateUpdatedMs = m.updatedAt;
            // A message the provider has no SID for yet is found again by its client id.
            const QString clientId
                = m.clientId.isEmpty() ? QStringLiteral("team:%1").arg(m.id) : m.clientId;
            written = m_writer.write(pm, m_now, MessageStore::Scope::InBatch, &stored,
                                     { clientId, m.agentId });
            // A message the cache had keeps its author unless the team names another.
            if (written && *written != MessageStore::Upsert::Inserted && m.agentId) {
                if (Status s = ReplicaStore::setAuthor(m_db, stored.id, m.agentId); !s)
                    return s;
            }
        }
        if (!written)
            return written.error();
        if (*written == MessageStore::Upsert::Inserted) {
            ++m_inserted;
            m_batch.add(stored.conversationId, stored.id, stored.direction, stored.createdAt,
                        stored.body);
            if (stored.direction == Direction::Inbound)
                m_reopenable << stored.conversationId;
        }
        return ReplicaStore::setLocalId(m_db, table, m.id, stored.id);
    }

    // The conversations' counts and previews, as after a pull; their status stays the team's
    // (a customer's message reopens a conversation in the team's gateway, not here).
    Status finishMessages()
    {
        auto saved = ReplicaStore::saveStatuses(m_db, m_reopenable.values());
        if (!saved)
            return saved.error();
        if (Status s = m_batch.apply(m_db); !s)
            return s;
        return ReplicaStore::restoreStatuses(m_db, *saved);
    }

    Status remove(const FeedRow &row)
    {
        if (row.table == kTeamAgents)
            return ReplicaStore::removeAgent(m_db, row.id);
        if (row.table != kTeamTemplates && row.table != kTeamMessages && row.table != kTeamNotes)
            return success(); // conversations and contacts stay: their history is the agent's
        if (row.table != kTeamTemplates) {
            if (Status s = ReplicaStore::dropWaiting(m_db, row.table, row.id); !s)
                return s;
        }
        auto local = ReplicaStore::localId(m_db, row.table, row.id);
        if (!local)
            return local.error();
        if (*local) {
            Status removed = row.table == kTeamTemplates
                ? ReplicaStore::removeTemplate(m_db, *local)
                : m_messages.remove(*local);
            if (!removed)
                return removed;
        }
        return ReplicaStore::forgetLocalId(m_db, row.table, row.id);
    }

    Database &m_db;
    qint64 m_now;
    sync::MessageWriter m_writer;
    ContactStore m_contacts;
    MessageStore m_messages;
    ConversationSummaries::InsertedMessages m_batch;
    QSet<qint64> m_agents; // agents known to have a row
    QSet<qint64> m_reopenable; // local conversations the page added a customer's message to
    QHash<qint64, qint64> m_conversations; // team id → local id
    QHash<qint64, QPair<QString, QString>> m_numbers; // team id → customer, our number
    qint64 m_inserted = 0;
};

} // namespace

Result<qint64> writeReplicaPage(Database &cache, const FeedPage &page, qint64 nowMs)
{
    ReplicaPageWriter writer(cache, nowMs);
    if (Status s = writer.apply(page); !s)
        return s.error();
    return writer.inserted();
}

} // namespace textdesk::team
