#include "InboundHandler.h"

#include "storage/Consent.h"

namespace textdesk::sync {

namespace {

class ConsentKeywords final : public InboundHandler
{
public:
    Status handleInbound(Database &db, const MessageRecord &message) const override
    {
        return recordConsentKeyword(db, message);
    }
};

} // namespace

const InboundHandler &InboundHandler::consentKeywords()
{
    static const ConsentKeywords handler;
    return handler;
}

Status recordConsentKeyword(Database &db, const MessageRecord &message)
{
    const QString state = Consent::stateForKeyword(message.body);
    if (state.isEmpty())
        return success();
    return Consent::record(db, message.conversationId, state, message.body.trimmed().toUpper(),
                           QStringLiteral("keyword"), message.id, message.createdAt);
}

} // namespace textdesk::sync
