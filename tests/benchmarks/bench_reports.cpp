// Reports on a year of a busy workspace: 1,000,000 messages, 100,000 conversations and 100,000
// survey attempts (generated once, cached under $TMPDIR). Prints the median and 95th percentile
// of each report view for the year (targets: ≤ 100 ms p95), of the CSV export of every answer
// (≤ 1 s) and of the reports window opening painted (≤ 300 ms). Beside the wall time, the CPU
// time of the thread: on a loaded machine the wall time is mostly waiting for a core.
//   ./dev.sh bench reports                   the full run
//   ./dev.sh bench reports --smoke           small and quick: checks the benchmark works
//   ./dev.sh bench reports --screenshots docs/screenshots   the README's reports-light/dark.png
#include "BenchData.h"
#include "reports/ReportExport.h"
#include "reports/Reports.h"
#include "reports/ReportsWindow.h"
#include "settings/Theme.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <ctime>
#include <random>

using namespace textdesk;
using namespace textdesk::reports;

namespace {

constexpr int kDataVersion = 1;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_reports: %s\n", qPrintable(what));
    std::exit(1);
}

void exec(Database &db, const QString &sql)
{
    if (auto s = db.execOnce(sql); !s)
        die(s.error().details());
}

struct Sizes
{
    qint64 messages;
    qint64 conversations;
};

