#include "DemoCast.h"
#include "Scenario.h"
#include "phone/PhoneNumbers.h"

#include <QTest>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

using namespace textdesk::sim;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(15, 30, 12, 345), Qt::UTC);

std::unique_ptr<Scenario> demoScenario(quint32 seed = 7)
{
    auto scenario = makeScenario(QStringLiteral("demo"), seed);
    Q_ASSERT(scenario);
    return scenario;
}

QString describe(const SeedMessage &m)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(m.at.toString(Qt::ISODateWithMs),
             m.inbound ? QStringLiteral("in") : QStringLiteral("out"), m.customer, m.ourNumber,
             m.body, m.status)
        .arg(m.errorCode);
}

bool isValidUsNumber(const QString &number)
{
    return textdesk::PhoneNumbers::toE164(number, QStringLiteral("US")).e164 == number;
}

bool isOptOut(const QString &body)
{
    static const QStringList keywords
        = { QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
            QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
            QStringLiteral("REVOKE"), QStringLiteral("OPTOUT") };
    return keywords.contains(body.trimmed().toUpper());
}

// A customer of the given kind, as the scenario with that seed has them.
demo::Customer castMember(quint32 seed, demo::Persona persona, bool waiting)
{
    for (const demo::Customer &c : demo::makeCast(seed).customers) {
        if (c.persona == persona && c.waiting == waiting)
            return c;
    }
    return {};
}

} // namespace

class TestDemoScenario : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void ourNumbersAreValid();
    void historyIsDeterministic();
    void historyIsSortedAndBeforeNow();
    void historyLooksLikeASupportLine();
    void allCustomerNumbersAreValid();
    void historyHasMedia();
    void stopCustomerIsPresentAndSilent();
    void someAreWaitingForAnAnswer();
    void surveyIsAnsweredWithAScore();
    void angryCustomerEscalatesThenCalmsDown();
    void refundQuestionThenThanks();
    void appointmentPicksAnOfferedSlot();
    void photoRequestGetsAPhoto();
    void reactionsComeAfterTwoToTwentySeconds();
    void unknownNumberDoesNotBreakIt();
    void tickStartsConversationsOverTime();
    void tickIsDeterministic();
    void tickDoesNotFloodAfterAPause();
};

void TestDemoScenario::registered()
{
    QVERIFY(scenarioNames().contains(QStringLiteral("demo")));
    QVERIFY(scenarioNames().contains(QStringLiteral("empty")));
    QVERIFY(makeScenario(QStringLiteral("demo"), 1));
    QVERIFY(!makeScenario(QStringLiteral("nonsense"), 1));
}

void TestDemoScenario::ourNumbersAreValid()
{
    const auto scenario = demoScenario();
    const QStringList ours = scenario->ourNumbers();
    QCOMPARE(ours.size(), 3);
    QCOMPARE(QSet<QString>(ours.begin(), ours.end()).size(), 3);
    for (const QString &number : ours) {
        QVERIFY2(isValidUsNumber(number), qPrintable(number));
        QVERIFY(!scenario->friendlyName(number).isEmpty());
    }
    QCOMPARE(scenario->friendlyName(QStringLiteral("+12025550123")), QString());
}

void TestDemoScenario::historyIsDeterministic()
{
    const QList<SeedMessage> first = demoScenario(7)->history(kNow);
    const QList<SeedMessage> again = demoScenario(7)->history(kNow);
    QCOMPARE(again.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(describe(again.at(i)), describe(first.at(i)));
        QCOMPARE(again.at(i).media, first.at(i).media);
    }
    // Asked twice, the same scenario tells the same history.
    const auto scenario = demoScenario(7);
    QCOMPARE(scenario->history(kNow).size(), scenario->history(kNow).size());

    const QList<SeedMessage> other = demoScenario(8)->history(kNow);
    QStringList a;
    QStringList b;
    for (const SeedMessage &m : first)
        a << describe(m);
    for (const SeedMessage &m : other)
        b << describe(m);
    QVERIFY(a != b);
}

void TestDemoScenario::historyIsSortedAndBeforeNow()
{
    for (quint32 seed : { 1u, 7u, 99u, 123456u }) {
        const QList<SeedMessage> history = demoScenario(seed)->history(kNow);
        QVERIFY(!history.isEmpty());
        for (qsizetype i = 0; i < history.size(); ++i) {
            const SeedMessage &m = history.at(i);
            QVERIFY(m.at.isValid());
            QCOMPARE(m.at.timeSpec(), Qt::UTC);
            QVERIFY2(m.at < kNow, qPrintable(describe(m)));
            QVERIFY2(m.at > kNow.addDays(-61), qPrintable(describe(m)));
            if (i > 0)
                QVERIFY2(history.at(i - 1).at <= m.at, qPrintable(describe(m)));
        }
        // Spread over the period, not bunched up.
        QVERIFY(history.first().at < kNow.addDays(-30));
        QVERIFY(history.last().at > kNow.addDays(-1));
    }
}

