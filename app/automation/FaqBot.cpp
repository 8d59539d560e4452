#include "FaqBot.h"

#include "RuleRunner.h"
#include "phone/PhoneNumbers.h"
#include "storage/Consent.h"
#include "storage/ConsentKeywords.h"
#include "storage/ContactProfiles.h"
#include "storage/ConversationActions.h"
#include "storage/FaqStore.h"
#include "storage/RuleStore.h"
#include "sync/Outbox.h"
#include "templates/TemplateFiller.h"
#include "templates/TemplateVariables.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace textdesk::automation {

namespace {

class FaqWords
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::automation::FaqBot)
};

// STOP, START, HELP and INFO: the consent hook and the HELP reply answer them, never the bot.
bool faqIsKeyword(const QString &body)
{
    const QString word = body.trimmed().toUpper().remove(QLatin1Char('.'));
    return !Consent::stateForKeyword(body).isEmpty() || word == QLatin1String("HELP")
        || word == QLatin1String("INFO");
}

Status faqAudit(Database &db, qint64 nowMs, const MessageRecord &message, const QString &what,
                const QString &question)
{
    QJsonObject details { { QStringLiteral("bot"), QStringLiteral("FAQ bot") },
                          { QStringLiteral("what"), what },
                          { QStringLiteral("message_id"), message.id } };
    if (!question.isEmpty())
        details.insert(QStringLiteral("question"), question);
    return FaqStore::audit(
        db, nowMs, message.conversationId,
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

// The bot lets go of the conversation: a note for the agent saying why, an audit line.
Status faqHandOff(Database &db, qint64 nowMs, const MessageRecord &message, const QString &why,
                  const QString &what)
{
    if (auto s = FaqStore::setHold(db, message.conversationId, FaqHold::State::HandedOff, nowMs);
        !s)
        return s;
    const QString note
        = FaqWords::tr("%1. The FAQ bot no longer answers in this conversation.").arg(why);
    if (auto n = ConversationActions::addNote(db, message.conversationId, note, 0, nowMs); !n)
        return n.error();
    return faqAudit(db, nowMs, message, what, {});
}

} // namespace

namespace FaqBot {

QString name()
{
    return FaqWords::tr("FAQ bot");
}

Result<FaqMatch> test(Database &db, const QString &text, const RuleSettings &settings,
                      QList<FaqEntry> *entries)
{
    auto stored = FaqStore::entries(db);
    if (!stored)
        return stored.error();
    if (entries)
        *entries = *stored;
    return FaqMatcher::match(*stored, text, settings.faqThreshold);
}

Status onInbound(Database &db, const MessageRecord &message, qint64 nowMs,
                 const RuleSettings &settings)
{
    if (message.direction != Direction::Inbound || faqIsKeyword(message.body))
        return success();
    if (message.createdAt < nowMs - RuleRunner::kFreshMs)
        return success(); // history: nobody is waiting for this answer
    auto hold = FaqStore::hold(db, message.conversationId);
    if (!hold)
        return hold.error();
    if (hold->state == FaqHold::State::HandedOff)
        return success();
    auto ctx = RuleStore::context(db, message.conversationId, nowMs, RuleEvaluator::kAutoAnswerMs);
    if (!ctx)
        return ctx.error();
    if (!*ctx)
        return success();
    const RuleContext &c = **ctx;
    if (hold->state == FaqHold::State::None) {
        // A new conversation, when the workspace turned the bot on: its first message.
        if (!settings.faqBot || c.lastAgentReplyAt > 0
            || PhoneNumbers::isShortCode(c.customerNumber))
            return success();
        auto count = FaqStore::inboundCount(db, message.conversationId);
        if (!count)
            return count.error();
        if (*count != 1)
            return success();
        auto entries = FaqStore::entries(db);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            return success(); // nothing to answer with: the agents have it
        if (auto s = FaqStore::setHold(db, message.conversationId, FaqHold::State::Holding, nowMs);
            !s)
            return s;
    } else if (c.lastAgentReplyAt > hold->since) {
        // An agent wrote in the conversation: it is theirs now.
        return FaqStore::setHold(db, message.conversationId, FaqHold::State::HandedOff, nowMs);
    }

    auto replied = FaqStore::ruleReplied(db, message.conversationId, message.id);
    if (!replied)
        return replied.error();
    if (*replied)
        return success(); // a rule answered this one; the bot keeps holding

    QList<FaqEntry> entries;
    auto matched = test(db, message.body, settings, &entries);
    if (!matched)
        return matched.error();
    if (matched->kind == FaqMatch::Kind::Person)
        return faqHandOff(db, nowMs, message, FaqWords::tr("Customer asked for a person"),
                          QStringLiteral("person"));
    if (matched->kind == FaqMatch::Kind::SmallTalk)
        return success(); // "Hi" before the question: the bot waits for it
    if (matched->kind == FaqMatch::Kind::Unsure)
        return faqHandOff(db, nowMs, message,
                          FaqWords::tr("The FAQ bot was not sure: %1").arg(matched->why),
                          QStringLiteral("unsure"));

    // The loop guard and compliance, as for a rule's reply (an answer to the customer's own
    // message: no quiet hours).
    const FaqEntry &entry = entries.at(matched->entry);
    auto profile = ContactProfiles::load(db, c.contactId);
    if (!profile)
        return profile.error();
    auto consent = Consent::proactiveRefusalFor(db, c.customerNumber);
    if (!consent)
        return consent.error();
    QString notSent;
    if (consent->kind == Consent::ProactiveRefusal::Kind::OptedOut)
        notSent = FaqWords::tr("the customer opted out of messages");
    else if (consent->kind == Consent::ProactiveRefusal::Kind::RevocationPending)
        notSent = FaqWords::tr("the customer asked to stop messages, which an agent has to "
                               "answer first");
    else if (PhoneNumbers::isShortCode(c.customerNumber))
        notSent = FaqWords::tr("%1 is a short code").arg(c.customerNumber);
    else if (c.quickAnswersToAutomation >= 2)
        notSent = FaqWords::tr("the number seems to answer automatically");
    else if (c.automatedRepliesLastHour >= settings.maxRepliesPerHour)
        notSent = FaqWords::tr("already %n automatic repl(ies) in this conversation in the last "
                               "hour",
                               nullptr, c.automatedRepliesLastHour);
    const FilledTemplate filled = TemplateFiller::render(
        entry.answer, TemplateVariables::fromProfile(*profile, {}, settings.company));
    if (notSent.isEmpty() && !filled.complete())
        notSent = FaqWords::tr("the answer to “%1” needs %2, which has no value")
                      .arg(entry.question, filled.unfilled.join(QStringLiteral(", ")));
    qint64 replyId = 0;
    if (notSent.isEmpty()) {
        sync::Outbox outbox(db);
        const sync::EnqueueResult queued
            = outbox.enqueue({ c.customerNumber, c.ourNumber, filled.text, 0, {}, true }, nowMs);
        if (queued.error == sync::EnqueueResult::Error::Storage)
            return StorageError(StorageError::Kind::Other, {}, queued.errorMessage);
        if (queued.ok())
            replyId = queued.message.id;
        else
            notSent = queued.errorMessage;
    }
    if (!replyId)
        return faqHandOff(
            db, nowMs, message,
            FaqWords::tr("The FAQ bot did not answer “%1”: %2").arg(entry.question, notSent),
            QStringLiteral("not sent"));

    const QString note = FaqWords::tr("%1 answered “%2” (%3): “%4”")
                             .arg(name(), entry.question, entry.language, filled.text);
    if (auto n = ConversationActions::addNote(db, message.conversationId, note, 0, nowMs); !n)
        return n.error();
    if (auto s = faqAudit(db, nowMs, message, QStringLiteral("answered"), entry.question); !s)
        return s;
    // Counted by the loop guard like a rule's reply, and not taken for an agent's.
    return RuleStore::recordRun(db,
                                { 0, QStringLiteral("FAQ bot"), message.conversationId, message.id,
                                  replyId, false, nowMs });
}

} // namespace FaqBot
} // namespace textdesk::automation
