// Nothing proactive goes to a customer whose request to stop in other words ("please stop
// texting me") waits for an agent's answer (issue 17, compliance.md: 47 CFR 64.1200(a)(10)),
// against the simulator over real HTTP into a real cache, on the engine's fake clock: a rule's
// reply and the FAQ bot's answer to that very message are not sent (the rule's other actions
// are); a broadcast skips such a customer (flagged before the plan, or between the plan and
// their turn) with the reason in words; a survey is refused; scheduled messages and reminders
// are held with a note in the thread, then sent after "Not a request", cancelled after "Opt
// out", or held for the agent to confirm when the answer came long past their time.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "automation/FaqBot.h"
#include "automation/FaqFile.h"
#include "broadcasts/BroadcastPlan.h"
#include "broadcasts/Reminders.h"
#include "engine/RevocationAnswer.h"
#include "engine/SyncEngine.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/BroadcastStore.h"
#include "storage/ContactProfiles.h"
#include "storage/FaqStore.h"
#include "storage/RevocationFlags.h"
#include "storage/RuleStore.h"
#include "storage/SurveyStore.h"
#include "surveys/SurveySender.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::SimHarness;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kLateLimit = 90 * kMinute;
const QString kAsk = QStringLiteral("Please stop texting me.");

bool pass(engine::SyncEngine &engine)
{
    QSignalSpy finished(&engine, &engine::SyncEngine::passFinished);
    engine.syncNow();
    return finished.wait(30'000);
}

struct Desk
{
    SimHarness sim;
    test::TestCache cache;
    FakeClock clock { QDateTime::currentMSecsSinceEpoch() };
    std::unique_ptr<engine::SyncEngine> engine;

    bool start(bool faqBot = false)
    {
        if (!sim.isRunning())
            return false;
        engine::EngineSettings settings;
        settings.cachePath = cache.path();
        settings.account = sim.config();
        settings.pullOnTimer = false;
        settings.scheduledLateLimitMs = kLateLimit;
        settings.rules.company = QStringLiteral("Zephyr Bikes");
        settings.rules.faqBot = faqBot;
        engine = std::make_unique<engine::SyncEngine>(settings, clock);
        if (!engine->open())
            return false;
        if (faqBot) {
            QFile file(QStringLiteral(TEXTDESK_STARTER_FAQ));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const automation::FaqFile::Parsed faq = automation::FaqFile::read(file.readAll());
            if (!faq.ok() || !FaqStore::replaceAll(db(), faq.entries, 0))
                return false;
        }
        engine->start();
        QElapsedTimer waited;
        waited.start();
        while (engine->pull()->isRunning() && waited.elapsed() < 30'000)
            QTest::qWait(50);
        return !engine->pull()->isRunning();
    }
    Database &db() { return engine->database(); }
    bool customerWrites(const QString &from, const QString &body)
    {
        return !sim.injectInbound(from, body).isEmpty() && pass(*engine);
    }
    qint64 conversationOf(const QString &customer)
    {
        return test::rows(db(),
                          QStringLiteral("SELECT c.id FROM conversations c JOIN contacts k ON "
                                         "k.id = c.contact_id WHERE k.e164 = '%1'")
                              .arg(customer))
            .value(0)
            .toLongLong();
    }
    // Midday for every customer whatever the hour of the run, so quiet hours hold nothing for
    // the next few hours of the fake clock.
    bool daytime()
    {
        return bool(db().execOnce(
            QStringLiteral("UPDATE contacts SET custom_fields = '{\"time_zone\": \"%1\"}'")
                .arg(zone())));
    }
    QString zone() const
    {
        const int utcHour
            = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc()).time().hour();
        return QStringLiteral("Etc/GMT%1%2")
            .arg(utcHour >= 12 ? QLatin1Char('+') : QLatin1Char('-'))
            .arg(std::abs(utcHour - 12));
    }
    // The agent's answer on the banner, as the sync thread gives it.
    bool answer(const QString &customer, bool optOut)
    {
        auto flag = RevocationFlags::openForCustomer(db(), customer);
        if (!flag || !*flag)
            return false;
        if (!engine::RevocationAnswer::answer(db(), (*flag)->id, optOut, 0, clock.nowMs(),
                                              kLateLimit))
            return false;
        engine->scheduler()->rearm();
        clock.advance(1);
        return true;
    }
    QStringList outbound(const QString &customer, bool sentOnly = false)
    {
        return test::rows(
            db(),
            QStringLiteral("SELECT m.body FROM messages m JOIN conversations c ON c.id = "
                           "m.conversation_id JOIN contacts k ON k.id = c.contact_id WHERE "
                           "k.e164 = '%1' AND m.direction = 'outbound' %2 ORDER BY m.id")
                .arg(customer, sentOnly ? QStringLiteral("AND m.sid IS NOT NULL") : QString()));
    }
    QStringList notes(const QString &customer)
    {
        return test::rows(db(),
                          QStringLiteral("SELECT m.body FROM messages m JOIN conversations c ON "
                                         "c.id = m.conversation_id JOIN contacts k ON k.id = "
                                         "c.contact_id WHERE k.e164 = '%1' AND m.direction = "
                                         "'note' ORDER BY m.id")
                              .arg(customer));
    }
    // Everything queued to the customer has reached the provider.
    bool allSent(const QString &customer)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20'000) {
            if (outbound(customer, true).size() == outbound(customer).size())
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    ~Desk()
    {
        if (engine)
            engine->stop();
    }
};

bool anyContains(const QStringList &lines, const QString &part)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &line) { return line.contains(part); });
}

} // namespace