void TestDemoScenario::historyLooksLikeASupportLine()
{
    const auto scenario = demoScenario();
    const QList<SeedMessage> history = scenario->history(kNow);
    const QStringList ours = scenario->ourNumbers();
    QSet<QString> customers;
    int inbound = 0;
    int problems = 0;
    QSet<QString> linesUsed;
    for (const SeedMessage &m : history) {
        customers.insert(m.customer);
        linesUsed.insert(m.ourNumber);
        QVERIFY(ours.contains(m.ourNumber));
        QVERIFY(!m.body.isEmpty() || !m.media.isEmpty());
        if (m.inbound) {
            ++inbound;
            QCOMPARE(m.status, QStringLiteral("received"));
            QCOMPARE(m.errorCode, 0);
        } else if (m.status == QStringLiteral("delivered")) {
            QCOMPARE(m.errorCode, 0);
        } else {
            QVERIFY2(m.status == QStringLiteral("undelivered")
                         || m.status == QStringLiteral("failed"),
                     qPrintable(describe(m)));
            QVERIFY2(m.errorCode >= 30001 && m.errorCode <= 30010, qPrintable(describe(m)));
            ++problems;
        }
        QVERIFY(m.body.size() <= 320); // texts, not letters
    }
    QVERIFY2(customers.size() >= 38 && customers.size() <= 45,
             qPrintable(QString::number(customers.size())));
    QVERIFY2(history.size() >= 150 && history.size() <= 400,
             qPrintable(QString::number(history.size())));
    const qsizetype outbound = history.size() - inbound;
    QVERIFY(inbound > history.size() / 3 && outbound > history.size() / 3);
    QVERIFY(problems >= 2);
    QCOMPARE(linesUsed.size(), 3); // every line of ours is in use
}

void TestDemoScenario::allCustomerNumbersAreValid()
{
    const QRegularExpression e164(QStringLiteral("^\\+1[2-9]\\d{2}[2-9]\\d{6}$"));
    for (quint32 seed : { 1u, 7u, 99u, 2024u, 4000000000u }) {
        QSet<QString> numbers;
        for (const SeedMessage &m : demoScenario(seed)->history(kNow))
            numbers.insert(m.customer);
        for (const QString &number : numbers) {
            QVERIFY2(e164.match(number).hasMatch(), qPrintable(number));
            QVERIFY2(isValidUsNumber(number), qPrintable(number));
        }
    }
}

void TestDemoScenario::historyHasMedia()
{
    QHash<MediaKind, int> inbound;
    QHash<MediaKind, int> outbound;
    int withMedia = 0;
    for (const SeedMessage &m : demoScenario()->history(kNow)) {
        for (MediaKind kind : m.media)
            ++(m.inbound ? inbound : outbound)[kind];
        withMedia += m.media.isEmpty() ? 0 : 1;
    }
    QVERIFY(withMedia >= 6);
    QVERIFY(inbound.value(MediaKind::Photo) >= 3); // damaged items
    QVERIFY(inbound.value(MediaKind::Screenshot) >= 1);
    QCOMPARE(inbound.value(MediaKind::Video), 1);
    QVERIFY(inbound.value(MediaKind::CorruptImage) >= 1);
    QVERIFY(outbound.value(MediaKind::Pdf) >= 1); // an invoice the agent sent
}

void TestDemoScenario::stopCustomerIsPresentAndSilent()
{
    const auto scenario = demoScenario();
    const QList<SeedMessage> history = scenario->history(kNow);
    QString stopped;
    QString line;
    QDateTime when;
    for (const SeedMessage &m : history) {
        if (m.inbound && isOptOut(m.body)) {
            stopped = m.customer;
            line = m.ourNumber;
            when = m.at;
            break;
        }
    }
    QVERIFY2(!stopped.isEmpty(), "nobody texted STOP");
    // Nothing was sent to them afterwards (the provider would have refused it).
    for (const SeedMessage &m : history) {
        if (m.customer == stopped && m.ourNumber == line && !m.inbound)
            QVERIFY2(m.at < when, qPrintable(describe(m)));
    }
    // And they answer nothing, ever.
    QVERIFY(
        scenario->reactTo(stopped, line, QStringLiteral("How would you rate us 1-5?")).isEmpty());
    for (int i = 0; i < 200; ++i) {
        for (const ScriptedInbound &in : scenario->tick(kNow.addSecs(i * 10)))
            QVERIFY(in.customer != stopped);
    }
}

