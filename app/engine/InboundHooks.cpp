#include "InboundHooks.h"

#include "compliance/RevocationPhrases.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/RevocationFlags.h"

namespace textdesk::engine {

void InboundHooks::add(const QString &name, Hook hook)
{
    m_hooks.append({ name, std::move(hook) });
}

Status InboundHooks::run(Database &db, const MessageRecord &message) const
{
    for (const Entry &entry : m_hooks) {
        if (Status s = entry.hook(db, message); !s)
            return s;
    }
    return success();
}

QStringList InboundHooks::names() const
{
    QStringList names;
    for (const Entry &entry : m_hooks)
        names << entry.name;
    return names;
}

const InboundHooks &InboundHooks::standard()
{
    static const InboundHooks hooks = [] {
        InboundHooks h;
        h.add(QStringLiteral("consent"), &sync::recordConsentKeyword);
        // "Please stop texting me": not a carrier keyword, flagged for the agent to confirm.
        h.add(QStringLiteral("revocation"), [](Database &db, const MessageRecord &message) {
            const QString quote = compliance::RevocationPhrases::find(message.body);
            return quote.isEmpty() ? success() : RevocationFlags::flag(db, message, quote);
        });
        // A customer who writes first cancels the follow-ups scheduled before it.
        h.add(QStringLiteral("scheduled"), &scheduled::cancelOnReply);
        return h;
    }();
    return hooks;
}

} // namespace textdesk::engine
