// The kill test: the shipped `textdesk sync` and `textdesk send` killed with SIGKILL at random
// points (startup, mid-page, mid-commit, mid-submit, mid-reconcile), restarted each time, against
// the simulator over real loopback HTTP. Afterwards the cache equals the provider, the provider
// received every outbox message exactly once and in order, nothing is lost, and SQLite finds the
// file sound.
//
// Kills per loop: at least 60 (the send loop goes on until ten kills have hit a run with a
// reconcile to do). TEXTDESK_KILL_SOAK=N runs N in total, half in each loop. TEXTDESK_KILL_SEED=S
// changes the seed of the delays and the traffic (the timing of a child is the machine's).
#include "SimHarness.h"
#include "Simulator.h"
#include "TestWorkspace.h"
#include "storage/ConversationSummaries.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkReply>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>

using namespace textdesk;
using namespace textdesk::provider;
using textdesk::test::SimHarness;
using textdesk::test::waitFor;

namespace {

const QString kSyncWorkspace = QStringLiteral("sync-ws");
const QString kSendWorkspace = QStringLiteral("send-ws");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Kills per loop.
int killsPerLoop()
{
    return std::max(60, envInt("TEXTDESK_KILL_SOAK", 0) / 2);
}

quint32 seed()
{
    return quint32(envInt("TEXTDESK_KILL_SEED", 20240607));
}

QString customer(int i)
{
    return QStringLiteral("+1415555%1").arg(3100 + i, 4, 10, QLatin1Char('0'));
}

struct Run
{
    bool killed = false; // SIGKILLed by us while it ran
    bool finished = false; // exited on its own (exitCode is valid)
    int exitCode = -1;
    qint64 ms = 0;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("killed %1, exit %2 after %3 ms\nstdout: %4\nstderr: %5")
            .arg(killed)
            .arg(exitCode)
            .arg(ms)
            .arg(out, err);
    }
};

