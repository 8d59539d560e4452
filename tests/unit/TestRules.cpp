// Automation rules, the pure evaluator: the JSON form and its errors in words; each condition
// and event; the order and "stop processing"; the away reply; the loop guard (replies per hour,
// a short code, an auto-responder, opt-out) and quiet hours for proactive replies.
#include "TestWorkspace.h"
#include "automation/RuleRunner.h"
#include "cli/CommandLine.h"
#include "engine/Scheduler.h"
#include "engine/Snooze.h"
#include "engine/Timers.h"
#include "storage/Consent.h"
#include "storage/ContactProfiles.h"
#include "storage/MessageStore.h"
#include "storage/RuleStore.h"
#include "storage/SurveyStore.h"
#include "surveys/Survey.h"
#include "templates/TemplateStore.h"
#include "workspace/Workspace.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::automation;

namespace {

const QString kOurs = QStringLiteral("+15550000001");
const QString kCustomer = QStringLiteral("+13125550142"); // Chicago
const QTimeZone kChicago("America/Chicago");
constexpr qint64 kMinute = 60'000;

qint64 chicago(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), kChicago).toMSecsSinceEpoch();
}

Rule rule(const char *json)
{
    QString error;
    auto r = RuleJson::read(QJsonDocument::fromJson(json).object(), &error);
    if (!r)
        qWarning().noquote() << "rule not read:" << error;
    return r.value_or(Rule {});
}

QString readError(const char *json)
{
    QString error;
    auto r = RuleJson::read(QJsonDocument::fromJson(json).object(), &error);
    return r ? QString() : error;
}

Facts message(const QString &text)
{
    Facts f;
    f.nowMs = chicago(3, 12); // a Wednesday noon
    f.ourNumber = kOurs;
    f.customerNumber = kCustomer;
    f.text = text;
    f.businessHoursOpen = true;
    return f;
}

QStringList matched(const Evaluation &e)
{
    QStringList names;
    for (const RuleOutcome &o : e.outcomes) {
        if (o.matched)
            names << o.ruleName;
    }
    return names;
}

const PlannedAction &firstAction(const Evaluation &e)
{
    static const PlannedAction none;
    return e.outcomes.isEmpty() || e.outcomes.first().actions.isEmpty()
        ? none
        : e.outcomes.first().actions.first();
}

const char *kRefund = R"({"name": "Refunds", "conditions": [{"type": "text_contains",
    "values": ["refund", "Rückerstattung"]}], "actions": [{"type": "reply",
    "text": "Hi {{first_name|there}}, refunds take 5 days."}, {"type": "tag", "value": "refund"},
    {"type": "assign", "agent": "Dana"}]})";

const char *kAway = R"({"name": "Away", "kind": "away", "agent_quiet_minutes": 15,
    "text": "We are closed; we answer from 9:00."})";

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jsonRoundTripAndErrors();
    void conditions();
    void orderDisabledAndStop();
    void loopGuardAndConsentInTheEvaluator();
    void proactiveRepliesWaitForQuietHours();
    void awayReply();
};

// The slots' bodies are hidden from moc, whose lexer loses its way in the raw JSON strings.
#ifndef Q_MOC_RUN

void TestRules::jsonRoundTripAndErrors()
{
    const Rule r = rule(kRefund);
    QCOMPARE(r.name, QStringLiteral("Refunds"));
    QCOMPARE(r.event, Event::MessageReceived);
    QCOMPARE(r.actions.size(), 3);
    QString error;
    const auto again = RuleJson::read(RuleJson::write(r), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->conditions.first().values, r.conditions.first().values);
    QCOMPARE(again->actions.at(2).text, QStringLiteral("Dana"));
    const Rule away = rule(kAway);
    QCOMPARE(away.kind, Rule::Kind::Away);
    QCOMPARE(away.agentQuietMinutes, 15);
    QCOMPARE(away.actions.first().kind, Action::Kind::Reply);

    QVERIFY(readError(R"({"name": "x", "event": "someday", "actions": [{"type": "survey"}]})")
                .contains(QLatin1String("someday")));
    QVERIFY(readError(R"({"name": "x", "conditions": [{"type": "text_matches", "value": "[a"}],
        "actions": [{"type": "survey"}]})")
                .contains(QLatin1String("regular expression")));
    QVERIFY(
        readError(R"({"name": "x", "event": "no_agent_reply", "actions": [{"type": "survey"}]})")
            .contains(QLatin1String("minutes")));
    QVERIFY(readError(R"({"name": "x", "actions": []})").contains(QLatin1String("action")));
    QVERIFY(readError(R"({"name": "x", "actions": [{"type": "status", "value": "closed"}]})")
                .contains(QLatin1String("closed")));

    // A file with one bad rule imports nothing and names the rule.
    const RuleJson::File file = RuleJson::readFile(R"({"format": "textdesk-rules", "version": 1,
        "rules": [{"name": "ok", "actions": [{"type": "survey"}]},
                  {"name": "Broken", "actions": [{"type": "fly"}]}]})");
    QVERIFY(!file.ok());
    QVERIFY(file.errors.first().contains(QLatin1String("Rule 2")));
    QVERIFY(file.errors.first().contains(QLatin1String("Broken")));
    QVERIFY(!RuleJson::readFile("not json").ok());
}

