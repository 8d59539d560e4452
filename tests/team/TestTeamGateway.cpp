// `textdesk serve --team` end to end: the shipped binary as the team's gateway between the
// simulator (real loopback HTTP) and a throw-away PostgreSQL. A customer's message reaches the
// team store and reopens its conversation; a desktop's reply queued in team_outbox goes out once
// and is marked sent; a second gateway waits as a standby and takes over when the first is
// killed; a reply the dead gateway may have sent is checked at the provider, not sent twice.
#include "PostgresServer.h"
#include "SimHarness.h"
#include "TextdeskRun.h"
#include "provider/TwilioClient.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace textdesk;
using namespace textdesk::team;
using textdesk::test::Run;
using textdesk::test::SimHarness;

namespace {

const QString kBinary = QStringLiteral(TEXTDESK_BINARY);

bool configure(SimHarness &sim, const QString &workspace)
{
    const Run run = test::runTextdesk(kBinary,
                                      { QStringLiteral("configure"), QStringLiteral("--workspace"),
                                        workspace, QStringLiteral("--account-sid"),
                                        QLatin1String(SimHarness::kAccountSid),
                                        QStringLiteral("--base-url"), sim.baseUrl().toString() },
                                      QByteArray(SimHarness::kAuthToken) + '\n', {});
    if (run.exitCode != 0)
        qWarning().noquote() << run.describe();
    return run.exitCode == 0;
}

// `textdesk serve --team` as a child; its log read as it comes.
class Gateway
{
public:
    Gateway(const QString &workspace, const QString &teamUrl)
    {
        m_process.setProcessEnvironment(test::textdeskEnvironment(SimHarness::kAuthToken));
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_log += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(kBinary,
                        { QStringLiteral("serve"), QStringLiteral("--workspace"), workspace,
                          QStringLiteral("--team"), teamUrl });
    }
    ~Gateway() { kill(); }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool logged(const QString &text) const { return m_log.contains(text); }
    const QString &log() const { return m_log; }

private:
    QProcess m_process;
    QString m_log;
};

} // namespace

class TestTeamGateway : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    TeamConnection m_admin;

    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        auto q = teamExec(m_admin.database(), sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    QString text(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        auto q = teamExec(m_admin.database(), sql, values);
        return q && q->next() ? q->value(0).toString() : QStringLiteral("(none)");
    }
    // Messages the provider accepted from us (the simulator's count).
    static int sentAtProvider(SimHarness &sim)
    {
        return sim.stats()
            .value(QLatin1String("direction"))
            .toObject()
            .value(QLatin1String("outbound-api"))
            .toInt();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<test::PostgresServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(m_admin.open(*TeamAddress::parse(m_server->adminUrl()), QString()));
        QVERIFY(TeamSchema::migrate(m_admin.database()));
    }

    void theGatewayCarriesMessagesBothWaysAndAStandbyTakesOver()
    {
        SimHarness sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
        QTemporaryDir dir;
        const QString ws1 = dir.filePath(QStringLiteral("gateway1"));
        const QString ws2 = dir.filePath(QStringLiteral("gateway2"));
        QVERIFY(configure(sim, ws1));
        QVERIFY(configure(sim, ws2));

        auto first = std::make_unique<Gateway>(ws1, m_server->adminUrl());
        QTRY_VERIFY2_WITH_TIMEOUT(first->logged(QStringLiteral("active gateway")),
                                  qPrintable(first->log()), 30'000);
        Gateway second(ws2, m_server->adminUrl());
        QTRY_VERIFY2_WITH_TIMEOUT(second.logged(QStringLiteral("standby: another gateway")),
                                  qPrintable(second.log()), 30'000);

        // A customer writes: the message is in the team store, its conversation waiting.
        const QString customer = QStringLiteral("+14155552801");
        sim.injectInbound(customer, QStringLiteral("is my order late?"));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE body "
                                                        "= 'is my order late?' AND direction = "
                                                        "'inbound'")),
                                  1, 30'000);
        const qint64 conversation = scalar(
            QStringLiteral("SELECT id FROM conversations WHERE customer = ?"), { customer });
        QCOMPARE(
            text(QStringLiteral("SELECT status FROM conversations WHERE id = ?"), { conversation }),
            QStringLiteral("waiting"));

        // An agent's desktop queues a reply; the gateway sends it once and marks it sent.
        auto ana = TeamAgents::add(m_admin.database(), QStringLiteral("Ana"), TeamRole::Agent);
        QVERIFY(ana);
        TeamConnection desk;
        QVERIFY(
            desk.open(*TeamAddress::parse(m_server->loginUrl(ana->agent.login)), ana->password));
        QVERIFY(
            teamExec(desk.database(),
                     QStringLiteral("INSERT INTO team_outbox (client_id, conversation_id, body) "
                                    "VALUES ('desk-1', ?, 'It ships today')"),
                     { conversation }));
        QTRY_COMPARE_WITH_TIMEOUT(
            text(QStringLiteral("SELECT state FROM team_outbox WHERE client_id = 'desk-1'")),
            QStringLiteral("sent"), 30'000);
        QCOMPARE(sentAtProvider(sim), 1);
        QVERIFY(!text(QStringLiteral("SELECT message_sid FROM team_outbox WHERE client_id = "
                                     "'desk-1'"))
                     .isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE client_id = 'desk-1'")),
                 1);

        // The first gateway dies. One reply it had taken may have reached the provider: it did.
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("INSERT INTO team_outbox (client_id, conversation_id, "
                                        "agent_id, body, state) VALUES ('desk-2', ?, ?, 'Sent "
                                        "before the crash', 'taken')"),
                         { conversation, ana->agent.id }));
        first->kill();
        QElapsedTimer failover;
        failover.start();
        provider::OutgoingMessage already;
        already.to = customer;
        already.from = sim.ourNumber();
        already.body = QStringLiteral("Sent before the crash");
        provider::MessageJob *job = sim.client()->send(already);
        QSignalSpy done(job, &provider::ProviderJob::finished);
        QVERIFY(done.wait(10'000));

        QTRY_VERIFY2_WITH_TIMEOUT(second.logged(QStringLiteral("active gateway")),
                                  qPrintable(second.log()), 10'000);
        qInfo("standby took over %lld ms after the first gateway was killed", failover.elapsed());

        // The new gateway sends new replies once, and the one the dead one sent not again.
        QVERIFY(
            teamExec(desk.database(),
                     QStringLiteral("INSERT INTO team_outbox (client_id, conversation_id, body) "
                                    "VALUES ('desk-3', ?, 'After the failover')"),
                     { conversation }));
        QTRY_COMPARE_WITH_TIMEOUT(
            text(QStringLiteral("SELECT state FROM team_outbox WHERE client_id = 'desk-3'")),
            QStringLiteral("sent"), 30'000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            text(QStringLiteral("SELECT state FROM team_outbox WHERE client_id = 'desk-2'"))
                == QLatin1String("sent"),
            qPrintable(second.log()), 30'000);
        // desk-1, the one sent "before the crash", desk-3: three, none twice.
        QCOMPARE(sentAtProvider(sim), 3);
    }

    void cleanupTestCase()
    {
        m_admin.close();
        m_server.reset();
    }
};

QTEST_MAIN(TestTeamGateway)
#include "TestTeamGateway.moc"
