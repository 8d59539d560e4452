#pragma once

#include "sync/InboundHandler.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>

namespace textdesk {
class Database;
}

namespace textdesk::engine {

// What is done with each inbound message new to the cache, in order: the consent keywords
// (STOP, START, …), the flagging of a request to stop in other words (for the agent to
// confirm: storage/RevocationFlags) and the cancelling of scheduled messages; the engine adds
// survey replies and, last, the automation rules (automation/RuleRunner).
//
// They run inside the transaction that stores the message (a pull's page, a webhook's message),
// so a hook's writes happen exactly once with the message: a kill or an error undoes both, and an
// overlapping page that sees the message again does not run them again (it is no longer new).
// A hook's error undoes the message too: the page is not committed and the pass stops, to be
// tried again (a constraint error skips only that message, as for the message itself).
class InboundHooks final : public sync::InboundHandler
{
public:
    using Hook = std::function<Status(Database &db, const MessageRecord &message)>;

    void add(const QString &name, Hook hook);
    Status run(Database &db, const MessageRecord &message) const;
    Status handleInbound(Database &db, const MessageRecord &message) const override
    {
        return run(db, message);
    }
    QStringList names() const;

    // The hooks every writer of inbound messages runs unless told otherwise: consent, a request
    // to stop in other words, then the cancelling of scheduled messages on a reply.
    static const InboundHooks &standard();

private:
    struct Entry
    {
        QString name;
        Hook hook;
    };
    QList<Entry> m_hooks;
};

} // namespace textdesk::engine
