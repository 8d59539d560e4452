#include "MessageWriter.h"

namespace textdesk::sync {

MessageWriter::MessageWriter(Database &db, const InboundHandler *hooks)
    : m_db(db)
    , m_hooks(hooks)
    , m_contacts(db)
    , m_messages(db)
{ }

void MessageWriter::forget()
{
    m_conversations.clear();
}

MessageRecord MessageWriter::toRecord(const provider::ProviderMessage &m)
{
    MessageRecord r;
    r.sid = m.sid;
    r.direction = m.isInbound() ? Direction::Inbound : Direction::Outbound;
    r.body = m.body;
    r.status = m.status;
    r.errorCode = m.errorCode;
    r.errorMessage = m.errorMessage;
    r.numSegments = std::max(1, m.numSegments);
    r.numMedia = m.numMedia;
    r.createdAt = m.dateCreatedMs;
    r.sentAt = m.dateSentMs;
    const MessageStatus status = messageStatusFromString(m.status);
    if (status == MessageStatus::Delivered)
        r.deliveredAt = m.dateUpdatedMs;
    else if (status == MessageStatus::Read)
        r.readAt = m.dateUpdatedMs;
    r.updatedAt = m.dateUpdatedMs;
    return r;
}

Result<qint64> MessageWriter::conversationFor(const QString &customer, const QString &ourNumber,
                                              qint64 nowMs)
{
    const QString key = customer + u'|' + ourNumber;
    if (const auto it = m_conversations.constFind(key); it != m_conversations.constEnd())
        return *it;
    auto inbox = m_contacts.ensureInbox(ourNumber);
    if (!inbox)
        return inbox.error();
    auto contact = m_contacts.ensureContact(customer, nowMs);
    if (!contact)
        return contact.error();
    auto conversation = m_contacts.ensureConversation(*contact, *inbox, nowMs);
    if (!conversation)
        return conversation.error();
    m_conversations.insert(key, *conversation);
    return *conversation;
}

Result<MessageStore::Upsert> MessageWriter::write(const provider::ProviderMessage &message,
                                                  qint64 nowMs, MessageStore::Scope scope,
                                                  MessageRecord *stored,
                                                  const MessageExtras &extras)
{
    const bool inbound = message.isInbound();
    const QString customer = inbound ? message.from : message.to;
    const QString ours = inbound ? message.to : message.from;
    auto conversation
        = conversationFor(customer, ours.isEmpty() ? message.messagingServiceSid : ours, nowMs);
    if (!conversation)
        return conversation.error();
    MessageRecord record = toRecord(message);
    record.conversationId = *conversation;
    record.clientId = extras.clientId;
    record.authorId = extras.authorId;
    if (record.createdAt == 0)
        record.createdAt = nowMs;
    auto result = m_messages.upsert(record, scope);
    if (!result)
        return result;
    if (stored)
        *stored = record;
    // What is done with a new inbound message (consent keywords, …) happens in this
    // transaction, once with the message.
    if (inbound && *result == MessageStore::Upsert::Inserted && m_hooks) {
        if (Status s = m_hooks->handleInbound(m_db, record); !s)
            return s.error();
    }
    return result;
}

} // namespace textdesk::sync
