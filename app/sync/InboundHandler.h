#pragma once

#include "storage/Records.h"
#include "storage/StorageError.h"

namespace textdesk {
class Database;
}

namespace textdesk::sync {

// What a MessageWriter does with each inbound message new to the cache, inside the transaction
// that stores it. Declared here so that sync/ needs nothing above it: the engine's ordered
// list (engine::InboundHooks) is one.
class InboundHandler
{
public:
    virtual ~InboundHandler() = default;
    // An error undoes the message too (the caller's transaction is not committed).
    virtual Status handleInbound(Database &db, const MessageRecord &message) const = 0;

    // The carrier keywords alone (STOP, START, …): a writer's default, and the engine's first
    // hook.
    static const InboundHandler &consentKeywords();
};

// A carrier keyword changes whether the customer may be texted: the composer must know.
Status recordConsentKeyword(Database &db, const MessageRecord &message);

} // namespace textdesk::sync