void TestDemoScenario::someAreWaitingForAnAnswer()
{
    // The inbox should have customers waiting when the app first opens.
    QHash<QString, SeedMessage> last;
    for (const SeedMessage &m : demoScenario()->history(kNow))
        last[m.customer] = m;
    int waiting = 0;
    for (const SeedMessage &m : std::as_const(last))
        waiting += m.inbound && !isOptOut(m.body) && m.at > kNow.addDays(-1) ? 1 : 0;
    QVERIFY2(waiting >= 4, qPrintable(QString::number(waiting)));
}

void TestDemoScenario::surveyIsAnsweredWithAScore()
{
    const QRegularExpression oneToFive(QStringLiteral("^[1-5]\\b"));
    const QRegularExpression zeroToTen(QStringLiteral("^(10|[0-9])\\b"));
    for (quint32 seed : { 1u, 7u, 99u }) {
        const auto scenario = demoScenario(seed);
        const demo::Customer c = castMember(seed, demo::Persona::OrderStatus, false);
        QVERIFY(!c.number.isEmpty());

        const auto csat = scenario->reactTo(
            c.number, c.ourNumber,
            QStringLiteral("Thanks for contacting us! How would you rate your experience, 1-5?"));
        QCOMPARE(csat.size(), 1);
        QVERIFY2(oneToFive.match(csat.first().body).hasMatch(), qPrintable(csat.first().body));
        QCOMPARE(csat.first().customer, c.number);
        QCOMPARE(csat.first().ourNumber, c.ourNumber);

        const auto nps = scenario->reactTo(
            c.number, c.ourNumber,
            QStringLiteral("How likely are you to recommend Maple & Pine to a friend?"));
        QCOMPARE(nps.size(), 1);
        QVERIFY2(zeroToTen.match(nps.first().body).hasMatch(), qPrintable(nps.first().body));
    }
}

void TestDemoScenario::angryCustomerEscalatesThenCalmsDown()
{
    const quint32 seed = 7;
    const demo::Customer c = castMember(seed, demo::Persona::Angry, true);
    QVERIFY(!c.number.isEmpty());
    QVERIFY(c.anger > 0);
    const auto scenario = demoScenario(seed);

    // Not what they want to hear: it gets worse, in more than one text.
    const auto worse
        = scenario->reactTo(c.number, c.ourNumber, QStringLiteral("We are still checking on it."));
    QCOMPARE(worse.size(), 2);

    // An apology takes the heat out; enough of them, and they thank the agent.
    QString last;
    for (int i = 0; i < 3 && !last.contains(QLatin1String("thank"), Qt::CaseInsensitive)
         && !last.contains(QLatin1String("appreciat"), Qt::CaseInsensitive);
         ++i) {
        const auto replies = scenario->reactTo(
            c.number, c.ourNumber,
            QStringLiteral("I'm so sorry, you should never have had to chase us."));
        QCOMPARE(replies.size(), 1);
        last = replies.first().body;
    }
    QVERIFY2(last.contains(QLatin1String("thank"), Qt::CaseInsensitive)
                 || last.contains(QLatin1String("appreciat"), Qt::CaseInsensitive),
             qPrintable(last));

    // Calm now: a survey gets a score, a status update a normal answer at most.
    const auto score = scenario->reactTo(c.number, c.ourNumber, QStringLiteral("Rate us 1-5?"));
    QCOMPARE(score.size(), 1);
    QVERIFY(score.first().body.at(0).isDigit());
}

void TestDemoScenario::refundQuestionThenThanks()
{
    const demo::Customer c = castMember(7, demo::Persona::Refund, false);
    const auto scenario = demoScenario(7);
    const auto first = scenario->reactTo(c.number, c.ourNumber,
                                         QStringLiteral("Your refund of $42.50 was issued today."));
    QCOMPARE(first.size(), 1);
    QVERIFY2(first.first().body.contains(QLatin1Char('?')), qPrintable(first.first().body));
    const auto second = scenario->reactTo(
        c.number, c.ourNumber, QStringLiteral("A refund takes 3-5 business days to show."));
    QCOMPARE(second.size(), 1);
    QVERIFY2(!second.first().body.contains(QLatin1Char('?')), qPrintable(second.first().body));
}

void TestDemoScenario::appointmentPicksAnOfferedSlot()
{
    const demo::Customer c = castMember(7, demo::Persona::Appointment, false);
    const auto scenario = demoScenario(7);
    for (int i = 0; i < 5; ++i) {
        const auto replies = scenario->reactTo(
            c.number, c.ourNumber,
            QStringLiteral("We can come Thursday 9am or Friday 2pm. Which works for you?"));
        QCOMPARE(replies.size(), 1);
        const QString body = replies.first().body;
        QVERIFY2(body.contains(QLatin1String("thursday 9am"))
                     || body.contains(QLatin1String("friday 2pm")),
                 qPrintable(body));
    }
}

