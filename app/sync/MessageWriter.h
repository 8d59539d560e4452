#pragma once

#include "InboundHandler.h"
#include "provider/ProviderTypes.h"
#include "storage/ContactStore.h"
#include "storage/MessageStore.h"

#include <QtCore/QHash>

namespace textdesk::sync {

// What a message written from elsewhere than the provider carries beyond the provider's fields
// (a team's message: team/TeamReplica).
struct MessageExtras
{
    QString clientId; // our own id, which finds the message while it has no SID yet
    qint64 authorId = 0; // the agent who wrote it (set when the message is new to the cache)
};

// Writes provider messages into the cache: the customer becomes a contact, our number an
// inbox, the pair a conversation, and the message is upserted by SID. Remembers the ids it has
// resolved, so a page of 1,000 messages from a few customers costs a few lookups.
class MessageWriter
{
public:
    // `hooks` run for each inbound message new to the cache; null: none.
    explicit MessageWriter(Database &db,
                           const InboundHandler *hooks = &InboundHandler::consentKeywords());
    void setHooks(const InboundHandler *hooks) { m_hooks = hooks; }

    // *stored (if given) receives the message as the cache has it: its local id, its
    // conversation, its times. `extras`: what the cache keeps beyond the provider's fields.
    Result<MessageStore::Upsert> write(const provider::ProviderMessage &message, qint64 nowMs,
                                       MessageStore::Scope scope = MessageStore::Scope::Alone,
                                       MessageRecord *stored = nullptr,
                                       const MessageExtras &extras = {});
    // Forget cached ids (after a rolled-back transaction they may name rows that are gone).
    void forget();

    static MessageRecord toRecord(const provider::ProviderMessage &message);

private:
    Result<qint64> conversationFor(const QString &customer, const QString &ourNumber, qint64 nowMs);

    Database &m_db;
    const InboundHandler *m_hooks;
    ContactStore m_contacts;
    MessageStore m_messages;
    QHash<QString, qint64> m_conversations; // "customer|ours" → id
};

} // namespace textdesk::sync
