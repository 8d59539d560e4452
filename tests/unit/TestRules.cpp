// Automation rules: the JSON form and its errors in words; each event, condition and action; the
// order and "stop processing"; the away reply; the loop guard (own messages, replies per hour, a
// short code, an auto-responder, opt-out) and quiet hours for proactive replies — first on the
// pure evaluator, then as the inbound hook on a real cache (outbox rows, notes naming the rule,
// the audit log) and the durable "no agent reply" timer on a FakeClock.
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
    void inboundHookOnTheCache();
    void autoResponderIsNotAnsweredTwice();
    void noAgentReplyTimer();
    void resolvedRulesTemplatesAndTheDryRun();
    void rulesCommand();
    void noteStatusSnoozeAndSurveyActions();
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

void TestRules::inboundHookOnTheCache()
{
    test::TestCache cache;
    auto db = cache.open();
    const qint64 conversation = test::conversation(*db, kCustomer, kOurs);
    QVERIFY(conversation);
    const qint64 now = chicago(3, 12);
    auto saved = RuleStore::save(
        *db, { 0, 0, QStringLiteral("Refunds"), true, QString::fromUtf8(kRefund) }, now);
    QVERIFY(saved);
    const auto receive = [&](const QString &sid, const QString &body, qint64 at) {
        MessageRecord m = test::message(conversation, sid, body, Direction::Inbound, at);
        auto stored = MessageStore(*db).upsert(m);
        if (!stored)
            return false;
        return bool(RuleRunner::onInbound(*db, m, at, {}));
    };
    const auto count
        = [&](const char *sql) { return test::rows(*db, QString::fromUtf8(sql)).value(0).toInt(); };

    QVERIFY(receive(QStringLiteral("SM1"), QStringLiteral("I want a REFUND"), now));
    QCOMPARE(count("SELECT count(*) FROM outbox"), 1);
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT body FROM messages WHERE direction = "
                                       "'outbound'")),
             QStringList { QStringLiteral("Hi there, refunds take 5 days.") });
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t "
                                       "ON t.id = ct.tag_id")),
             QStringList { QStringLiteral("refund") });
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT a.name FROM conversations c JOIN agents "
                                       "a ON a.id = c.assignee_id")),
             QStringList { QStringLiteral("Dana") });
    const QStringList notes
        = test::rows(*db, QStringLiteral("SELECT body FROM messages WHERE direction = 'note'"));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().startsWith(QStringLiteral("Rule “Refunds”: replied")));
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                       "'rule'")),
             QStringList { QStringLiteral("rule:%1").arg(*saved) });

    // STOP is the consent hook's; HELP is answered by the HELP reply; an old message (a
    // history pull) runs nothing.
    QVERIFY(receive(QStringLiteral("SM2"), QStringLiteral("STOP"), now + kMinute));
    QVERIFY(receive(QStringLiteral("SM3"), QStringLiteral("help"), now + kMinute));
    MessageRecord old = test::message(conversation, QStringLiteral("SM4"),
                                      QStringLiteral("refund from last month"), Direction::Inbound,
                                      now - 30 * 24 * 60 * kMinute);
    QVERIFY(MessageStore(*db).upsert(old));
    QVERIFY(RuleRunner::onInbound(*db, old, now + kMinute, {}));
    QCOMPARE(count("SELECT count(*) FROM rule_runs"), 1);

    // At most 3 automated replies in an hour: two more, then the fourth is refused.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(receive(QStringLiteral("SM1%1").arg(i), QStringLiteral("refund refund"),
                        now + (2 + i) * kMinute));
    }
    QCOMPARE(count("SELECT count(*) FROM outbox"), 3);
    QVERIFY(test::rows(*db,
                       QStringLiteral("SELECT body FROM messages WHERE direction = "
                                      "'note' ORDER BY id DESC LIMIT 1"))
                .first()
                .contains(QLatin1String("last hour")));
    // An hour later it answers again.
    QVERIFY(receive(QStringLiteral("SM20"), QStringLiteral("refund"), now + 70 * kMinute));
    QCOMPARE(count("SELECT count(*) FROM outbox"), 4);

    // Opted out (STOP recorded): tagged and assigned still, but no reply, and the note says
    // why.
    QVERIFY(Consent::record(*db, conversation, QStringLiteral("opted_out"), QStringLiteral("STOP"),
                            QStringLiteral("keyword"), 0, now + 71 * kMinute));
    QVERIFY(receive(QStringLiteral("SM21"), QStringLiteral("refund"), now + 72 * kMinute));
    QCOMPARE(count("SELECT count(*) FROM outbox"), 4);
    QVERIFY(test::rows(*db,
                       QStringLiteral("SELECT body FROM messages WHERE direction = "
                                      "'note' ORDER BY id DESC LIMIT 1"))
                .first()
                .contains(QLatin1String("opted out")));
}

