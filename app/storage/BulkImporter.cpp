#include "BulkImporter.h"

#include "ContactStore.h"
#include "ConversationSummaries.h"
#include "Statement.h"

#include <QDateTime>

namespace textdesk {

BulkImporter::BulkImporter(Database &db)
    : m_db(db)
{
}

BulkImporter::~BulkImporter()
{
    cancel();
}

Status BulkImporter::begin()
{
    Q_ASSERT(!m_active);
    if (auto s = m_db.begin(); !s)
        return s;
    m_active = true;
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_insertMessage = std::make_unique<Statement>(m_db, QStringLiteral(
        "INSERT INTO messages (id, conversation_id, sid, client_id, direction, body, status, "
        "error_code, error_message, num_segments, encoding, num_media, author_id, created_at, "
        "sent_at, delivered_at, read_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sid) DO NOTHING"));
    m_indexMessage = std::make_unique<Statement>(m_db, QStringLiteral("INSERT INTO message_fts (rowid, body) VALUES (?, ?)"));
    m_maxIdInSlot = std::make_unique<Statement>(m_db, QStringLiteral("SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?"));
    m_insertContact = std::make_unique<Statement>(m_db, QStringLiteral(
        "INSERT INTO contacts (e164, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    m_indexContact = std::make_unique<Statement>(m_db, QStringLiteral(
        "INSERT INTO contact_fts (rowid, display_name) VALUES (?, ?)"));
    m_insertConversation = std::make_unique<Statement>(m_db, QStringLiteral(
        "INSERT INTO conversations (contact_id, inbox_id, last_activity_at, created_at) VALUES (?, ?, ?, ?)"));
    for (Statement *s : {m_insertMessage.get(), m_indexMessage.get(), m_maxIdInSlot.get(),
                         m_insertContact.get(), m_indexContact.get(), m_insertConversation.get()}) {
        if (!s->prepared()) {
            Status error = s->prepared();
            cancel();
            return error;
        }
    }
    if (auto s = loadKnownRows(); !s) {
        cancel();
        return s;
    }
    return success();
}

Status BulkImporter::loadKnownRows()
{
    // Each query yields (key..., id); readAll walks it to the end or the first error.
    auto readAll = [this](const QString &sql, auto &&onRow) -> Status {
        Statement query(m_db, sql);
        if (!query.prepared())
            return query.prepared();
        Statement::Step step;
        while ((step = query.step()) == Statement::Step::Row)
            onRow(query);
        if (step == Statement::Step::Error)
            return query.error();
        return success();
    };
    if (auto s = readAll(QStringLiteral("SELECT e164, id FROM contacts"),
                         [this](Statement &q) { m_contacts.insert(q.text(0), q.int64(1)); }); !s)
        return s;
    if (auto s = readAll(QStringLiteral("SELECT e164, id FROM inboxes"),
                         [this](Statement &q) { m_inboxes.insert(q.text(0), q.int64(1)); }); !s)
        return s;
    return readAll(QStringLiteral("SELECT contact_id, inbox_id, id FROM conversations"), [this](Statement &q) {
        m_conversations.insert({q.int64(0), q.int64(1)}, q.int64(2));
    });
}

void BulkImporter::cancel()
{
    m_insertMessage.reset();
    m_indexMessage.reset();
    m_maxIdInSlot.reset();
    m_insertContact.reset();
    m_indexContact.reset();
    m_insertConversation.reset();
    if (m_active)
        m_db.rollback();
    m_active = false;
}

Result<qint64> BulkImporter::contactId(const QString &e164, const QString &name)
{
    if (auto it = m_contacts.constFind(e164); it != m_contacts.cend())
        return *it;
    m_insertContact->bind(0, e164);
    name.isEmpty() ? m_insertContact->bindNull(1) : m_insertContact->bind(1, name);
    m_insertContact->bind(2, m_now);
    m_insertContact->bind(3, m_now);
    if (auto s = m_insertContact->run(); !s)
        return s.error();
    auto id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    const qint64 contact = id->toLongLong();
    if (!name.isEmpty()) {
        m_indexContact->bind(0, contact);
        m_indexContact->bind(1, name);
        if (auto s = m_indexContact->run(); !s)
            return s.error();
    }
    m_contacts.insert(e164, contact);
    return contact;
}

Result<qint64> BulkImporter::inboxId(const QString &e164)
{
    if (auto it = m_inboxes.constFind(e164); it != m_inboxes.cend())
        return *it;
    ContactStore store(m_db);
    auto id = store.ensureInbox(e164);
    if (id)
        m_inboxes.insert(e164, *id);
    return id;
}

Result<qint64> BulkImporter::conversationId(qint64 contact, qint64 inbox)
{
    if (auto it = m_conversations.constFind({contact, inbox}); it != m_conversations.cend())
        return *it;
    m_insertConversation->bind(0, contact);
    m_insertConversation->bind(1, inbox);
    m_insertConversation->bind(2, 0);
    m_insertConversation->bind(3, m_now);
    if (auto s = m_insertConversation->run(); !s)
        return s.error();
    auto id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    m_conversations.insert({contact, inbox}, id->toLongLong());
    return id->toLongLong();
}

Result<qint64> BulkImporter::allocateId(qint64 createdAt)
{
    const qint64 ms = std::clamp<qint64>(createdAt, 0, qint64(1) << 42);
    // Rows usually come in time order: the next slot after the last one is free.
    if (m_lastAllocated >= MessageId::first(ms) && m_lastAllocated < MessageId::last(ms))
        return ++m_lastAllocated;
    m_maxIdInSlot->bind(0, MessageId::first(ms));
    m_maxIdInSlot->bind(1, MessageId::last(ms));
    qint64 id = MessageId::first(ms);
    const Statement::Step step = m_maxIdInSlot->step();
    if (step == Statement::Step::Error)
        return m_maxIdInSlot->error();
    if (step == Statement::Step::Row && !m_maxIdInSlot->isNull(0))
        id = m_maxIdInSlot->int64(0) + 1;
    m_maxIdInSlot->reset();
    if (id > MessageId::last(ms))
        return allocateId(ms + 1);
    m_lastAllocated = id;
    return id;
}

Status BulkImporter::add(const ImportMessage &row)
{
    Q_ASSERT(m_active);
    auto contact = contactId(row.contactE164, row.contactName);
    if (!contact)
        return contact.error();
    auto inbox = inboxId(row.inboxE164);
    if (!inbox)
        return inbox.error();
    auto conversation = conversationId(*contact, *inbox);
    if (!conversation)
        return conversation.error();
    const MessageRecord &m = row.message;
    const qint64 createdAt = m.createdAt ? m.createdAt : m_now;
    auto id = allocateId(createdAt);
    if (!id)
        return id.error();

    Statement &ins = *m_insertMessage;
    auto text = [&ins](int i, const QString &v) { v.isEmpty() ? ins.bindNull(i) : ins.bind(i, v); };
    auto number = [&ins](int i, qint64 v) { v ? ins.bind(i, v) : ins.bindNull(i); };
    ins.bind(0, *id);
    ins.bind(1, *conversation);
    text(2, m.sid);
    text(3, m.clientId);
    ins.bind(4, directionToString(m.direction));
    ins.bind(5, m.body);
    ins.bind(6, m.status);
    number(7, m.errorCode);
    text(8, m.errorMessage);
    ins.bind(9, qint64(m.numSegments));
    text(10, m.encoding);
    ins.bind(11, qint64(m.numMedia));
    number(12, m.authorId);
    ins.bind(13, createdAt);
    number(14, m.sentAt);
    number(15, m.deliveredAt);
    number(16, m.readAt);
    ins.bind(17, m.updatedAt ? m.updatedAt : createdAt);
    if (ins.step() == Statement::Step::Error)
        return ins.error();
    const bool insertedRow = ins.changes() > 0;
    ins.reset();
    if (!insertedRow) {
        ++m_skipped; // already cached (same SID)
        m_lastAllocated = 0;
        return success();
    }
    m_indexMessage->bind(0, *id);
    m_indexMessage->bind(1, m.body);
    if (auto s = m_indexMessage->run(); !s)
        return s;
    m_touched.insert(*conversation);
    ++m_inserted;
    return success();
}

Status BulkImporter::finish()
{
    Q_ASSERT(m_active);
    if (auto s = ConversationSummaries::recompute(m_db, m_touched); !s) {
        cancel();
        return s;
    }
    m_insertMessage.reset();
    m_indexMessage.reset();
    m_maxIdInSlot.reset();
    m_insertContact.reset();
    m_indexContact.reset();
    m_insertConversation.reset();
    m_active = false;
    return m_db.commit();
}

} // namespace textdesk