void TestRules::conditions()
{
    const QList<Rule> rules = {
        rule(
            R"({"name": "contains", "conditions": [{"type": "text_contains", "value": "Rückerstattung"}], "actions": [{"type": "survey"}]})"),
        rule(
            R"({"name": "regex", "conditions": [{"type": "text_matches", "value": "order\\s*#?\\d{4,}"}], "actions": [{"type": "survey"}]})"),
        rule(
            R"({"name": "vip", "conditions": [{"type": "tag", "value": "VIP"}], "actions": [{"type": "survey"}]})"),
        rule(
            R"({"name": "not vip", "conditions": [{"type": "no_tag", "value": "vip"}], "actions": [{"type": "survey"}]})"),
        rule(
            R"({"name": "gold", "conditions": [{"type": "field", "name": "Plan", "value": "gold"}], "actions": [{"type": "survey"}]})"),
        rule(
            R"({"name": "other number", "conditions": [{"type": "our_number", "value": "+15550000999"}], "actions": [{"type": "survey"}]})"),
        rule(
            R"({"name": "after hours", "conditions": [{"type": "outside_hours"}], "actions": [{"type": "survey"}]})"),
        rule(R"({"name": "first", "event": "first_message", "actions": [{"type": "survey"}]})"),
    };
    Facts f = message(QStringLiteral("RUCKERSTATTUNG for ORDER #12345 please"));
    f.tags = { foldedText(QStringLiteral("vip")) };
    f.fields.insert(QStringLiteral("plan"), QStringLiteral("Gold"));
    QCOMPARE(matched(RuleEvaluator::evaluate(rules, f, {})),
             (QStringList { QStringLiteral("contains"), QStringLiteral("regex"),
                            QStringLiteral("vip"), QStringLiteral("gold") }));
    f = message(QStringLiteral("order 12 only"));
    f.firstFromNumber = true;
    f.businessHoursOpen = false;
    QCOMPARE(matched(RuleEvaluator::evaluate(rules, f, {})),
             (QStringList { QStringLiteral("not vip"), QStringLiteral("after hours"),
                            QStringLiteral("first") }));
    // Without business hours for the number neither inside nor outside holds.
    f.businessHoursOpen.reset();
    QCOMPARE(matched(RuleEvaluator::evaluate(rules, f, {})),
             (QStringList { QStringLiteral("not vip"), QStringLiteral("first") }));
    // The dry run says why each other rule did not match.
    const Evaluation explained = RuleEvaluator::evaluate(rules, f, {}, true);
    QCOMPARE(explained.outcomes.size(), rules.size());
    QVERIFY(explained.describe().contains(QStringLiteral("does not contain “Rückerstattung”")));
    QVERIFY(explained.describe().contains(QLatin1String("no business hours")));
}

void TestRules::orderDisabledAndStop()
{
    QList<Rule> rules = {
        rule(R"({"name": "one", "actions": [{"type": "tag", "value": "a"}]})"),
        rule(R"({"name": "two", "stop": true, "actions": [{"type": "tag", "value": "b"}]})"),
        rule(R"({"name": "three", "actions": [{"type": "tag", "value": "c"}]})"),
    };
    const Evaluation e = RuleEvaluator::evaluate(rules, message(QStringLiteral("hi")), {});
    QCOMPARE(matched(e), (QStringList { QStringLiteral("one"), QStringLiteral("two") }));
    QVERIFY(e.stopped);
    rules[1].enabled = false;
    QCOMPARE(matched(RuleEvaluator::evaluate(rules, message(QStringLiteral("hi")), {})),
             (QStringList { QStringLiteral("one"), QStringLiteral("three") }));
}

void TestRules::loopGuardAndConsentInTheEvaluator()
{
    const QList<Rule> rules = { rule(kRefund) };
    Facts f = message(QStringLiteral("refund?"));
    QVERIFY(firstAction(RuleEvaluator::evaluate(rules, f, {})).willRun());
    QCOMPARE(firstAction(RuleEvaluator::evaluate(rules, f, {})).text,
             QStringLiteral("Hi there, refunds take 5 days."));

    Facts optedOut = f;
    optedOut.optedOut = true;
    const Evaluation e = RuleEvaluator::evaluate(rules, optedOut, {});
    QVERIFY(firstAction(e).skipped.contains(QLatin1String("opted out")));
    // The other actions still apply (the customer is tagged and assigned).
    QVERIFY(e.outcomes.first().actions.at(1).willRun());
    // A request to stop in other words that no agent has answered: no reply either, said in
    // the dry run too; the other actions still apply.
    Facts asked = f;
    asked.revocationPending = true;
    const Evaluation held = RuleEvaluator::evaluate(rules, asked, {}, true);
    QVERIFY(!firstAction(held).willRun());
    QVERIFY2(firstAction(held).skipped.contains(QLatin1String("asked to stop messages")),
             qPrintable(firstAction(held).skipped));
    QVERIFY(held.outcomes.first().actions.at(1).willRun());
    QCOMPARE(held.replies(), 0);

    Facts shortCode = f;
    shortCode.shortCode = true;
    QVERIFY(firstAction(RuleEvaluator::evaluate(rules, shortCode, {}))
                .skipped.contains(QLatin1String("short code")));
    Facts robot = f;
    robot.quickAnswersToAutomation = 2;
    QVERIFY(firstAction(RuleEvaluator::evaluate(rules, robot, {}))
                .skipped.contains(QLatin1String("automatically")));
    robot.quickAnswersToAutomation = 1; // one quick answer may be a person
    QVERIFY(firstAction(RuleEvaluator::evaluate(rules, robot, {})).willRun());
    Facts busy = f;
    busy.automatedRepliesLastHour = 3;
    QVERIFY(firstAction(RuleEvaluator::evaluate(rules, busy, {}))
                .skipped.contains(QLatin1String("last hour")));
    RuleSettings generous;
    generous.maxRepliesPerHour = 4;
    QVERIFY(firstAction(RuleEvaluator::evaluate(rules, busy, generous)).willRun());
    // Two replying rules: the second counts the first against the limit.
    busy.automatedRepliesLastHour = 2;
    const Evaluation twice = RuleEvaluator::evaluate({ rule(kRefund), rule(kRefund) }, busy, {});
    QCOMPARE(twice.replies(), 1);

    // A variable without a value is never sent as braces.
    const Evaluation missing = RuleEvaluator::evaluate(
        { rule(
            R"({"name": "order", "actions": [{"type": "reply", "text": "Order {{order_id}} ships soon"}]})") },
        f, {});
    QVERIFY(firstAction(missing).skipped.contains(QLatin1String("order_id")));
    f.fields.insert(QStringLiteral("order_id"), QStringLiteral("A-77"));
    QCOMPARE(
        firstAction(
            RuleEvaluator::evaluate(
                { rule(
                    R"({"name": "order", "actions": [{"type": "reply", "text": "Order {{order_id}} ships soon"}]})") },
                f, {}))
            .text,
        QStringLiteral("Order A-77 ships soon"));
}

void TestRules::proactiveRepliesWaitForQuietHours()
{
    const Rule nudge = rule(R"({"name": "Nudge", "event": "no_agent_reply", "minutes": 30,
        "actions": [{"type": "reply", "text": "We have not forgotten you."}]})");
    Facts f = message(QStringLiteral("hello?"));
    f.event = Event::NoAgentReply;
    f.quietHoursAllow = false;
    QVERIFY(firstAction(RuleEvaluator::evaluate({ nudge }, f, {})).heldForQuietHours);
    // An answer to the customer's own message is not proactive: no wait.
    Facts answer = message(QStringLiteral("refund"));
    answer.quietHoursAllow = false;
    QVERIFY(firstAction(RuleEvaluator::evaluate({ rule(kRefund) }, answer, {})).willRun());
}