void TestRules::autoResponderIsNotAnsweredTwice()
{
    test::TestCache cache;
    auto db = cache.open();
    const qint64 conversation = test::conversation(*db, kCustomer, kOurs);
    const qint64 now = chicago(3, 12);
    QVERIFY(RuleStore::save(*db,
                            { 0, 0, QStringLiteral("Echo"), true,
                              QStringLiteral(R"({"name": "Echo", "actions": [{"type":
                                   "reply", "text": "Thanks, we got it."}]})") },
                            now));
    RuleSettings many;
    many.maxRepliesPerHour = 50; // the hourly cap is not what stops it here
    qint64 at = now;
    for (int i = 0; i < 6; ++i) {
        MessageRecord m
            = test::message(conversation, QStringLiteral("SM%1").arg(i),
                            QStringLiteral("Auto-reply: I am away"), Direction::Inbound, at);
        QVERIFY(MessageStore(*db).upsert(m));
        QVERIFY(RuleRunner::onInbound(*db, m, at + 100, many));
        at += 3000; // the other side answers 3 s after each of ours
    }
    // Ours to the first; the second came within seconds (maybe a person); ours again; the
    // third came within seconds too: an auto-responder, no more replies.
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")).first(),
             QStringLiteral("2"));
}

void TestRules::noAgentReplyTimer()
{
    test::TestCache cache;
    auto db = cache.open();
    const qint64 conversation = test::conversation(*db, kCustomer, kOurs);
    FakeClock clock(chicago(3, 12));
    engine::Scheduler scheduler(*db, clock);
    engine::registerStandardTimers(scheduler);
    QVERIFY(RuleStore::save(
        *db,
        { 0, 0, QStringLiteral("Escalate"), true, QStringLiteral(R"({"name": "Escalate", "event":
            "no_agent_reply", "minutes": 30, "actions": [{"type": "assign", "agent": "Lead"},
            {"type": "reply", "text": "Sorry for the wait, a lead has your question."}]})") },
        clock.nowMs()));
    const auto receive = [&](const QString &sid) {
        MessageRecord m = test::message(conversation, sid, QStringLiteral("hello?"),
                                        Direction::Inbound, clock.nowMs());
        return MessageStore(*db).upsert(m) && RuleRunner::onInbound(*db, m, clock.nowMs(), {});
    };
    QVERIFY(receive(QStringLiteral("SM1")));
    clock.advance(10 * kMinute);
    QVERIFY(receive(QStringLiteral("SM2"))); // the wait counts from the first message
    clock.advance(19 * kMinute);
    QCOMPARE(*scheduler.fireDue(), 0);
    clock.advance(2 * kMinute);
    QCOMPARE(*scheduler.fireDue(), 1);
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT a.name FROM conversations c JOIN agents "
                                       "a ON a.id = c.assignee_id")),
             QStringList { QStringLiteral("Lead") });
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")).first(),
             QStringLiteral("1"));

    // An agent answers in time: the next wait ends without the rule.
    QVERIFY(receive(QStringLiteral("SM3")));
    clock.advance(5 * kMinute);
    MessageRecord reply
        = test::message(conversation, QStringLiteral("SM4"), QStringLiteral("Here!"),
                        Direction::Outbound, clock.nowMs());
    QVERIFY(MessageStore(*db).upsert(reply));
    clock.advance(30 * kMinute);
    QCOMPARE(*scheduler.fireDue(), 1);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM rule_runs")).first(),
             QStringLiteral("1"));

    // At night the reply waits for the customer's quiet hours to end (8:00 in Chicago).
    clock.setNow(chicago(3, 22));
    QVERIFY(receive(QStringLiteral("SM5")));
    clock.advance(31 * kMinute);
    QCOMPARE(*scheduler.fireDue(), 1);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")).first(),
             QStringLiteral("1"));
    clock.setNow(chicago(4, 8, 1));
    QCOMPARE(*scheduler.fireDue(), 1);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")).first(),
             QStringLiteral("2"));
}