class TestRevocationHold : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ruleAndFaqDoNotAnswerTheRequest()
    {
        Desk desk;
        QVERIFY(desk.start(true));
        QVERIFY(RuleStore::save(desk.db(),
                                { 0, 0, QStringLiteral("Refunds"), true,
                                  QStringLiteral(R"({"name": "Refunds", "conditions": [{"type":
            "text_contains", "values": ["refund"]}], "actions": [{"type": "tag", "value":
            "refund"}, {"type": "reply", "text": "We have your refund request."}]})") },
                                0));
        // The rule matches, and the request was flagged by the hook before it in the same
        // transaction: the reply is not sent, the tag is set, the note says why.
        const QString rule = QStringLiteral("+13125550301");
        QVERIFY(desk.customerWrites(rule, QStringLiteral("I want a refund. ") + kAsk));
        QVERIFY(pass(*desk.engine));
        QVERIFY(RevocationFlags::openForCustomer(desk.db(), rule).value().has_value());
        QCOMPARE(desk.outbound(rule), QStringList());
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON "
                                           "t.id = ct.tag_id JOIN contacts k ON k.id = "
                                           "ct.contact_id WHERE k.e164 = '%1'")
                                .arg(rule)),
                 QStringList { QStringLiteral("refund") });
        QVERIFY2(anyContains(desk.notes(rule),
                             QStringLiteral("did not reply: the customer asked to stop messages")),
                 qPrintable(desk.notes(rule).join(QLatin1Char('\n'))));

        // The FAQ bot would answer the question, but not to a customer who asked to stop: it
        // hands the conversation to the agents, saying why.
        const QString faq = QStringLiteral("+13125550302");
        const QString question = QStringLiteral("What are your opening hours? ") + kAsk;
        auto match = automation::FaqBot::test(desk.db(), question, {});
        QVERIFY(match);
        QCOMPARE(match->kind, automation::FaqMatch::Kind::Answer);
        QVERIFY(desk.customerWrites(faq, question));
        QVERIFY(pass(*desk.engine));
        QCOMPARE(desk.outbound(faq), QStringList());
        QVERIFY2(anyContains(desk.notes(faq), QStringLiteral("asked to stop messages")),
                 qPrintable(desk.notes(faq).join(QLatin1Char('\n'))));
        QCOMPARE(test::rows(desk.db(), QStringLiteral("SELECT count(*) FROM outbox")),
                 QStringList { QStringLiteral("0") });

        // "Not a request": the rules answer again.
        QVERIFY(desk.answer(rule, false));
        QVERIFY(desk.customerWrites(rule, QStringLiteral("So what about my refund?")));
        QVERIFY(desk.allSent(rule));
        QCOMPARE(desk.outbound(rule, true),
                 QStringList { QStringLiteral("We have your refund request.") });
    }

    void broadcastSkipsWithTheReason()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString plain = QStringLiteral("+13125550311");
        const QString before = QStringLiteral("+13125550312"); // asks before the plan
        const QString between = QStringLiteral("+13125550313"); // asks after it
        QVERIFY(desk.customerWrites(plain, QStringLiteral("Hi")));
        QVERIFY(desk.customerWrites(before, kAsk));
        QVERIFY(desk.customerWrites(between, QStringLiteral("Hello")));
        for (const QString &customer : { plain, before, between }) {
            const qint64 id = test::rows(desk.db(),
                                         QStringLiteral("SELECT id FROM contacts WHERE e164 = "
                                                        "'%1'")
                                             .arg(customer))
                                  .value(0)
                                  .toLongLong();
            auto profile = ContactProfiles::load(desk.db(), id);
            QVERIFY(profile);
            profile->tags << QStringLiteral("vip");
            QVERIFY(ContactProfiles::save(desk.db(), *profile, desk.clock.nowMs()));
        }
        QVERIFY(desk.daytime());

        broadcasts::PlanRequest request;
        request.name = QStringLiteral("Spring sale");
        request.body = QStringLiteral("Our spring sale starts today at {{company}}.");
        request.from = desk.sim.ourNumber();
        request.rate = 10;
        request.audience.tag = QStringLiteral("vip");
        request.region = QStringLiteral("US");
        request.ourCompany = QStringLiteral("Zephyr Bikes");
        const broadcasts::Plan plan
            = broadcasts::Planner::plan(desk.db(), request, desk.clock.nowMs());
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.eligible, 2);
        QCOMPARE(plan.skipped.value(broadcasts::Reason::revocationPending()), 1);
        for (const broadcasts::PlannedRecipient &p : plan.recipients) {
            QCOMPARE(p.skipped, p.number == before);
            if (p.skipped)
                QVERIFY2(p.detail.contains(QStringLiteral("asked in their own words to stop")),
                         qPrintable(p.detail));
        }

        QVERIFY(desk.customerWrites(between, kAsk));
        auto id = broadcasts::Planner::create(desk.db(), request, plan, desk.clock.nowMs());
        QVERIFY(id);
        desk.engine->broadcasts()->wake();
        QTRY_COMPARE_WITH_TIMEOUT(
            test::rows(desk.db(),
                       QStringLiteral("SELECT state FROM broadcasts WHERE id = %1").arg(*id)),
            QStringList { QStringLiteral("done") }, 10'000);
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT number || ' ' || state || ' ' || "
                                           "coalesce(reason, '') FROM broadcast_recipients "
                                           "ORDER BY number")),
                 (QStringList { plain + QStringLiteral(" queued "),
                                before + QStringLiteral(" skipped revocation_pending"),
                                between + QStringLiteral(" skipped revocation_pending") }));
        // The report's words for it.
        QCOMPARE(broadcasts::Planner::reasonText(broadcasts::Reason::revocationPending()),
                 QStringLiteral("Asked to stop (awaiting an agent)"));
        QVERIFY(desk.allSent(plain));
        QCOMPARE(desk.outbound(plain, true).size(), 1);
        QCOMPARE(desk.outbound(before), QStringList());
        QCOMPARE(desk.outbound(between), QStringList());
    }

    void surveyIsRefused()
    {
        Desk desk;
        QVERIFY(desk.start());
        surveys::Survey survey
            = surveys::SurveyTexts::makeDefault(surveys::SurveyKind::Csat, QStringLiteral("CSAT"));
        survey.company = QStringLiteral("Zephyr Bikes");
        QVERIFY(SurveyStore::save(desk.db(), survey, desk.clock.nowMs()));
        const QString customer = QStringLiteral("+13125550321");
        QVERIFY(desk.customerWrites(customer, kAsk));
        auto sent = surveys::SurveySender::sendNow(desk.db(), desk.conversationOf(customer), 0,
                                                   QStringLiteral("manual"), 0, desk.clock.nowMs());
        QVERIFY(!sent);
        QVERIFY2(sent.error().message().contains(QStringLiteral("asked to stop messages")),
                 qPrintable(sent.error().message()));
        QCOMPARE(test::rows(desk.db(), QStringLiteral("SELECT count(*) FROM survey_responses")),
                 QStringList { QStringLiteral("0") });
        QCOMPARE(desk.outbound(customer), QStringList());
    }

    void scheduledAndRemindersAreHeldUntilTheAnswer()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QString notARequest = QStringLiteral("+13125550331");
        const QString optOut = QStringLiteral("+13125550332");
        const QString late = QStringLiteral("+13125550333");
        const QStringList customers { notARequest, optOut, late };
        for (const QString &customer : customers)
            QVERIFY(desk.customerWrites(customer, QStringLiteral("Hello")));
        QVERIFY(desk.daytime());
        const qint64 t0 = desk.clock.nowMs();
        QHash<QString, qint64> scheduledIds;
        for (const QString &customer : customers) {
            // Not cancelled by the customer's reply: the request itself does not end it.
            auto id = scheduled::schedule(desk.db(),
                                          { desk.conversationOf(customer),
                                            QStringLiteral("Your table is booked for Friday."),
                                            t0 + 10 * kMinute,
                                            {},
                                            false,
                                            0 },
                                          t0);
            if (!id)
                QFAIL(qPrintable(id.error().message()));
            scheduledIds.insert(customer, *id);
        }
        // Reminders an hour from now, for an appointment in four.
        const QString at = QDateTime::fromMSecsSinceEpoch(t0 + 240 * kMinute, QTimeZone::utc())
                               .toString(Qt::ISODate);
        const QByteArray csv = QStringLiteral("phone,date_time,time_zone\n%1,%2,%4\n%3,%2,%4\n")
                                   .arg(notARequest, at, optOut, desk.zone())
                                   .toUtf8();
        const broadcasts::Reminders::Plan reminders
            = broadcasts::Reminders::plan(desk.db(),
                                          { csv,
                                            QStringLiteral("See you at your appointment."),
                                            desk.sim.ourNumber(),
                                            180 * kMinute,
                                            QStringLiteral("US"),
                                            {},
                                            {} },
                                          t0);
        QVERIFY2(reminders.ok() && reminders.errors.isEmpty(), qPrintable(reminders.error));
        auto stored = broadcasts::Reminders::store(desk.db(), reminders, t0);
        QVERIFY(stored);
        QCOMPARE(*stored, 2);
        desk.engine->scheduler()->rearm();

        for (const QString &customer : customers)
            QVERIFY(desk.customerWrites(customer, kAsk));
        desk.clock.advance(10 * kMinute);
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT DISTINCT state || ' ' || reason FROM "
                                           "scheduled_messages")),
                 QStringList { QStringLiteral("held revocation_pending") });
        desk.clock.advance(50 * kMinute);
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT DISTINCT state || ' ' || reason FROM "
                                           "reminders")),
                 QStringList { QStringLiteral("pending revocation_pending") });
        QCOMPARE(test::rows(desk.db(), QStringLiteral("SELECT count(*) FROM outbox")),
                 QStringList { QStringLiteral("0") });
        // The thread says why, and what the answer will do.
        const QStringList notes = desk.notes(notARequest);
        QVERIFY2(anyContains(notes,
                             QStringLiteral("Scheduled follow-up held: the customer "
                                            "asked to stop messages."))
                     && anyContains(notes,
                                    QStringLiteral("Appointment reminder held: the "
                                                   "customer asked to stop messages.")),
                 qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(notes.size(), 2);
        // Sending it by hand is refused until the request is answered.
        auto confirmed
            = scheduled::confirm(desk.db(), scheduledIds.value(late), desk.clock.nowMs());
        QVERIFY(!confirmed);
        QVERIFY2(confirmed.error().message().contains(QStringLiteral("Answer the request")),
                 qPrintable(confirmed.error().message()));

        // "Not a request" 50 minutes after its time (the late limit is 90): both go now.
        QVERIFY(desk.answer(notARequest, false));
        QVERIFY(desk.allSent(notARequest));
        QCOMPARE(desk.outbound(notARequest, true),
                 (QStringList { QStringLiteral("Your table is booked for Friday."),
                                QStringLiteral("See you at your appointment.") }));
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT state FROM scheduled_messages WHERE id = %1")
                                .arg(scheduledIds.value(notARequest))),
                 QStringList { QStringLiteral("sent") });

        // "Opt out": both cancelled with the consent reason, nothing queued.
        QVERIFY(desk.answer(optOut, true));
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT state || ' ' || reason FROM "
                                           "scheduled_messages WHERE id = %1")
                                .arg(scheduledIds.value(optOut))),
                 QStringList { QStringLiteral("cancelled opted_out") });
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT state || ' ' || reason FROM reminders WHERE "
                                           "number = '%1'")
                                .arg(optOut)),
                 QStringList { QStringLiteral("skipped opted_out") });

        // "Not a request" long past its time: held for the agent to confirm, as after a
        // restart.
        desk.clock.advance(60 * kMinute);
        QVERIFY(desk.answer(late, false));
        QCOMPARE(test::rows(desk.db(),
                            QStringLiteral("SELECT state || ' ' || reason FROM "
                                           "scheduled_messages WHERE id = %1")
                                .arg(scheduledIds.value(late))),
                 QStringList { QStringLiteral("held revocation_late") });
        QVERIFY(!scheduled::reasonText(scheduled::Reason::revocationLate()).isEmpty());
        QCOMPARE(desk.outbound(optOut), QStringList());
        QCOMPARE(desk.outbound(late), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRevocationHold)
#include "TestRevocationHold.moc"
