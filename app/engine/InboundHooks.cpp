#include "InboundHooks.h"

#include "storage/Consent.h"

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
        h.add(QStringLiteral("consent"), &recordConsentKeyword);
        return h;
    }();
    return hooks;
}

Status recordConsentKeyword(Database &db, const MessageRecord &message)
{
    const QString state = Consent::stateForKeyword(message.body);
    if (state.isEmpty())
        return success();
    return Consent::record(db, message.conversationId, state, message.body.trimmed().toUpper(),
                           QStringLiteral("keyword"), message.id, message.createdAt);
}

} // namespace textdesk::engine