void TestRules::resolvedRulesTemplatesAndTheDryRun()
{
    test::TestCache cache;
    auto db = cache.open();
    const qint64 conversation = test::conversation(*db, kCustomer, kOurs);
    FakeClock clock(chicago(3, 12));
    engine::Scheduler scheduler(*db, clock);
    engine::registerStandardTimers(scheduler);
    MessageTemplate thanks;
    thanks.shortcut = QStringLiteral("thanks");
    thanks.title = QStringLiteral("Thanks after a resolve");
    thanks.body = QStringLiteral("Thanks {{first_name|there}}, glad we could help.");
    QVERIFY(TemplateStore(*db).save(thanks));
    QVERIFY(RuleStore::save(
        *db, { 0, 0, QStringLiteral("Thanks"), true, QStringLiteral(R"({"name": "Thanks", "event":
            "conversation_resolved", "actions": [{"type": "reply", "template": "THANKS"},
            {"type": "tag", "value": "done"}]})") },
        clock.nowMs()));
    // A rule that resolves by itself must not start the resolved rules again.
    QVERIFY(RuleStore::save(*db,
                            { 0, 1, QStringLiteral("Close spam"), true,
                              QStringLiteral(R"({"name": "Close spam", "conditions":
            [{"type": "text_contains", "value": "casino"}], "actions": [{"type": "status",
            "value": "resolved"}]})") },
                            clock.nowMs()));

    QVERIFY(engine::Snooze::setStatus(*db, conversation, QStringLiteral("resolved"), 0,
                                      clock.nowMs(), 0));
    QCOMPARE(*scheduler.fireDue(), 1);
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT body FROM messages WHERE direction = "
                                       "'outbound'")),
             QStringList { QStringLiteral("Thanks there, glad we could help.") });
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT name FROM tags")),
             QStringList { QStringLiteral("done") });

    clock.advance(kMinute);
    MessageRecord spam
        = test::message(conversation, QStringLiteral("SM9"), QStringLiteral("Win at the CASINO"),
                        Direction::Inbound, clock.nowMs());
    QVERIFY(MessageStore(*db).upsert(spam));
    QVERIFY(RuleRunner::onInbound(*db, spam, clock.nowMs(), {}));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT status FROM conversations")),
             QStringList { QStringLiteral("resolved") });
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT count(*) FROM timers WHERE kind = "
                                       "'rule-resolved' AND fired_at IS NULL")),
             QStringList { QStringLiteral("0") });

    // The dry run says what would happen and does nothing.
    const QStringList before = test::dumpTables(*db);
    auto book = RuleBook::load(*db);
    QVERIFY(book);
    QVERIFY(book->problems.isEmpty());
    auto dry = RuleRunner::dryRun(*db, book->rules, QStringLiteral("+13125559999"), kOurs,
                                  QStringLiteral("casino night"), clock.nowMs(), {});
    QVERIFY(dry);
    const QString text = dry->describe();
    QVERIFY2(text.contains(QStringLiteral("✓ Close spam")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("set status resolved")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Thanks: no")), qPrintable(text));
    QCOMPARE(test::dumpTables(*db), before);
    auto stop = RuleRunner::dryRun(*db, book->rules, kCustomer, kOurs, QStringLiteral("STOP"),
                                   clock.nowMs(), {});
    QVERIFY(stop->describe().contains(QLatin1String("No rule runs")));
}

// `textdesk rules import|list|test|export` through the command line's own entry point.
void TestRules::rulesCommand()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    const auto run = [&](QStringList args, QString *output = nullptr) {
        args.prepend(QStringLiteral("textdesk"));
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = CommandLine::run(args, out, err);
        out.flush();
        err.flush();
        if (output)
            *output = outText + errText;
        return code;
    };
    const QString file = dir.filePath(QStringLiteral("rules.json"));
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(
        R"({"format": "textdesk-rules", "version": 1, "rules": [)"
        R"({"name": "Refunds", "conditions": [{"type": "text_contains", "value": "refund"}],)"
        R"( "actions": [{"type": "reply", "text": "Refunds take 5 days."}]},)"
        R"({"name": "Away", "kind": "away", "text": "Closed now."}],)"
        R"( "business_hours": {"*": {"time_zone": "America/Chicago", "shifts": [)"
        R"({"days": ["mon", "tue", "wed", "thu", "fri"], "from": "09:00", "to": "17:00"}]}}})");
    json.close();
    QString output;
    QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("import"), QStringLiteral("--workspace"),
                   workspace, file },
                 &output),
             0);
    QVERIFY2(output.contains(QLatin1String("Imported 2 rule")), qPrintable(output));
    QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--workspace"),
                   workspace },
                 &output),
             0);
    QVERIFY2(output.contains(QLatin1String("1. Refunds")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("America/Chicago")), qPrintable(output));
    // Wednesday 22:00 in Chicago: the keyword rule and the away reply would both answer.
    QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--workspace"),
                   workspace, QStringLiteral("--from"), QStringLiteral("+1 312 555-0142"),
                   QStringLiteral("--to"), QStringLiteral("+15550000001"), QStringLiteral("--at"),
                   QStringLiteral("2026-06-03T22:00:00-05:00"), QStringLiteral("refund"),
                   QStringLiteral("please") },
                 &output),
             0);
    QVERIFY2(output.contains(QStringLiteral("✓ Refunds")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("reply “Closed now.”")), qPrintable(output));
    // At noon the away reply stays quiet and says why.
    QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("test"), QStringLiteral("--workspace"),
                   workspace, QStringLiteral("--from"), QStringLiteral("+13125550142"),
                   QStringLiteral("--at"), QStringLiteral("2026-06-03T12:00:00-05:00"),
                   QStringLiteral("hello") },
                 &output),
             0);
    QVERIFY2(output.contains(QLatin1String("Away: no (inside business hours)")),
             qPrintable(output));
    // Nothing was sent or stored by the tests.
    {
        auto ws = Workspace::open(workspace);
        QVERIFY(ws);
        QCOMPARE(test::rows((*ws)->database(), QStringLiteral("SELECT count(*) FROM outbox")),
                 QStringList { QStringLiteral("0") });
    }
    const QString exported = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("export"), QStringLiteral("--workspace"),
                   workspace, exported }),
             0);
    QFile back(exported);
    QVERIFY(back.open(QIODevice::ReadOnly));
    const RuleJson::File again = RuleJson::readFile(back.readAll());
    QVERIFY(again.ok());
    QCOMPARE(again.rules.size(), 2);
    QVERIFY(again.businessHours.contains(QLatin1String("*")));
    // A bad file imports nothing and names the rule.
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(
        R"({"format": "textdesk-rules", "version": 1, "rules": [{"name": "Bad", "actions": [{"type": "fly"}]}]})");
    json.close();
    QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("import"), QStringLiteral("--workspace"),
                   workspace, file },
                 &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("Rule 1 (“Bad”)")), qPrintable(output));
    QCOMPARE(run({ QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--workspace"),
                   workspace },
                 &output),
             0);
    QVERIFY(output.contains(QLatin1String("Refunds")));
}