// Starts textdesk and, if killAfterMs >= 0, SIGKILLs it that long after the start unless it has
// exited by then. This process's event loop runs meanwhile: the in-process simulator answers.
Run runTextdesk(const QStringList &arguments, int killAfterMs = -1,
                const QByteArray &stdinText = {})
{
    QProcess process;
    QProcessEnvironment env = test::childEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("TEXTDESK_AUTH_TOKEN"), QLatin1String(SimHarness::kAuthToken));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(TEXTDESK_BINARY), arguments);
    process.write(stdinText);
    process.closeWriteChannel();
    const bool exited = finished.wait(killAfterMs >= 0 ? std::max(1, killAfterMs) : 120000);
    if (!exited) {
        process.kill(); // SIGKILL
        if (!finished.wait(10000))
            run.err = QStringLiteral("did not die");
    }
    run.ms = clock.elapsed();
    if (process.exitStatus() == QProcess::CrashExit) {
        run.killed = !exited && killAfterMs >= 0; // otherwise: it crashed by itself
    } else {
        run.finished = true;
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

// When to kill a child: one time in five before `readyMs` (startup: before it can have done
// anything), otherwise uniformly over readyMs + 1.2 times the work a whole run did last time, so
// most runs are killed, some finish, and the kills spread over requests, writes and commits.
int killDelay(QRandomGenerator &random, qint64 readyMs, qint64 workMs)
{
    if (random.bounded(5) == 0)
        return int(random.bounded(int(std::max<qint64>(readyMs, 1))));
    return int(readyMs + random.bounded(int(workMs * 6 / 5) + 1));
}

// A look at the cache between two kills, the way nobody else would disturb it: read-only, so it
// neither recovers nor checkpoints the dead process's WAL on close (the next child finds the
// files exactly as the kill left them).
class Peek
{
public:
    explicit Peek(const QString &path)
        : m_name(QStringLiteral("peek-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = QFileInfo::exists(path) && db.open();
    }
    ~Peek()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    // One line a row, fields joined by '|'; "error: …" if the query fails.
    QStringList rows(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            return { QStringLiteral("error: ") + query.lastError().text() };
        QStringList lines;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            lines << fields.join(u'|');
        }
        return lines;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

// Every message the provider has, newest first.
QList<ProviderMessage> providerMessages(Provider *client, const MessageQuery &query = {})
{
    QList<ProviderMessage> all;
    MessageQuery q = query;
    q.pageSize = 1000;
    MessagePageJob *job = client->listMessages(q);
    while (job) {
        if (!waitFor(job) || !job->succeeded()) {
            qWarning() << "listing failed" << job->error().details();
            ProviderMessage failed;
            failed.sid = QStringLiteral("listing failed");
            return { failed };
        }
        all += job->page.messages;
        job->deleteLater();
        job = job->page.nextPageUri.isEmpty() ? nullptr : client->nextPage(job->page.nextPageUri);
    }
    return all;
}

QString stateLine(const QString &sid, const QString &direction, const QString &body,
                  const QString &status)
{
    return QStringList { sid, direction, body, status }.join(u'|');
}

// The checks every loop ends with, on the cache as the last child left it: SQLite's own checks,
// the full-text index, no SID twice, and conversations whose denormalised columns match a
// recomputation from their messages.
void verifyCacheIsSound(const QString &cachePath)
{
    auto db = Database::open(cachePath, Database::Role::Writer);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().details()));
    Database &d = **db;
    QCOMPARE(test::rows(d, QStringLiteral("PRAGMA integrity_check")),
             QStringList { QStringLiteral("ok") });
    QCOMPARE(test::foreignKeyViolations(d), QStringList());
    QVERIFY(test::checkFullTextIndex(d, QStringLiteral("message_fts")));
    QVERIFY(test::checkFullTextIndex(d, QStringLiteral("contact_fts")));
    QCOMPARE(test::rows(d,
                        QStringLiteral("SELECT sid FROM messages WHERE sid IS NOT NULL AND sid <> "
                                       "'' GROUP BY sid HAVING count(*) > 1")),
             QStringList());
    QCOMPARE(test::rows(d,
                        QStringLiteral("SELECT client_id FROM messages WHERE client_id IS NOT "
                                       "NULL AND client_id <> '' GROUP BY client_id HAVING "
                                       "count(*) > 1")),
             QStringList());
    // The conversations' denormalised columns, recomputed from their messages, come out the
    // same: a pull writes newest first, and each page recomputes what it touched.
    const QString conversations = QStringLiteral(
        "SELECT id, message_count, unread_count, last_activity_at, last_message_id, "
        "last_message_preview, last_message_direction, waiting_since, first_inbound_at, "
        "first_response_at FROM conversations ORDER BY id");
    const QStringList kept = test::rows(d, conversations);
    QSet<qint64> ids;
    for (const QString &id : test::rows(d, QStringLiteral("SELECT id FROM conversations")))
        ids.insert(id.toLongLong());
    QVERIFY(ConversationSummaries::recompute(d, ids));
    QCOMPARE(test::rows(d, conversations), kept);
}

} // namespace

class TestKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_totalKills = 0;

    QString workspace(const QString &name) const { return m_dir.filePath(name); }
    QString cachePath(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral("/cache.sqlite"));
    }

    void configure(const QString &ws, const QUrl &baseUrl)
    {
        const Run run
            = runTextdesk({ QStringLiteral("configure"), QStringLiteral("--workspace"), ws,
                            QStringLiteral("--account-sid"), QLatin1String(SimHarness::kAccountSid),
                            QStringLiteral("--base-url"), baseUrl.toString() });
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    }

    // An inbound message through the simulator's admin API (loopback only).
    bool injectInbound(const QUrl &baseUrl, const QString &from, const QString &to,
                       const QString &body)
    {
        QUrl url = baseUrl;
        url.setPath(QStringLiteral("/sim/inbound"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QJsonObject payload { { QStringLiteral("from"), from },
                                    { QStringLiteral("to"), to },
                                    { QStringLiteral("body"), body } };
        QNetworkReply *reply
            = m_network.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(5000)
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2;
        reply->deleteLater();
        return ok;
    }

    // How long a child takes to start and give up at once (no provider in that workspace):
    // a kill before that cannot have found any work begun.
    qint64 startupMs()
    {
        QTemporaryDir empty;
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            const Run run = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"),
                                          empty.path(), QStringLiteral("--once") });
            best = std::min(best, run.ms);
        }
        return best;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        qInfo("kills in this run: %d", m_totalKills);
        QVERIFY(m_totalKills >= 100);
    }

    // `textdesk sync --once --page-size 50` killed again and again through a first sync of a few
    // thousand messages and the passes after it, while customers write and our other agents'
    // messages change status at the provider.
    void syncKilledAtRandom()
    {
        const int kills = killsPerLoop();
        QRandomGenerator random(seed());
        sim::SimulatorOptions options;
        options.accountSid = QLatin1String(SimHarness::kAccountSid);
        options.authToken = QLatin1String(SimHarness::kAuthToken);
        options.scenario = QStringLiteral("empty");
        options.seed = seed();
        options.history = 16000; // over 182 days; the default 90-day horizon takes about half
        options.statusStepMs = 150; // statuses move on between two children
        options.failureRate = 0.1;
        options.tickMs = 0;
        sim::Simulator simulator(options);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        provider::ProviderConfig config;
        config.baseUrl = simulator.baseUrl();
        config.credentials.accountSid = QLatin1String(SimHarness::kAccountSid);
        config.credentials.secret = SimHarness::kAuthToken;
        config.retry = SimHarness::fastRetry(3, 5000);
        TwilioClient client(&m_network, config);
        NumberListJob *numbers = client.listNumbers();
        QVERIFY(waitFor(numbers) && numbers->succeeded() && !numbers->numbers.isEmpty());
        const QString ourNumber = numbers->numbers.first().phoneNumber;

        const QString ws = workspace(kSyncWorkspace);
        configure(ws, simulator.baseUrl());
        if (QTest::currentTestFailed())
            return;
        const QString cache = cachePath(kSyncWorkspace);
        const qint64 horizonStart = QDateTime::currentMSecsSinceEpoch() - 90LL * 24 * 3600'000;
        const QStringList syncArgs
            = { QStringLiteral("sync"),   QStringLiteral("--workspace"), ws,
                QStringLiteral("--once"), QStringLiteral("--page-size"), QStringLiteral("50") };
        const qint64 startup = startupMs();
        qint64 workMs = 600; // a guess for the first sync until a run finishes
        const int injectMax = std::max(2, 3200 / kills);
        qint64 injectMs = 0;

        QElapsedTimer clock;
        clock.start();
        int killed = 0, completed = 0, afterAPage = 0, midPass = 0, inStartup = 0;
        int round = 0;
        QStringList integrity;
        while (killed < kills) {
            ++round;
            // New traffic: customers writing, and our other agents sending (statuses to follow).
            QElapsedTimer injecting;
            injecting.start();
            const int inbound = int(random.bounded(injectMax + 1));
            for (int i = 0; i < inbound; ++i) {
                QVERIFY(injectInbound(simulator.baseUrl(), customer(int(random.bounded(40))),
                                      ourNumber,
                                      QStringLiteral("round %1 question %2").arg(round).arg(i)));
            }
            if (random.bounded(3) == 0) {
                OutgoingMessage out;
                out.to = customer(int(random.bounded(40)));
                out.from = ourNumber;
                out.body = QStringLiteral("round %1 answer").arg(round);
                MessageJob *sent = client.send(out);
                QVERIFY(waitFor(sent) && sent->succeeded());
                sent->deleteLater();
            }

            injectMs += injecting.elapsed();
            const int delay = killDelay(random, startup, workMs);
            const Run run = runTextdesk(syncArgs, delay);
            if (!run.killed) {
                QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
                ++completed;
                workMs = std::max<qint64>(run.ms - startup, 50);
                continue;
            }
            ++killed;
            // "page N" is printed after page N's commit: this run had committed pages.
            const int pages = int(run.err.count(QLatin1String("page ")));
            if (pages > 0)
                ++afterAPage;
            if (run.ms < startup)
                ++inStartup;
            Peek peek(cache);
            QVERIFY(peek.isOpen());
            if (!peek.rows(QStringLiteral("SELECT 1 FROM sync_cursors WHERE name = 'pull.pass'"))
                     .isEmpty()) {
                ++midPass; // the kill left a pass to resume
            }
            if (killed % 10 == 0) {
                integrity = peek.rows(QStringLiteral("PRAGMA integrity_check"));
                QCOMPARE(integrity, QStringList { QStringLiteral("ok") });
            }
        }
        m_totalKills += killed;
        const qint64 loopMs = clock.elapsed();

        // One run to the end, then one more once every status is final.
        Run last = runTextdesk(syncArgs);
        QVERIFY2(last.finished && last.exitCode == 0, qPrintable(last.describe()));
        simulator.settle();
        last = runTextdesk(syncArgs);
        QVERIFY2(last.finished && last.exitCode == 0, qPrintable(last.describe()));

        qInfo("sync: %d kills (%d after the run committed a page, %d leaving a pass to resume, "
              "%d during startup < %lld ms), %d runs ended on their own, %d rounds, %lld ms (%lld "
              "injecting)",
              killed, afterAPage, midPass, inStartup, startup, completed, round, loopMs, injectMs);
        // Mid-work, not only startup: at least a quarter after the run committed a page, at
        // most half during startup.
        QVERIFY2(afterAPage * 4 >= killed && inStartup * 2 <= killed, "too few kills mid-work");

        // The cache equals the provider: each cached message as the provider has it, and every
        // message of the horizon cached (the first pass started after horizonStart).
        const QList<ProviderMessage> all = providerMessages(&client);
        QHash<QString, QString> atProvider;
        QStringList expected;
        for (const ProviderMessage &m : all) {
            const QString line = stateLine(
                m.sid, m.isInbound() ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                m.body, m.status);
            atProvider.insert(m.sid, line);
            if (m.dateCreatedMs >= horizonStart + 60'000)
                expected << line;
        }
        QVERIFY(expected.size() > 6000);
        auto db = Database::open(cache, Database::Role::Reader);
        QVERIFY(db);
        const QStringList cached = test::rows(
            **db,
            QStringLiteral(
                "SELECT sid || '|' || direction || '|' || body || '|' || status FROM messages"));
        QSet<QString> cachedSet(cached.cbegin(), cached.cend());
        for (const QString &line : cached) {
            const QString sid = line.section(u'|', 0, 0);
            QVERIFY2(
                atProvider.value(sid) == line,
                qPrintable(
                    QStringLiteral("cache: %1\nprovider: %2").arg(line, atProvider.value(sid))));
        }
        QStringList missing;
        for (const QString &line : std::as_const(expected)) {
            if (!cachedSet.contains(line))
                missing << line;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 messages missing, e.g. %2")
                                .arg(missing.size())
                                .arg(missing.value(0))));
        db->reset();
        verifyCacheIsSound(cache);
    }

    // `textdesk send --wait 5` of distinct messages to 40 customers, each child killed at a
    // random point (enqueue, submit, reconcile of what an earlier child left uncertain, waiting
    // its turn); then one `textdesk sync --once` finishes what is left in the outbox.
    void sendKilledAtRandom()
    {
        const int kills = killsPerLoop();
        QRandomGenerator random(seed() + 1);
        SimHarness sim(QStringLiteral("empty"), seed(), /*statusStepMs*/ 50);
        QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
        QVERIFY(!sim.ourNumber().isEmpty());
        TwilioClient *client = sim.client(SimHarness::fastRetry(3, 5000));
        const QString ws = workspace(kSendWorkspace);
        configure(ws, sim.baseUrl());
        if (QTest::currentTestFailed())
            return;
        const QString cache = cachePath(kSendWorkspace);
        // Half the creates answer 120 ms late (processed at once): the window between "the
        // provider has it" and "the outbox knows" is wide enough for kills to land in. Half the
        // lists (a reconcile's, a pull's) 100 ms late, likewise.
        sim.fault({ { QStringLiteral("endpoint"), QStringLiteral("messages.create") },
                    { QStringLiteral("kind"), QStringLiteral("latency") },
                    { QStringLiteral("latencyMs"), 120 },
                    { QStringLiteral("rate"), 0.5 } });
        sim.fault({ { QStringLiteral("endpoint"), QStringLiteral("messages.list") },
                    { QStringLiteral("kind"), QStringLiteral("latency") },
                    { QStringLiteral("latencyMs"), 100 },
                    { QStringLiteral("rate"), 0.5 } });
        const qint64 startup = startupMs();
        // Most of a send's time goes to starting up; its work begins with the enqueue. Where
        // that happens is learnt from the kills (the boundary between "not enqueued" and
        // "enqueued"), and the kills are spread over what comes after it.
        qint64 enqueuedMs = startup;
        qint64 workMs = 300; // a guess until a run finishes

        struct Entry
        {
            QString body;
            QString state;
            QString sid;
            qint64 nextAttemptAt = 0;
            qint64 updatedAt = 0;
        };
        // The outbox as the last peek saw it, by body.
        const auto outboxNow = [&cache](QHash<QString, Entry> *outbox) {
            Peek peek(cache);
            if (!peek.isOpen())
                return false;
            const QStringList rows = peek.rows(QStringLiteral(
                "SELECT state, coalesce(provider_sid, ''), coalesce(next_attempt_at, 0), "
                "updated_at, body FROM outbox"));
            if (!rows.isEmpty() && rows.first().startsWith(QLatin1String("error: ")))
                return false;
            outbox->clear();
            for (const QString &row : rows) {
                Entry e;
                e.state = row.section(u'|', 0, 0);
                e.sid = row.section(u'|', 1, 1);
                e.nextAttemptAt = row.section(u'|', 2, 2).toLongLong();
                e.updatedAt = row.section(u'|', 3, 3).toLongLong();
                e.body = row.section(u'|', 4);
                outbox->insert(e.body, e);
            }
            return true;
        };

        QElapsedTimer clock;
        clock.start();
        QHash<QString, Entry> outbox;
        QHash<QString, QString> confirmed; // body → SID printed by a send that finished
        QHash<QString, int> killedAt; // the killed child's own entry: state at the kill
        int killed = 0, finished = 0, attempts = 0, withReconcile = 0, reconcileUnresolved = 0;
        // An entry left in doubt is reconciled 10 s later (the sender's settle time): the loop
        // goes on until ten kills have hit runs with a reconcile to do (at most 45 s).
        const auto enough
            = [&] { return killed >= kills && (withReconcile >= 10 || clock.elapsed() > 45'000); };
        while (!enough()) {
            // A third of the children send a new message; the others are `sync --once`, which
            // runs the outbox too (submits what waits, reconciles what is in doubt) and adds
            // nothing: the outbox drains at the sender's pace while the kills go on.
            const bool sending = random.bounded(3) == 0;
            const QString body
                = QStringLiteral("kill test %1, message %2").arg(seed()).arg(attempts);
            // 40 customers: most conversations get a few messages (sent in order), and one
            // whose oldest entry is in doubt (10 s) holds up only its own.
            const QString to = customer(int(random.bounded(40)));
            // Entries an earlier child left in doubt that this one will reconcile first.
            const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
            QStringList due;
            for (const Entry &e : std::as_const(outbox)) {
                if ((e.state == QLatin1String("uncertain") && e.nextAttemptAt <= startedAt)
                    || (e.state == QLatin1String("submitting")
                        && e.updatedAt + 10'000 <= startedAt)) {
                    due << e.body;
                }
            }
            Run run;
            if (sending) {
                ++attempts;
                run = runTextdesk({ QStringLiteral("send"), QStringLiteral("--workspace"), ws,
                                    QStringLiteral("--to"), to, QStringLiteral("--body"), body,
                                    QStringLiteral("--wait"), QStringLiteral("5") },
                                  killDelay(random, enqueuedMs, workMs));
            } else {
                run = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"), ws,
                                    QStringLiteral("--once"), QStringLiteral("--wait"),
                                    QStringLiteral("5") },
                                  killDelay(random, startup, workMs));
            }
            const QHash<QString, Entry> before = outbox;
            QVERIFY(outboxNow(&outbox));
            // Nothing the outbox once held goes missing, and what was accepted stays so.
            for (const Entry &e : before) {
                QVERIFY2(outbox.contains(e.body), qPrintable(e.body));
                if (e.state == QLatin1String("accepted")) {
                    QCOMPARE(outbox.value(e.body).state, e.state);
                    QCOMPARE(outbox.value(e.body).sid, e.sid);
                }
            }
            if (!run.killed) {
                // Sent (or, its conversation waiting on one in doubt, said to be waiting);
                // drained (or said what still waits).
                QVERIFY2(run.finished
                             && (run.exitCode == 0
                                 || (run.exitCode == 1
                                     && (run.err.contains(QLatin1String("stays in the outbox"))
                                         || run.err.contains(QLatin1String("still waiting"))))),
                         qPrintable(run.describe()));
                if (sending && run.exitCode == 0) {
                    const QString sid = run.out.section(u'(', -1).section(u')', 0, 0);
                    QCOMPARE(outbox.value(body).state, QStringLiteral("accepted"));
                    QCOMPARE(outbox.value(body).sid, sid);
                    confirmed.insert(body, sid);
                }
                ++finished;
                if (sending)
                    workMs = std::clamp<qint64>(run.ms - enqueuedMs, 50, 1000);
                continue;
            }
            ++killed;
            if (sending) {
                const bool enqueued = outbox.contains(body);
                ++killedAt[enqueued ? outbox.value(body).state : QStringLiteral("not enqueued")];
                if (enqueued != (run.ms >= enqueuedMs))
                    enqueuedMs = (enqueuedMs + run.ms) / 2;
            } else {
                ++killedAt[run.ms < startup ? QStringLiteral("sync in startup")
                                            : QStringLiteral("sync at work")];
            }
            if (!due.isEmpty()) {
                ++withReconcile;
                for (const QString &b : std::as_const(due)) {
                    if (outbox.value(b).state == QLatin1String("uncertain")
                        || outbox.value(b).state == QLatin1String("submitting")) {
                        ++reconcileUnresolved;
                        break;
                    }
                }
            }
        }
        m_totalKills += killed;
        const qint64 loopMs = clock.elapsed();

        // One clean run sends what is left (uncertain entries after their settle time).
        QElapsedTimer draining;
        draining.start();
        Run drain = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"), ws,
                                  QStringLiteral("--once"), QStringLiteral("--wait"),
                                  QStringLiteral("120") });
        QVERIFY2(drain.finished && drain.exitCode == 0, qPrintable(drain.describe()));
        const qint64 drainMs = draining.elapsed();
        sim.settle();
        drain = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--once") });
        QVERIFY2(drain.finished && drain.exitCode == 0, qPrintable(drain.describe()));

        QStringList states;
        for (auto it = killedAt.cbegin(); it != killedAt.cend(); ++it)
            states << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        // Mid-work: at least 40% of the kills after a send's enqueue committed or after a
        // sync's startup.
        QVERIFY2((killed - killedAt.value(QStringLiteral("not enqueued"))
                  - killedAt.value(QStringLiteral("sync in startup")))
                         * 5
                     >= killed * 2,
                 qPrintable(states.join(QStringLiteral(", "))));
        states.sort();
        qInfo("send: %d kills (a send's own message at the kill, or the sync: %s; %d in a run with "
              "a reconcile due, "
              "%d of them before it resolved), %d runs ended on their own, %d messages tried, "
              "%lld ms, then %lld ms to send what was left",
              killed, qPrintable(states.join(QStringLiteral(", "))), withReconcile,
              reconcileUnresolved, finished, attempts, loopMs, drainMs);

        // Exactly once, in order, nothing lost: every outbox entry accepted, its text received
        // once by the provider under the SID the cache has; nothing received that the outbox does
        // not hold; per customer in the order of the outbox.
        QVERIFY(outboxNow(&outbox));
        QVERIFY(outbox.size() >= attempts / 2);
        const QList<ProviderMessage> all = providerMessages(client);
        QHash<QString, int> received;
        QHash<QString, QStringList> orderAtProvider; // customer → bodies, oldest first
        QStringList providerState;
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            QVERIFY(!it->isInbound());
            ++received[it->body];
            orderAtProvider[it->to] << it->body;
            providerState << stateLine(it->sid, QStringLiteral("outbound"), it->body, it->status);
        }
        for (const Entry &e : std::as_const(outbox)) {
            QVERIFY2(e.state == QLatin1String("accepted"), qPrintable(e.state + u' ' + e.body));
            QVERIFY2(received.value(e.body) == 1,
                     qPrintable(QStringLiteral("\"%1\" received %2 times")
                                    .arg(e.body)
                                    .arg(received.value(e.body))));
        }
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            QVERIFY2(outbox.contains(it.key()), qPrintable(it.key()));
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
            QCOMPARE(outbox.value(it.key()).sid, it.value());

        auto db = Database::open(cache, Database::Role::Reader);
        QVERIFY(db);
        for (auto it = orderAtProvider.cbegin(); it != orderAtProvider.cend(); ++it) {
            QCOMPARE(test::rows(**db,
                                QStringLiteral("SELECT body FROM outbox WHERE to_e164 = '%1' "
                                               "ORDER BY id")
                                    .arg(it.key())),
                     it.value());
        }
        // The cache equals the provider: SID, direction, text and status of every message.
        QStringList cached = test::rows(
            **db,
            QStringLiteral(
                "SELECT sid || '|' || direction || '|' || body || '|' || status FROM messages"));
        cached.sort();
        providerState.sort();
        QCOMPARE(cached, providerState);
        db->reset();
        verifyCacheIsSound(cache);
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "TestKill.moc"
