// The team at work (issue 18's soak): a gateway (`textdesk serve --team`, the shipped binary)
// between the simulator and a throw-away PostgreSQL, and N agents' desktops as the window runs
// them (engine::SyncWorker in team mode, each with its own login and SQLite replica), acting at
// random for M minutes — replies, notes, claims, statuses, profile edits — while customers write.
// Two agents go offline for a while (their login refused and their sessions ended), and later
// PostgreSQL itself is stopped for a while, as the agents go on working. Then, when every
// desktop's queue is empty: every replica must equal PostgreSQL (a digest of conversations,
// statuses, assignees, messages, notes and names), every reply must be in the store once, and
// the provider must have received each exactly once.
//   ./dev.sh bench team_soak            50 agents, 10 minutes (offline 60 s, PostgreSQL down 60 s)
//   bench_team_soak --agents N --minutes M
//   bench_team_soak --smoke             4 agents, 40 s: checks the benchmark itself works
#include "PostgresServer.h"
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "TextdeskRun.h"
#include "engine/SyncWorker.h"
#include "storage/ContactProfiles.h"
#include "storage/Database.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtTest/QTest>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace textdesk;
using namespace textdesk::team;

namespace {

const QString kBinary = QStringLiteral(TEXTDESK_BINARY);

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_team_soak: %s\n", qPrintable(what));
    std::exit(2);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Desk
{
    QString name, login, password;
    qint64 teamId = 0;
    QString cachePath;
    engine::SyncWorker *worker = nullptr;
    std::unique_ptr<Database> reader;
    qint64 nextActionMs = 0;
    int replies = 0, notes = 0, claims = 0, statuses = 0, profiles = 0, overruled = 0;
    bool offline = false;
};

class Soak
{
public:
    Soak(int agents, double minutes)
        : m_agentCount(agents)
        , m_durationMs(qint64(minutes * 60'000))
        , m_outageMs(std::min<qint64>(60'000, m_durationMs / 10))
    { }

    int run()
    {
        setUp();
        work();
        return settleAndCompare();
    }

private:
    qint64 scalar(const QString &sql)
    {
        auto row = teamExec(m_admin.database(), sql);
        return row && row->next() ? row->value(0).toLongLong() : -1;
    }

    void setUp()
    {
        QString why;
        if (!m_server.start(&why))
            fail(why);
        if (auto opened = m_admin.open(*TeamAddress::parse(m_server.adminUrl()), QString());
            !opened)
            fail(opened.error().message());
        if (auto migrated = TeamSchema::migrate(m_admin.database()); !migrated)
            fail(migrated.error().message());
        if (!m_sim.isRunning())
            fail(m_sim.startError());

        // The gateway: a workspace on the simulator's account, `serve --team`.
        const QString gateway = m_dir.filePath(QStringLiteral("gateway"));
        const test::Run configured = test::runTextdesk(
            kBinary,
            { QStringLiteral("configure"), QStringLiteral("--workspace"), gateway,
              QStringLiteral("--account-sid"), QLatin1String(test::SimHarness::kAccountSid),
              QStringLiteral("--base-url"), m_sim.baseUrl().toString() },
            QByteArray(test::SimHarness::kAuthToken) + '\n', {});
        if (configured.exitCode != 0)
            fail(configured.describe());
        {
            // The team's number carries 10 messages a second (a toll-free number or a 10DLC
            // campaign): at a long code's 1 a second, 50 agents' replies would queue for ever.
            QSettings ini(gateway + QStringLiteral("/workspace.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("outbox/segments_per_second"), 10);
        }
        m_gateway.setProcessEnvironment(test::textdeskEnvironment(test::SimHarness::kAuthToken));
        m_gateway.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_gateway, &QProcess::readyRead, &m_gateway,
                         [this] { m_gatewayLog += QString::fromUtf8(m_gateway.readAll()); });
        m_gateway.setProgram(kBinary);
        m_gateway.setArguments({ QStringLiteral("serve"), QStringLiteral("--workspace"), gateway,
                                 QStringLiteral("--team"), m_server.adminUrl() });
        // A gateway that lost PostgreSQL stops (it can no longer be sure it is the only one);
        // its service is restarted by systemd (Restart=on-failure, RestartSec=30): here after 5 s.
        QObject::connect(&m_gateway, &QProcess::finished, &m_main, [this] {
            if (m_shuttingDown)
                return;
            ++m_gatewayRestarts;
            say(QStringLiteral("  the gateway stopped; started again in 5 s, as its service "
                               "would be"));
            QTimer::singleShot(5000, &m_main, [this] {
                if (!m_shuttingDown)
                    m_gateway.start();
            });
        });
        m_gateway.start();
        if (!QTest::qWaitFor([this] { return m_gatewayLog.contains(QLatin1String("active")); },
                             30'000))
            fail(QStringLiteral("the gateway did not become active: ") + m_gatewayLog);

        // Customers, each with a first message.
        for (int i = 0; i < kCustomers; ++i) {
            m_customers << QStringLiteral("+1415555%1").arg(3000 + i);
            m_sim.injectInbound(m_customers.last(), QStringLiteral("Hello, order %1?").arg(i));
        }
        if (!QTest::qWaitFor(
                [this] {
                    return scalar(QStringLiteral("SELECT count(*) FROM conversations"))
                        == kCustomers;
                },
                60'000))
            fail(QStringLiteral("the gateway did not publish the customers' first messages"));

        for (int i = 0; i < m_agentCount; ++i) {
            auto agent = TeamAgents::add(m_admin.database(), QStringLiteral("Agent %1").arg(i),
                                         TeamRole::Agent);
            if (!agent)
                fail(agent.error().message());
            auto desk = std::make_unique<Desk>();
            desk->name = agent->agent.name;
            desk->login = agent->agent.login;
            desk->password = agent->password;
            desk->teamId = agent->agent.id;
            startDesk(*desk);
            m_desks.push_back(std::move(desk));
        }
        QElapsedTimer first;
        first.start();
        for (auto &desk : m_desks) {
            Desk *d = desk.get();
            if (!QTest::qWaitFor(
                    [d] {
                        if (!d->reader) {
                            auto reader = Database::open(d->cachePath, Database::Role::Reader);
                            if (reader)
                                d->reader = std::move(*reader);
                        }
                        return d->reader
                            && test::rows(*d->reader,
                                          QStringLiteral("SELECT count(*) FROM conversations"))
                                   .value(0)
                                   .toInt()
                            == kCustomers;
                    },
                    120'000))
                fail(QStringLiteral("%1's desktop never got its first snapshot").arg(d->name));
        }
        say(QStringLiteral("%1 desktops have their first replica after %2 s; working for %3 s "
                           "(two agents offline %4 s at 20%, PostgreSQL stopped %4 s at 50%)")
                .arg(m_agentCount)
                .arg(first.elapsed() / 1000.0, 0, 'f', 1)
                .arg(m_durationMs / 1000)
                .arg(m_outageMs / 1000));
    }

    void startDesk(Desk &desk)
    {
        desk.cachePath = m_dir.filePath(desk.login + QStringLiteral(".sqlite"));
        engine::SyncSettings settings;
        settings.cachePath = desk.cachePath;
        settings.teamReplica = true;
        settings.teamAddress = *TeamAddress::parse(m_server.loginUrl(desk.login));
        settings.teamPassword = desk.password;
        settings.agentName = desk.name;
        desk.worker = engine::SyncWorker::startOnThread(settings);
        // Counted on this thread (queued from the desktops' sync threads).
        QObject::connect(desk.worker, &engine::SyncWorker::teamOverruled, &m_main,
                         [&desk](const QString &) { ++desk.overruled; });
        QObject::connect(
            desk.worker, &engine::SyncWorker::sendRefused, &m_main,
            [this](const QString &, const QString &, const QStringList &, const QString &reason) {
                ++m_refused;
                m_lastRefusal = reason;
            });
    }

    template<typename F> static void on(Desk &desk, F call)
    {
        engine::SyncWorker *worker = desk.worker;
        QMetaObject::invokeMethod(
            worker, [worker, call] { call(worker); }, Qt::QueuedConnection);
    }

    // One thing an agent does, at random, on a conversation of their own replica.
    void act(Desk &desk)
    {
        const QStringList row = test::rows(
            *desk.reader,
            QStringLiteral("SELECT v.id, ct.e164, i.e164, coalesce(v.assignee_id, 0), ct.id FROM "
                           "conversations v JOIN contacts ct ON ct.id = v.contact_id JOIN inboxes "
                           "i ON i.id = v.inbox_id ORDER BY random() LIMIT 1"));
        const QStringList f = row.value(0).split(QLatin1Char('|'));
        if (f.size() < 5)
            return;
        const qint64 id = f[0].toLongLong();
        const int dice = int(QRandomGenerator::global()->bounded(100));
        const int n = ++m_actions;
        if (dice < 35) {
            const QString body = QStringLiteral("r-%1-%2").arg(desk.login).arg(n);
            ++desk.replies;
            m_replies << body;
            on(desk,
               [to = f[1], from = f[2], body](engine::SyncWorker *w) { w->send(to, from, body); });
        } else if (dice < 55) {
            ++desk.notes;
            on(desk,
               [id, body = QStringLiteral("n-%1-%2").arg(desk.login).arg(n)](
                   engine::SyncWorker *w) { w->addNote(id, body); });
        } else if (dice < 70) {
            ++desk.claims;
            const qint64 to = f[3].toLongLong() == desk.teamId ? 0 : desk.teamId;
            on(desk, [id, to](engine::SyncWorker *w) { w->assign(id, to); });
        } else if (dice < 85) {
            ++desk.statuses;
            const int which = int(QRandomGenerator::global()->bounded(3));
            const auto status = which == 0 ? ConversationStatus::Open
                : which == 1               ? ConversationStatus::Resolved
                                           : ConversationStatus::Snoozed;
            const qint64 until = QDateTime::currentMSecsSinceEpoch() + 3600'000;
            on(desk,
               [id, status, until](engine::SyncWorker *w) { w->setStatus(id, status, until); });
        } else {
            auto profile = ContactProfiles::load(*desk.reader, f[4].toLongLong());
            if (!profile)
                return;
            ++desk.profiles;
            profile->displayName = QStringLiteral("Customer %1 by %2").arg(n).arg(desk.login);
            on(desk, [p = *profile](engine::SyncWorker *w) { w->saveProfile(p); });
        }
    }

    void setOffline(Desk &desk, bool offline)
    {
        desk.offline = offline;
        // Refused at login, and the sessions it has ended: the desktop is cut off as by a
        // network gone, and keeps working on its cache.
        if (auto done
            = teamExec(m_admin.database(),
                       QStringLiteral("ALTER ROLE %1 %2")
                           .arg(desk.login,
                                offline ? QStringLiteral("NOLOGIN") : QStringLiteral("LOGIN")));
            !done)
            fail(done.error().message());
        if (offline) {
            (void)teamExec(m_admin.database(),
                           QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE usename = ?"),
                           { desk.login });
        }
    }

    void work()
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 offlineAt = m_durationMs / 5;
        const qint64 downAt = m_durationMs / 2;
        bool offlineDone = false, downDone = false, serverDown = false;
        qint64 nextCustomer = 0;
        auto *random = QRandomGenerator::global();
        for (auto &desk : m_desks)
            desk->nextActionMs = random->bounded(kActionEveryMs);
        while (clock.elapsed() < m_durationMs) {
            const qint64 now = clock.elapsed();
            if (!offlineDone && now >= offlineAt && m_desks.size() >= 2) {
                setOffline(*m_desks[0], true);
                setOffline(*m_desks[1], true);
                offlineDone = true;
                say(QStringLiteral("%1 s: %2 and %3 offline")
                        .arg(now / 1000)
                        .arg(m_desks[0]->name, m_desks[1]->name));
            }
            if (offlineDone && m_desks[0]->offline && now >= offlineAt + m_outageMs) {
                setOffline(*m_desks[0], false);
                setOffline(*m_desks[1], false);
                say(QStringLiteral("%1 s: they are back").arg(now / 1000));
            }
            if (!downDone && now >= downAt) {
                m_server.stop(true);
                serverDown = true;
                downDone = true;
                say(QStringLiteral("%1 s: PostgreSQL stopped").arg(now / 1000));
            }
            if (serverDown && now >= downAt + m_outageMs) {
                QString why;
                if (!m_server.start(&why))
                    fail(why);
                if (auto opened = m_admin.open(*TeamAddress::parse(m_server.adminUrl()), QString());
                    !opened)
                    fail(opened.error().message());
                serverDown = false;
                say(QStringLiteral("%1 s: PostgreSQL back").arg(now / 1000));
            }
            if (now >= nextCustomer) {
                m_sim.injectInbound(m_customers[random->bounded(kCustomers)],
                                    QStringLiteral("c-%1").arg(++m_inbound));
                nextCustomer = now + kCustomerEveryMs;
            }
            for (auto &desk : m_desks) {
                if (now < desk->nextActionMs)
                    continue;
                act(*desk);
                desk->nextActionMs = now + kActionEveryMs / 2 + random->bounded(kActionEveryMs);
            }
            QTest::qWait(50);
        }
        say(QStringLiteral("%1 actions (%2 replies) by %3 agents, %4 customers' messages")
                .arg(m_actions)
                .arg(m_replies.size())
                .arg(m_agentCount)
                .arg(m_inbound));
    }

    QStringList teamDigest()
    {
        QStringList lines;
        auto rows = teamExec(m_admin.database(), QStringLiteral(R"(
            SELECT c.customer || '|' ||
                   CASE c.status WHEN 'closed' THEN 'resolved' WHEN 'snoozed' THEN 'snoozed'
                        ELSE 'open' END || '|' || coalesce(c.assignee_id, 0) || '|' ||
                   coalesce((SELECT string_agg(coalesce(m.sid, '-') || ':' || m.direction || ':' ||
                                               m.body || ':' || m.status, ' '
                                               ORDER BY m.sid COLLATE "C")
                             FROM messages m WHERE m.conversation_id = c.id), '') || '|' ||
                   coalesce((SELECT string_agg(n.body, ' ' ORDER BY n.body COLLATE "C")
                             FROM notes n WHERE n.conversation_id = c.id), '') || '|' ||
                   coalesce(ct.name, '')
            FROM conversations c LEFT JOIN contacts ct ON ct.phone = c.customer
            ORDER BY c.customer COLLATE "C")"));
        while (rows && rows->next())
            lines << rows->value(0).toString();
        return lines;
    }

    static QStringList cacheDigest(Database &cache)
    {
        return test::rows(cache, QStringLiteral(R"(
            SELECT ct.e164 || '|' || v.status || '|' || coalesce(v.assignee_id, 0) || '|' ||
                   coalesce((SELECT group_concat(x, ' ') FROM (
                       SELECT coalesce(m.sid, '-') || ':' || m.direction || ':' || m.body || ':' ||
                              m.status AS x
                       FROM messages m WHERE m.conversation_id = v.id AND m.direction <> 'note'
                       ORDER BY m.sid)), '') || '|' ||
                   coalesce((SELECT group_concat(b, ' ') FROM (
                       SELECT body AS b FROM messages m
                       WHERE m.conversation_id = v.id AND m.direction = 'note' ORDER BY body)),
                            '') || '|' || coalesce(ct.display_name, '')
            FROM conversations v JOIN contacts ct ON ct.id = v.contact_id ORDER BY ct.e164)"));
    }

    static QString firstDifference(const QStringList &a, const QStringList &b)
    {
        for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i))
                return QStringLiteral("team: %1\n    desktop: %2").arg(a.value(i), b.value(i));
        }
        return {};
    }

    int settleAndCompare()
    {
        QElapsedTimer settling;
        settling.start();
        // Every desktop's queue empty (its changes in PostgreSQL), every reply sent.
        const auto queuesEmpty = [this] {
            for (auto &desk : m_desks) {
                const QStringList left = test::rows(
                    *desk->reader,
                    QStringLiteral("SELECT (SELECT count(*) FROM team_pushes) + (SELECT count(*) "
                                   "FROM outbox WHERE state IN ('waiting', 'submitting', "
                                   "'uncertain'))"));
                if (left.value(0).toInt() != 0)
                    return false;
            }
            return scalar(QStringLiteral("SELECT count(*) FROM team_outbox WHERE state IN "
                                         "('queued', 'taken')"))
                == 0;
        };
        const bool settled
            = QTest::qWaitFor(queuesEmpty, m_durationMs < 120'000 ? 60'000 : 300'000);
        const double settleS = settling.elapsed() / 1000.0;
        QStringList team;
        int differing = 0;
        QString example;
        // Then the replicas: equal to the store once the last notifications were read.
        const bool equal = QTest::qWaitFor(
            [&] {
                team = teamDigest();
                differing = 0;
                for (auto &desk : m_desks) {
                    const QStringList mine = cacheDigest(*desk->reader);
                    if (mine != team) {
                        ++differing;
                        example
                            = desk->name + QStringLiteral(":\n    ") + firstDifference(team, mine);
                    }
                }
                return differing == 0;
            },
            m_durationMs < 120'000 ? 20'000 : 120'000);
        const double convergeS = settling.elapsed() / 1000.0;

        // Replies: each once in the store, sent, and each once at the provider.
        const qint64 stored = scalar(
            QStringLiteral("SELECT count(DISTINCT body) FROM team_outbox WHERE body LIKE 'r-%'"));
        const qint64 storedRows
            = scalar(QStringLiteral("SELECT count(*) FROM team_outbox WHERE body LIKE 'r-%'"));
        const qint64 sent = scalar(QStringLiteral(
            "SELECT count(*) FROM team_outbox WHERE body LIKE 'r-%' AND state = 'sent'"));
        const qint64 failed = scalar(QStringLiteral(
            "SELECT count(*) FROM team_outbox WHERE body LIKE 'r-%' AND state = 'failed'"));
        const qint64 publishedTwice = scalar(QStringLiteral(
            "SELECT count(*) FROM (SELECT body FROM messages WHERE body LIKE 'r-%' GROUP BY body "
            "HAVING count(*) > 1) twice"));
        const int atProvider = m_sim.stats()
                                   .value(QLatin1String("direction"))
                                   .toObject()
                                   .value(QLatin1String("outbound-api"))
                                   .toInt();
        int overruled = 0;
        for (auto &desk : m_desks)
            overruled += desk->overruled;
        say(QStringLiteral("queues empty after %1 s (%2); replicas %3 after %4 s")
                .arg(settleS, 0, 'f', 1)
                .arg(settled ? QStringLiteral("yes") : QStringLiteral("NO"))
                .arg(equal
                         ? QStringLiteral("all identical to PostgreSQL")
                         : QStringLiteral("%1 of %2 DIFFERENT").arg(differing).arg(m_desks.size()))
                .arg(convergeS, 0, 'f', 1));
        if (!equal)
            say(QStringLiteral("  e.g. ") + example);
        if (!settled) {
            auto states = teamExec(m_admin.database(),
                                   QStringLiteral("SELECT state || ': ' || count(*) || ' (ids ' || "
                                                  "string_agg(id::text, ',') || ')' FROM "
                                                  "team_outbox GROUP BY state"));
            while (states && states->next())
                say(QStringLiteral("  team_outbox ") + states->value(0).toString());
            say(QStringLiteral("  the gateway said:\n") + m_gatewayLog.right(3000));
        }
        say(QStringLiteral("replies: %1 written, %2 in the team outbox (%3 rows), %4 sent, %5 "
                           "failed, %6 published twice, %7 accepted by the provider; refused "
                           "before queueing: %8%9")
                .arg(m_replies.size())
                .arg(stored)
                .arg(storedRows)
                .arg(sent)
                .arg(failed)
                .arg(publishedTwice)
                .arg(atProvider)
                .arg(m_refused)
                .arg(m_lastRefusal.isEmpty()
                         ? QString()
                         : QStringLiteral(" (") + m_lastRefusal + QLatin1Char(')')));
        say(QStringLiteral("assignments the store decided otherwise (told to the agent): %1; "
                           "gateway restarts: %2")
                .arg(overruled)
                .arg(m_gatewayRestarts));
        const bool repliesOk = stored == m_replies.size() - m_refused && storedRows == stored
            && sent == stored && publishedTwice == 0 && atProvider == sent;
        for (auto &desk : m_desks) {
            QThread *thread = desk->worker->thread();
            QMetaObject::invokeMethod(desk->worker, &engine::SyncWorker::stop,
                                      Qt::QueuedConnection);
            thread->wait(20'000);
            desk->reader.reset();
        }
        m_shuttingDown = true;
        m_gateway.terminate();
        m_gateway.waitForFinished(10'000);
        return settled && equal && repliesOk ? 0 : 1;
    }

    static constexpr int kCustomers = 100;
    static constexpr int kActionEveryMs = 5000; // each agent acts every 2.5–7.5 s
    static constexpr int kCustomerEveryMs = 1000;

    int m_agentCount;
    qint64 m_durationMs;
    qint64 m_outageMs;
    test::PostgresServer m_server;
    TeamConnection m_admin;
    test::SimHarness m_sim;
    QTemporaryDir m_dir;
    QProcess m_gateway;
    QString m_gatewayLog;
    QObject m_main; // the context of what the desktops' threads report
    bool m_shuttingDown = false;
    int m_gatewayRestarts = 0;
    QStringList m_customers;
    std::vector<std::unique_ptr<Desk>> m_desks;
    QStringList m_replies;
    int m_actions = 0;
    int m_inbound = 0;
    int m_refused = 0;
    QString m_lastRefusal;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("A small run."));
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents."),
                                          QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                           QStringLiteral("How long they work."),
                                           QStringLiteral("M"), QStringLiteral("10"));
    parser.addOptions({ smoke, agentsOption, minutesOption });
    parser.addHelpOption();
    parser.process(app);
    const bool small = parser.isSet(smoke);
    Soak soak(small ? 4 : parser.value(agentsOption).toInt(),
              small ? 40.0 / 60 : parser.value(minutesOption).toDouble());
    return soak.run();
}
