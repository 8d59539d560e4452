#pragma once

#include "Database.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace textdesk {

// A rule as stored (migration 17): the list's columns and its JSON definition
// (automation/Rule: RuleJson).
struct RuleRow
{
    qint64 id = 0;
    int position = 0;
    QString name;
    bool enabled = true;
    QString definition;
};

// What a rule did in a conversation; the loop guard counts these.
struct RuleRun
{
    qint64 ruleId = 0;
    QString ruleName;
    qint64 conversationId = 0;
    qint64 triggerMessageId = 0;
    qint64 replyMessageId = 0; // 0: the run sent nothing
    bool away = false;
    qint64 occurredAt = 0;
};

// A conversation as the rules see it: who, on which number, and the loop guard's counts.
struct RuleContext
{
    qint64 conversationId = 0;
    qint64 contactId = 0;
    QString customerNumber;
    QString ourNumber;
    QString status;
    int inboundFromCustomer = 0; // the customer's messages on any of our numbers
    int automatedRepliesLastHour = 0;
    int quickAnswersToAutomation = 0;
    qint64 lastAgentReplyAt = 0;
    qint64 lastAwayReplyAt = 0;
    qint64 lastInboundId = 0; // the customer's newest message here
    QString lastInboundBody;
    qint64 lastInboundAt = 0;
};

// The SQL of automation: rules, business hours per sending number, rule runs.
namespace RuleStore {

Result<QList<RuleRow>> rules(Database &db); // in position order
Result<std::optional<RuleRow>> rule(Database &db, qint64 id);
// Inserts (id 0) or updates; the id.
Result<qint64> save(Database &db, const RuleRow &row, qint64 nowMs);
Result<bool> remove(Database &db, qint64 id);
// The whole list replaced by these (an import), in one transaction.
Status replaceAll(Database &db, const QList<RuleRow> &rows, qint64 nowMs);

// Sending number ('*' for every number without its own) → BusinessHours JSON.
Result<QHash<QString, QString>> businessHours(Database &db);
// An empty definition removes the number's hours.
Status setBusinessHours(Database &db, const QString &ourNumber, const QString &definition,
                        qint64 nowMs);

Status recordRun(Database &db, const RuleRun &run);
// The audit log's line for what a rule did to a conversation (actor "rule:<id>").
Status audit(Database &db, qint64 nowMs, qint64 ruleId, qint64 conversationId,
             const QString &details);

// quickWithinMs: how soon after an automated reply a customer's message counts as automatic.
Result<std::optional<RuleContext>> context(Database &db, qint64 conversationId, qint64 nowMs,
                                           qint64 quickWithinMs);
// The conversation of a customer and one of our numbers; nullopt when there is none yet.
Result<std::optional<qint64>> conversationFor(Database &db, const QString &customerNumber,
                                              const QString &ourNumber);

} // namespace RuleStore
} // namespace textdesk