void TestDemoScenario::photoRequestGetsAPhoto()
{
    const demo::Customer c = castMember(7, demo::Persona::Damaged, false);
    const auto replies = demoScenario(7)->reactTo(
        c.number, c.ourNumber, QStringLiteral("Could you send a photo of the box?"));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().media, QList<MediaKind> { MediaKind::Photo });
}

void TestDemoScenario::reactionsComeAfterTwoToTwentySeconds()
{
    const auto scenario = demoScenario(3);
    const QStringList bodies
        = { QStringLiteral("Your order shipped!"),      QStringLiteral("Is there anything else?"),
            QStringLiteral("Sorry about that."),        QStringLiteral("Rate us 1-5"),
            QStringLiteral("Thanks, have a great day"), QStringLiteral("ok") };
    int answered = 0;
    for (const demo::Customer &c : demo::makeCast(3).customers) {
        for (const QString &body : bodies) {
            const auto replies = scenario->reactTo(c.number, c.ourNumber, body);
            answered += replies.isEmpty() ? 0 : 1;
            int previous = 0;
            for (const ScriptedInbound &r : replies) {
                QVERIFY2(r.delayMs >= 2000 && r.delayMs <= 20000,
                         qPrintable(QString::number(r.delayMs)));
                QVERIFY(r.delayMs > previous); // in the order they are meant to arrive
                previous = r.delayMs;
                QVERIFY(!r.body.isEmpty());
                QCOMPARE(r.customer, c.number);
            }
        }
    }
    QVERIFY(answered > 100); // most things get an answer, not all
}

void TestDemoScenario::unknownNumberDoesNotBreakIt()
{
    const auto scenario = demoScenario();
    const QString stranger = QStringLiteral("+13125550147");
    const QString line = scenario->ourNumbers().first();
    const auto first = scenario->reactTo(stranger, line, QStringLiteral("Hi, your order shipped"));
    QVERIFY(first.size() <= 1);
    for (const ScriptedInbound &r : first) {
        QCOMPARE(r.customer, stranger);
        QCOMPARE(r.ourNumber, line);
    }
    const auto score = scenario->reactTo(stranger, line, QStringLiteral("Rate us 1-5"));
    QCOMPARE(score.size(), 1);
}

void TestDemoScenario::tickStartsConversationsOverTime()
{
    const auto scenario = demoScenario();
    const QStringList ours = scenario->ourNumbers();
    QList<ScriptedInbound> all;
    // An hour, ticked every five seconds as the simulator does.
    for (int s = 0; s <= 3600; s += 5)
        all << scenario->tick(kNow.addSecs(s));
    // One every 30–90 s: about sixty.
    QVERIFY2(all.size() >= 35 && all.size() <= 125, qPrintable(QString::number(all.size())));
    QSet<QString> who;
    int newFaces = 0;
    QSet<QString> known;
    for (const SeedMessage &m : scenario->history(kNow))
        known.insert(m.customer);
    for (const ScriptedInbound &in : std::as_const(all)) {
        QVERIFY(!in.body.isEmpty());
        QVERIFY(ours.contains(in.ourNumber));
        QVERIFY2(isValidUsNumber(in.customer), qPrintable(in.customer));
        QVERIFY(in.delayMs >= 0 && in.delayMs <= 20000);
        who.insert(in.customer);
        newFaces += known.contains(in.customer) ? 0 : 1;
    }
    QVERIFY(who.size() > 10); // many customers, not one chatterbox
    QVERIFY(newFaces > 0); // and some new ones
}

void TestDemoScenario::tickIsDeterministic()
{
    const auto a = demoScenario(5);
    const auto b = demoScenario(5);
    const auto c = demoScenario(6);
    QStringList seenA;
    QStringList seenB;
    QStringList seenC;
    for (int s = 0; s <= 1800; s += 5) {
        for (const ScriptedInbound &in : a->tick(kNow.addSecs(s)))
            seenA << in.customer + in.body + QString::number(in.delayMs);
        for (const ScriptedInbound &in : b->tick(kNow.addSecs(s)))
            seenB << in.customer + in.body + QString::number(in.delayMs);
        for (const ScriptedInbound &in : c->tick(kNow.addSecs(s)))
            seenC << in.customer + in.body + QString::number(in.delayMs);
    }
    QVERIFY(!seenA.isEmpty());
    QCOMPARE(seenB, seenA);
    QVERIFY(seenC != seenA);
}

void TestDemoScenario::tickDoesNotFloodAfterAPause()
{
    const auto scenario = demoScenario();
    scenario->tick(kNow);
    // The machine slept for five hours: no backlog of three hundred texts at once.
    QVERIFY(scenario->tick(kNow.addSecs(5 * 3600)).size() <= 3);
    QVERIFY(scenario->tick(kNow.addSecs(5 * 3600 + 5)).size() <= 3);
}

QTEST_GUILESS_MAIN(TestDemoScenario)
#include "TestDemoScenario.moc"
