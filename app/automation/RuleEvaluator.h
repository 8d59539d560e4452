#pragma once

#include "Rule.h"

#include <QtCore/QHash>

#include <optional>

namespace textdesk::automation {

// Everything the rules may ask about one event in a conversation (RuleRunner gathers it from the
// cache; the dry run and the benchmark make it by hand).
struct Facts
{
    Event event = Event::MessageReceived;
    qint64 nowMs = 0;
    qint64 conversationId = 0;
    qint64 contactId = 0;
    qint64 messageId = 0; // the customer's message (0 for a resolve)
    QString ourNumber;
    QString customerNumber;
    QString text; // the customer's message (for a timer: the one that waited)
    QStringList tags; // the customer's, folded (foldedText)
    QHash<QString, QString> fields; // template variables: first_name, company, order_id, …
    bool firstFromNumber = false;
    std::optional<bool> businessHoursOpen; // nullopt: the number has no business hours
    // The loop guard's and the compliance checks' inputs.
    bool optedOut = false;
    // The customer asked to stop in other words and no agent has answered yet
    // (Consent::proactiveRefusalFor): no automatic reply.
    bool revocationPending = false;
    bool shortCode = false;
    bool quietHoursAllow = true; // the customer's quiet-hours window is open now
    qint64 quietHoursOpenAt = 0; // when it opens, if closed
    QByteArray quietHoursZone; // the customer's zone (IANA id) the window is reckoned in
    int automatedRepliesLastHour = 0;
    // The customer's messages in the last hour that came within seconds of an automated reply
    // of ours, this one included: two mean an auto-responder at the other end.
    int quickAnswersToAutomation = 0;
    qint64 lastAgentReplyAt = 0; // an outbound message not sent by a rule; 0: none
    qint64 lastAwayReplyAt = 0; // 0: none
};

// The workspace's settings for automation (workspace.ini, docs/automation.md).
struct RuleSettings
{
    int maxRepliesPerHour = 3; // [automation] max_replies_per_hour: per conversation in any hour
    QString company; // [templates] company: {{company}} in replies
    bool faqBot = false; // [faq] enabled: the FAQ bot takes new conversations (FaqBot)
    int faqThreshold = 2; // [faq] threshold: the score below which the FAQ bot is unsure

    static RuleSettings fromIni(const QString &settingsPath);
};

// One action of a matching rule, as it will be done (or why not).
struct PlannedAction
{
    Action action;
    QString text; // Reply / Note: the text to send or write, variables filled
    QString skipped; // why it will not be done, in words; empty: it will be
    bool heldForQuietHours = false; // a proactive reply waits for the customer's window

    bool willRun() const { return skipped.isEmpty() && !heldForQuietHours; }
};

struct RuleOutcome
{
    qint64 ruleId = 0;
    QString ruleName;
    bool away = false;
    bool matched = false;
    QString notMatched; // why not, in words (filled when explaining)
    QList<PlannedAction> actions;
};

struct Evaluation
{
    QString skippedAll; // why no rule ran at all (a STOP, an old message); empty otherwise
    QList<RuleOutcome> outcomes; // matching rules, and when explaining the others too
    bool stopped = false; // a rule with "stop processing" ended it

    int replies() const;
    // Several lines for a person: each rule, matched or why not, and what it does.
    QString describe() const;
};

// Which rules apply to the event and what they would do: pure, no cache. `explain` also lists
// the rules that do not match, with the reason (the dry run); without it the evaluation is the
// fast path the inbound hook runs (bench_rules: 200 rules ≤ 50 µs).
class RuleEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::automation::RuleEvaluator)
public:
    static Evaluation evaluate(const QList<Rule> &rules, const Facts &facts,
                               const RuleSettings &settings, bool explain = false);

    // Seconds within which a customer's answer to an automated reply counts as automatic.
    static constexpr qint64 kAutoAnswerMs = 10'000;
    // The away reply goes at most once per conversation in this long.
    static constexpr qint64 kAwayOncePerMs = 24 * 3600'000;

private:
    // Empty when the rule applies; else why not (words only when `explain`).
    static std::optional<QString> mismatch(const Rule &rule, const Facts &facts,
                                           const QString &folded, bool explain);
    static PlannedAction plan(const Action &action, const Rule &rule, const Facts &facts,
                              const RuleSettings &settings, int repliesSoFar, bool explain,
                              QString *guard);
};

} // namespace textdesk::automation