// A year (2025, local time) of conversations: each customer writes first, an agent answers
// after a log-normal delay, most are resolved; messages alternate inside the conversation's
// span; one survey attempt per conversation after it was resolved, most answered.
void generate(const QString &path, Sizes sizes)
{
    auto opened = Database::open(path, Database::Role::Writer);
    if (!opened)
        die(opened.error().details());
    Database &db = **opened;
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    exec(db, QStringLiteral("BEGIN"));
    std::mt19937_64 rng(20250101);
    const int agents = 25, inboxes = 6, tags = 12;
    for (int i = 1; i <= agents; ++i)
        exec(db,
             QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (%1, 'Agent %1', 0)")
                 .arg(i));
    for (int i = 1; i <= inboxes; ++i)
        exec(db,
             QStringLiteral(
                 "INSERT INTO inboxes (id, e164, created_at) VALUES (%1, '+1555000000%1', 0)")
                 .arg(i));
    for (int i = 1; i <= tags; ++i)
        exec(db, QStringLiteral("INSERT INTO tags (id, name) VALUES (%1, 'tag %1')").arg(i));
    exec(db,
         QStringLiteral("INSERT INTO surveys (id, kind, name, created_at, updated_at) VALUES (1, "
                        "'csat', 'bench', 0, 0)"));

    auto prepare = [&](const char *sql) {
        auto q = db.prepareOwned(QString::fromLatin1(sql));
        if (!q)
            die(q.error().details());
        return std::move(*q);
    };
    auto contact
        = prepare("INSERT INTO contacts (id, e164, created_at, updated_at) VALUES (?, ?, 0, 0)");
    auto contactTag = prepare("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)");
    auto conversation = prepare(
        "INSERT INTO conversations (id, contact_id, inbox_id, assignee_id, status, message_count, "
        "last_activity_at, first_inbound_at, first_response_at, resolved_at, resolution_ms, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto message = prepare("INSERT INTO messages (id, conversation_id, direction, body, status, "
                           "author_id, created_at, updated_at) VALUES (?, ?, ?, 'text', "
                           "'delivered', ?, ?, ?)");
    auto response = prepare(
        "INSERT INTO survey_responses (id, survey_id, kind, conversation_id, contact_id, "
        "inbox_id, agent_id, state, score, score_kind, comment, created_at, sent_at, answered_at) "
        "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto responseTag
        = prepare("INSERT INTO survey_response_tags (response_id, tag_id) VALUES (?, ?)");
    auto run = [&](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (auto s = db.exec(q); !s)
            die(s.error().details());
    };

    const qint64 yearStart = QDate(2025, 1, 1).startOfDay().toMSecsSinceEpoch();
    const qint64 yearMs = QDate(2026, 1, 1).startOfDay().toMSecsSinceEpoch() - yearStart;
    std::lognormal_distribution<double> replyMinutes(3.5, 1.4); // median ≈ 33 min
    std::lognormal_distribution<double> resolveHours(1.5, 1.2); // median ≈ 4.5 h
    const qint64 perConversation = std::max<qint64>(2, sizes.messages / sizes.conversations);
    const QVariant none { QMetaType(QMetaType::LongLong) };
    qint64 serial = 0;
    for (qint64 c = 1; c <= sizes.conversations; ++c) {
        const qint64 inbound = yearStart + qint64(rng() % quint64(yearMs - 3 * 86400000LL));
        const qint64 reply = inbound + qint64(replyMinutes(rng) * 60000) + 1000;
        const bool resolved = rng() % 10 < 8;
        const qint64 resolution = qint64(resolveHours(rng) * 3600000) + (reply - inbound);
        const qint64 agent = qint64(rng() % agents) + 1;
        const qint64 inbox = qint64(rng() % inboxes) + 1;
        run(*contact, { c, QStringLiteral("+1415%1").arg(c, 7, 10, QLatin1Char('0')) });
        QList<qint64> tagsOf;
        for (int t = 0; t < 2; ++t) {
            const qint64 tag = qint64(rng() % (tags * 2)) + 1; // about half have no tag
            if (tag <= tags && !tagsOf.contains(tag)) {
                tagsOf << tag;
                run(*contactTag, { c, tag });
            }
        }
        // Messages: the customer's first, the agent's reply, then alternating till resolution.
        const qint64 span = std::max<qint64>(resolution, reply - inbound + 60000);
        run(*conversation,
            { c, c, inbox, agent, resolved ? QStringLiteral("resolved") : QStringLiteral("open"),
              perConversation, inbound + span, inbound, reply,
              resolved ? QVariant(inbound + resolution) : none,
              resolved ? QVariant(resolution) : none, inbound });
        for (qint64 m = 0; m < perConversation; ++m) {
            const qint64 at = m == 0 ? inbound
                : m == 1             ? reply
                                     : reply + (span - (reply - inbound)) * m / perConversation;
            const bool outbound = m % 2 == 1;
            run(*message,
                { at * MessageId::kSlotsPerMs + (++serial % 1000), c,
                  outbound ? QStringLiteral("outbound") : QStringLiteral("inbound"),
                  outbound ? QVariant(agent) : none, at, at });
        }
        // One survey attempt per conversation, an hour after it ended.
        const int kindDraw = int(rng() % 10);
        const QString kind = kindDraw < 5 ? QStringLiteral("csat")
            : kindDraw < 8                ? QStringLiteral("nps")
                                          : QStringLiteral("ces");
        const int max = kind == QLatin1String("csat") ? 5 : kind == QLatin1String("nps") ? 10 : 7;
        const int min = kind == QLatin1String("nps") ? 0 : 1;
        const bool answered = rng() % 10 < 6;
        const bool inferred = rng() % 20 == 0;
        const qint64 sent = inbound + span + 3600000;
        run(*response,
            { c, kind, c, c, inbox, agent,
              answered ? QStringLiteral("answered") : QStringLiteral("sent"),
              answered ? QVariant(min + int(rng() % (max - min + 1))) : QVariant(),
              answered
                  ? QVariant(inferred ? QStringLiteral("inferred") : QStringLiteral("explicit"))
                  : QVariant(),
              answered && rng() % 4 == 0 ? QVariant(QStringLiteral("thanks, quick help"))
                                         : QVariant(),
              sent, sent, answered ? QVariant(sent + 900000) : none });
        for (qint64 tag : tagsOf)
            run(*responseTag, { c, tag });
    }
    exec(db, QStringLiteral("COMMIT"));
    exec(db, QStringLiteral("ANALYZE"));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The CPU time this thread has used, in ms.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The README's pictures: a quarter's CSAT by week, a row drilled into, light and dark.
int screenshots(Database &db, const QString &dir)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    QApplication::setFont(font);
    QDir().mkpath(dir);
    int status = 0;
    for (const char *theme : { "light", "dark" }) {
        Theme::applyTheme(QLatin1String(theme));
        ui::ReportsWindow window(db);
        Query q;
        q.kind = Kind::Csat;
        q.grouping = Grouping::Week;
        q.from = QDate(2025, 7, 1);
        q.to = QDate(2025, 9, 30);
        window.setQuery(q);
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            die(QStringLiteral("the window was not shown"));
        while (!window.isLoaded())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        auto *table = window.findChild<QTableView *>(QStringLiteral("reportTable"));
        const QModelIndex row = table->model()->index(5, 0);
        table->setCurrentIndex(row);
        emit table->clicked(row);
        settle(300);
        const QString file
            = QDir(dir).filePath(QStringLiteral("reports-%1.png").arg(QLatin1String(theme)));
        if (!window.grab().save(file))
            status = 1;
        std::printf("%s\n", qPrintable(file));
    }
    return status;
}

struct View
{
    const char *name;
    Kind kind;
    Grouping grouping;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption smokeOpt(QStringLiteral("smoke"), QStringLiteral("Small and quick."));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per view."),
                                     QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption shotsOpt(QStringLiteral("screenshots"),
                                      QStringLiteral("Only write reports-light.png and "
                                                     "reports-dark.png into DIR."),
                                      QStringLiteral("DIR"));
    parser.addOptions({ smokeOpt, runsOpt, shotsOpt });
    parser.process(app);
    const bool smoke = parser.isSet(smokeOpt);
    const Sizes sizes = smoke ? Sizes { 20'000, 2'000 } : Sizes { 1'000'000, 100'000 };
    const int runs = smoke ? 2 : std::max(2, parser.value(runsOpt).toInt());

    QTemporaryDir smokeDir;
    const QString root = smoke
        ? smokeDir.path()
        : QDir::temp().filePath(
            QStringLiteral("textdesk-bench-reports-v%1-%2").arg(kDataVersion).arg(sizes.messages));
    QDir().mkpath(root);
    const QString path = QDir(root).filePath(QStringLiteral("cache.sqlite"));
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        generate(path + QStringLiteral(".part"), sizes);
        QFile::rename(path + QStringLiteral(".part"), path);
        QFile::remove(path + QStringLiteral(".part-wal"));
        QFile::remove(path + QStringLiteral(".part-shm"));
        std::printf("generated %s in %.1f s\n", qPrintable(path), msSince(t) / 1000);
    } else {
        std::printf("using the cached %s\n", qPrintable(path));
    }
    {
        // A cache generated before the reports' indexes (migration 10) gets them here, once,
        // with their statistics.
        auto writer = Database::open(path, Database::Role::Writer);
        if (!writer)
            die(writer.error().details());
        auto stats = (*writer)->prepareOwned(QStringLiteral(
            "SELECT count(*) FROM sqlite_stat1 WHERE idx = 'messages_sent_by_agents'"));
        if (!stats || !(*writer)->exec(**stats) || !(*stats)->next()
            || (*stats)->value(0).toInt() == 0) {
            exec(**writer, QStringLiteral("ANALYZE"));
            std::printf("analysed the reports' indexes\n");
        }
    }
    const QString measured = path;
    auto reader = Database::open(measured, Database::Role::Reader);
    if (!reader)
        die(reader.error().details());
    Database &db = **reader;

    Query year;
    year.from = QDate(2025, 1, 1);
    year.to = QDate(2025, 12, 31);
    if (parser.isSet(shotsOpt))
        return screenshots(db, parser.value(shotsOpt));
    const View views[] = {
        { "CSAT by agent", Kind::Csat, Grouping::Agent },
        { "NPS by number", Kind::Nps, Grouping::Number },
        { "CSAT by tag", Kind::Csat, Grouping::Tag },
        { "CES by week", Kind::Ces, Grouping::Week },
        { "CSAT by day", Kind::Csat, Grouping::Day },
        { "response times (percentiles), total", Kind::ResponseTimes, Grouping::None },
        { "response times by agent", Kind::ResponseTimes, Grouping::Agent },
        { "response times by week", Kind::ResponseTimes, Grouping::Week },
        { "response times by tag", Kind::ResponseTimes, Grouping::Tag },
    };
    int failures = 0;
    // One line: wall-clock median and p95 (judged) and the median CPU time of the thread.
    auto report = [&](const char *name, std::vector<double> wall, std::vector<double> cpu,
                      double target, const QString &note) {
        const auto p = bench::percentiles(std::move(wall));
        const auto c = bench::percentiles(std::move(cpu));
        const bool ok = p.p95 <= target;
        failures += ok ? 0 : 1;
        std::printf("%-40s %10.1f %10.1f %10.1f %s %s\n", name, p.median, p.p95, c.median,
                    ok ? "  " : "OVER", qPrintable(note));
    };
    std::printf("%-40s %10s %10s %10s   (target p95 <= 100 ms; %d runs; %lld messages, %lld "
                "conversations)\n",
                "report view for 2025", "median ms", "p95 ms", "cpu ms", runs, sizes.messages,
                sizes.conversations);
    for (const View &view : views) {
        Query q = year;
        q.kind = view.kind;
        q.grouping = view.grouping;
        std::vector<double> wall, cpu;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            auto result = Reports::run(db, q);
            if (!result)
                die(result.error().details());
            wall.push_back(msSince(t));
            cpu.push_back(cpuMs() - c0);
        }
        report(view.name, wall, cpu, 100, {});
    }

    {
        std::vector<double> wall, cpu;
        qint64 bytes = 0;
        for (int i = 0; i < std::max(2, runs / 4); ++i) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            if (auto s = ReportExport::responsesCsv(db, year, buffer, /*allKinds*/ true); !s)
                die(s.error().details());
            wall.push_back(msSince(t));
            cpu.push_back(cpuMs() - c0);
            bytes = buffer.size();
        }
        report("CSV of every survey attempt", wall, cpu, 1000,
               QStringLiteral("(%1 bytes; target <= 1000 ms)").arg(bytes));
    }

    {
        // Painted: the window on screen (its figures follow the first paint); filled: the
        // figures read and painted too.
        std::vector<double> wall, cpu, filledWall, filledCpu;
        for (int i = 0; i < std::max(2, runs / 4); ++i) {
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            ui::ReportsWindow window(db);
            Query q = year;
            q.kind = Kind::Csat;
            q.grouping = Grouping::Week;
            window.setQuery(q);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                die(QStringLiteral("the window was not shown"));
            window.repaint(); // painted, charts and table included
            wall.push_back(msSince(t));
            cpu.push_back(cpuMs() - c0);
            while (!window.isLoaded())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            window.repaint();
            filledWall.push_back(msSince(t));
            filledCpu.push_back(cpuMs() - c0);
        }
        report("reports window opens painted", wall, cpu, 300,
               QStringLiteral("(CSAT by week for 2025; target <= 300 ms)"));
        report("  … and filled with its figures", filledWall, filledCpu, 300, {});
    }
    if (smoke)
        std::printf("smoke run: targets not judged\n");
    return smoke ? 0 : (failures ? 1 : 0);
}
