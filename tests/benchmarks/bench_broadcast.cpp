// Broadcasts (issue 17): 10,000 recipients personalised and queued ≤ 2 s; the pacing holds the
// configured rate within 2 % over 10 minutes of simulated time.
//   ./dev.sh bench broadcast          the full run (10,000 recipients, 5 rounds)
//   bench_broadcast --smoke           500 recipients, 1 round, 1 simulated minute
// Figures, each a median over fresh caches:
//   plan + store: every recipient's text from the template (TemplateFiller), the number read
//     (libphonenumber), consent and quiet hours checked, and the rows stored (the durable queue
//     the runner sends from) — the "personalised and queued" of the issue;
//   into the outbox: the runner putting all of them into the outbox (message row, outbox row,
//     conversation; one synchronous=FULL transaction per batch) with the pacing out of the way.
#include "broadcasts/BroadcastPlan.h"
#include "broadcasts/BroadcastRunner.h"
#include "storage/ContactProfiles.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace textdesk;
using namespace textdesk::broadcasts;

namespace {

// 10:00 in New York on a weekday: everyone is inside the window.
qint64 morning()
{
    return QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone("America/New_York"))
        .toMSecsSinceEpoch();
}

QString number(int i)
{
    // 212-2xx-xxxx: valid US numbers, distinct for each i < 1,000,000.
    return QStringLiteral("+1212%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
}

QByteArray makeCsv(int count)
{
    QByteArray csv = "Phone,First name,Order ID,Pickup\r\n";
    for (int i = 0; i < count; ++i)
        csv += number(i).toUtf8() + ",Name" + QByteArray::number(i) + ",A-"
            + QByteArray::number(100000 + i) + ",Store " + QByteArray::number(i % 40) + "\r\n";
    return csv;
}

// A tenth of the list are customers the cache knows (profile, custom fields), as a real list.
bool seedContacts(Database &db, int count)
{
    Transaction tx(db);
    ContactStore contacts(db);
    for (int i = 0; i < count; i += 10) {
        auto id = contacts.ensureContact(number(i), 1);
        if (!id)
            return false;
        auto profile = ContactProfiles::load(db, *id);
        if (!profile)
            return false;
        profile->givenName = QStringLiteral("Known%1").arg(i);
        profile->customFields = { { QStringLiteral("loyalty"), QStringLiteral("gold") } };
        if (!ContactProfiles::save(db, *profile, 1))
            return false;
    }
    return bool(tx.commit());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("A small, quick run."));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                          QStringLiteral("N"));
    parser.addOption(smoke);
    parser.addOption(roundsOption);
    parser.process(app);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = parser.isSet(smoke) ? 500 : 10000;
    const int rounds = parser.isSet(roundsOption) ? std::max(1, parser.value(roundsOption).toInt())
        : parser.isSet(smoke)                     ? 1
                                                  : 5;
    const qint64 pacedMs = parser.isSet(smoke) ? 60'000 : 600'000;

    QTemporaryDir dir;
    const QByteArray csv = makeCsv(count);
    PlanRequest request;
    request.name = QStringLiteral("pickup");
    request.body = QStringLiteral("Hi {{first_name}}, order {{order_id}} is ready at {{pickup}}. "
                                  "Reply STOP to opt out.");
    request.from = QStringLiteral("+15550000001");
    request.rate = 1000; // the outbox figure: the bucket never holds it back
    request.audience.csv = csv;
    request.audience.csvName = QStringLiteral("list.csv");
    request.region = QStringLiteral("US");

    QList<double> planned, stored, outboxed;
    for (int round = 0; round < rounds; ++round) {
        auto db = Database::open(dir.filePath(QStringLiteral("cache-%1.sqlite").arg(round)),
                                 Database::Role::Writer);
        if (!db || !seedContacts(**db, count)) {
            std::fprintf(stderr, "cannot prepare the cache\n");
            return 1;
        }
        FakeClock clock(morning());
        QElapsedTimer timer;
        timer.start();
        const Plan plan = Planner::plan(**db, request, clock.nowMs());
        planned << timer.nsecsElapsed() / 1e9;
        auto id = Planner::create(**db, request, plan, clock.nowMs());
        stored << timer.nsecsElapsed() / 1e9;
        if (!plan.ok() || !id || plan.eligible != count) {
            std::fprintf(stderr, "plan failed: %s %s (%d eligible)\n", qPrintable(plan.error),
                         id ? "" : qPrintable(id.error().details()), plan.eligible);
            return 1;
        }
        BroadcastRunner runner(**db, clock, QStringLiteral("US"));
        timer.restart();
        int queued = 0;
        while (queued < count) {
            auto n = runner.pump();
            if (!n) {
                std::fprintf(stderr, "%s\n", qPrintable(n.error().details()));
                return 1;
            }
            queued += *n;
            clock.advance(1000); // a second's worth of tokens at a time
        }
        outboxed << timer.nsecsElapsed() / 1e9;
        std::printf("  round %d: plan %.2f s, plan + store %.2f s, into the outbox %.2f s\n",
                    round + 1, planned.last(), stored.last(), outboxed.last());
    }
    std::printf("broadcast: %d recipients personalised and queued (plan + store): median %.2f s "
                "(planning %.2f s; %d rounds; target <= 2 s)\n",
                count, median(stored), median(planned), rounds);
    std::printf("broadcast: the same %d into the outbox by the runner: median %.2f s\n", count,
                median(outboxed));

    // Pacing: the runner on a fake clock moved in 10 ms steps, for each rate.
    for (const double rate : { 1.0, 10.0 }) {
        auto db = Database::open(dir.filePath(QStringLiteral("pacing-%1.sqlite").arg(rate)),
                                 Database::Role::Writer);
        if (!db)
            return 1;
        FakeClock clock(morning());
        PlanRequest paced = request;
        paced.rate = rate;
        paced.audience.csv = makeCsv(int(rate * double(pacedMs) / 1000.0 * 1.2) + 10);
        const Plan plan = Planner::plan(**db, paced, clock.nowMs());
        if (!Planner::create(**db, paced, plan, clock.nowMs()))
            return 1;
        BroadcastRunner runner(**db, clock, QStringLiteral("US"));
        runner.start();
        const qint64 start = clock.nowMs();
        while (clock.nowMs() - start < pacedMs)
            clock.advance(10);
        runner.stop();
        auto sent = (*db)->scalar(QStringLiteral("SELECT count(*) FROM outbox"));
        const double expected = rate * double(pacedMs) / 1000.0;
        const double got = sent ? sent->toDouble() : 0;
        std::printf("broadcast: pacing at %.0f/s over %lld s of simulated time: %.0f queued, "
                    "expected %.0f: %+.2f %% (target within 2 %%)\n",
                    rate, pacedMs / 1000, got, expected, (got - expected) / expected * 100.0);
    }
    return 0;
}