void TestRules::awayReply()
{
    const QList<Rule> rules = { rule(kAway) };
    Facts f = message(QStringLiteral("anyone there?"));
    f.businessHoursOpen = false;
    QCOMPARE(matched(RuleEvaluator::evaluate(rules, f, {})),
             QStringList { QStringLiteral("Away") });
    Facts open = f;
    open.businessHoursOpen = true;
    QVERIFY(matched(RuleEvaluator::evaluate(rules, open, {})).isEmpty());
    Facts sentToday = f;
    sentToday.lastAwayReplyAt = f.nowMs - 23 * 60 * kMinute;
    QVERIFY(matched(RuleEvaluator::evaluate(rules, sentToday, {})).isEmpty());
    sentToday.lastAwayReplyAt = f.nowMs - 25 * 60 * kMinute;
    QCOMPARE(matched(RuleEvaluator::evaluate(rules, sentToday, {})).size(), 1);
    Facts agentWrote = f;
    agentWrote.lastAgentReplyAt = f.nowMs - 14 * kMinute;
    QVERIFY(matched(RuleEvaluator::evaluate(rules, agentWrote, {})).isEmpty());
    agentWrote.lastAgentReplyAt = f.nowMs - 16 * kMinute;
    QCOMPARE(matched(RuleEvaluator::evaluate(rules, agentWrote, {})).size(), 1);
}

#endif

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
