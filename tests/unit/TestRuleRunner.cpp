// Automation rules on a real cache: the inbound hook (outbox rows, notes naming the rule, the
// audit log, tags, assignment, status, snooze, survey), the loop guard against an
// auto-responder, the durable "no agent reply" and "conversation resolved" timers on a
// FakeClock, the dry run, and `textdesk rules` through the command line's entry point.
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
#include <QtCore/QRegularExpression>
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

const char *kRefund = R"({"name": "Refunds", "conditions": [{"type": "text_contains",
    "values": ["refund", "Rückerstattung"]}], "actions": [{"type": "reply",
    "text": "Hi {{first_name|there}}, refunds take 5 days."}, {"type": "tag", "value": "refund"},
    {"type": "assign", "agent": "Dana"}]})";

} // namespace

class TestRuleRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void inboundHookOnTheCache();
    void autoResponderIsNotAnsweredTwice();
    void noAgentReplyTimer();
    void resolvedRulesTemplatesAndTheDryRun();
    void noteStatusSnoozeAndSurveyActions();
    void rulesCommand();
};

// The slots' bodies are hidden from moc, whose lexer loses its way in the raw JSON strings.
#ifndef Q_MOC_RUN

void TestRuleRunner::inboundHookOnTheCache()
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

void TestRuleRunner::autoResponderIsNotAnsweredTwice()
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

void TestRuleRunner::noAgentReplyTimer()
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
    // The thread says it is held, and until when on the customer's clock.
    const QStringList held = test::rows(
        *db,
        QStringLiteral("SELECT body FROM messages WHERE direction = 'note' AND body LIKE "
                       "'%quiet hours%'"));
    QCOMPARE(held.size(), 1);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^Rule “Escalate” held until 0?8:00(?: AM)?(?: CDT)? \\(the "
                                "customer's quiet hours\\)\\.$"))
                 .match(held.first())
                 .hasMatch(),
             qPrintable(held.first()));
    clock.setNow(chicago(4, 8, 1));
    QCOMPARE(*scheduler.fireDue(), 1);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")).first(),
             QStringLiteral("2"));
}

void TestRuleRunner::resolvedRulesTemplatesAndTheDryRun()
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

void TestRuleRunner::noteStatusSnoozeAndSurveyActions()
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

// `textdesk rules import|list|test|export` through the command line's own entry point.
void TestRuleRunner::rulesCommand()
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

#endif

QTEST_GUILESS_MAIN(TestRuleRunner)
#include "TestRuleRunner.moc"