void TestRules::noteStatusSnoozeAndSurveyActions()
{
    test::TestCache cache;
    auto db = cache.open();
    const qint64 conversation = test::conversation(*db, kCustomer, kOurs);
    const qint64 now = chicago(3, 12);
    surveys::Survey survey
        = surveys::SurveyTexts::makeDefault(surveys::SurveyKind::Csat, QStringLiteral("CSAT"));
    survey.company = QStringLiteral("Zephyr Bikes");
    QVERIFY(SurveyStore::save(*db, survey, now));
    QVERIFY(RuleStore::save(*db, { 0, 0, QStringLiteral("Done"), true, QStringLiteral(R"({"name":
        "Done", "conditions": [{"type": "text_contains", "value": "all good"}], "actions": [
        {"type": "note", "text": "Customer {{phone}} says all is well"},
        {"type": "survey"}, {"type": "status", "value": "pending"}]})") },
                            now));
    QVERIFY(RuleStore::save(*db, { 0, 1, QStringLiteral("Later"), true, QStringLiteral(R"({"name":
        "Later", "conditions": [{"type": "text_contains", "value": "next week"}], "actions": [
        {"type": "snooze", "minutes": 90}]})") },
                            now));
    MessageRecord m = test::message(conversation, QStringLiteral("SM1"),
                                    QStringLiteral("All good, thanks"), Direction::Inbound, now);
    QVERIFY(MessageStore(*db).upsert(m));
    QVERIFY(RuleRunner::onInbound(*db, m, now, {}));
    const QStringList notes
        = test::rows(*db,
                     QStringLiteral("SELECT body FROM messages WHERE direction = 'note' "
                                    "ORDER BY id"));
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.first(), QStringLiteral("Customer +13125550142 says all is well"));
    QVERIFY2(notes.last().contains(QLatin1String("sent the survey")), qPrintable(notes.last()));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT trigger FROM survey_responses")),
             QStringList { QStringLiteral("rule") });
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT status FROM conversations")),
             QStringList { QStringLiteral("pending") });

    MessageRecord later
        = test::message(conversation, QStringLiteral("SM2"), QStringLiteral("call me next week"),
                        Direction::Inbound, now + kMinute);
    QVERIFY(MessageStore(*db).upsert(later));
    QVERIFY(RuleRunner::onInbound(*db, later, now + kMinute, {}));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT status, snoozed_until FROM conversations")),
             QStringList { QStringLiteral("snoozed|%1").arg(now + 91 * kMinute) });
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT count(*) FROM timers WHERE kind = 'snooze' "
                                       "AND fired_at IS NULL")),
             QStringList { QStringLiteral("1") });
}

#endif

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
