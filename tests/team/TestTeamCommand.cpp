// `textdesk team init|add-agent|agents`: the shipped binary against a throw-away PostgreSQL, as an
// administrator runs it. The password goes on standard input (never an argument, never in the
// URL), the login it prints works, a second init changes nothing, and mistakes get words.
#include "PostgresServer.h"
#include "TextdeskRun.h"
#include "team/TeamAddress.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace textdesk;
using namespace textdesk::team;
using textdesk::test::Run;

namespace {
const QString kBinary = QStringLiteral(TEXTDESK_BINARY);

Run runTeam(const QStringList &arguments, const QByteArray &stdinText = {})
{
    return test::runTextdesk(kBinary, QStringList { QStringLiteral("team") } + arguments,
                             stdinText);
}
} // namespace

class TestTeamCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QString m_anaPassword;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<test::PostgresServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
    }

    void anAdministratorSetsUpATeam()
    {
        const QString admin = m_server->adminUrl();
        const Run before
            = runTeam({ QStringLiteral("agents"), QStringLiteral("--database"), admin });
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.err.contains(QLatin1String("textdesk team init")),
                 qPrintable(before.describe()));

        const Run init = runTeam({ QStringLiteral("init"), QStringLiteral("--database"), admin });
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        QVERIFY2(init.out.contains(
                     QStringLiteral("schema version %1").arg(team::TeamSchema::supportedVersion())),
                 qPrintable(init.describe()));
        const Run again = runTeam({ QStringLiteral("init"), QStringLiteral("--database"), admin });
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));

        const Run added = runTeam({ QStringLiteral("add-agent"), QStringLiteral("Ana"),
                                    QStringLiteral("López"), QStringLiteral("--role"),
                                    QStringLiteral("lead"), QStringLiteral("--database"), admin });
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QVERIFY(added.out.contains(QLatin1String("ana_lopez")));
        const QRegularExpressionMatch password
            = QRegularExpression(QStringLiteral("^  ([A-Za-z0-9]{20})$"),
                                 QRegularExpression::MultilineOption)
                  .match(added.out);
        QVERIFY2(password.hasMatch(), qPrintable(added.out));
        m_anaPassword = password.captured(1);

        // The printed password is the login's: the agent lists the team with it, on stdin.
        const Run listed = runTeam({ QStringLiteral("agents"), QStringLiteral("--database"),
                                     m_server->loginUrl(QStringLiteral("ana_lopez")),
                                     QStringLiteral("--password-stdin") },
                                   password.captured(1).toUtf8() + '\n');
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QVERIFY2(listed.out.contains(QStringLiteral("Ana López (lead, login ana_lopez): 0 open "
                                                    "conversations")),
                 qPrintable(listed.describe()));
        // In the terminal's language, plurals included.
        QProcess german;
        QProcessEnvironment env = test::textdeskEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        german.setProcessEnvironment(env);
        german.start(kBinary,
                     { QStringLiteral("team"), QStringLiteral("agents"),
                       QStringLiteral("--database"), admin });
        QVERIFY(german.waitForFinished(30'000));
        QCOMPARE(QString::fromUtf8(german.readAllStandardOutput()).trimmed(),
                 QStringLiteral("Ana López (lead, Anmeldung ana_lopez): 0 offene Unterhaltungen"));

        // A wrong one is refused in words.
        const Run wrong = runTeam({ QStringLiteral("agents"), QStringLiteral("--database"),
                                    m_server->loginUrl(QStringLiteral("ana_lopez")),
                                    QStringLiteral("--password-stdin") },
                                  "not-the-password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("refused the login")),
                 qPrintable(wrong.describe()));
        QVERIFY(!wrong.err.contains(QLatin1String("not-the-password")));

        // A lead may not add agents: PostgreSQL says no, Textdesk says why.
        const Run notAllowed = runTeam(
            { QStringLiteral("add-agent"), QStringLiteral("Bo"), QStringLiteral("--database"),
              m_server->loginUrl(QStringLiteral("ana_lopez")), QStringLiteral("--password-stdin") },
            password.captured(1).toUtf8() + '\n');
        QCOMPARE(notAllowed.exitCode, 1);
        QVERIFY2(notAllowed.err.contains(QLatin1String("may not")),
                 qPrintable(notAllowed.describe()));
    }

    // `configure --team`: the agent's own login (made from their name), checked before the
    // workspace is written; the password is nowhere in it.
    void anAgentMakesTheirDesktopATeamDesktop()
    {
        QVERIFY(!m_anaPassword.isEmpty());
        QTemporaryDir workspace;
        const QString url = QStringLiteral("postgresql://127.0.0.1:%1/team").arg(m_server->port());
        const Run joined = test::runTextdesk(
            kBinary,
            { QStringLiteral("configure"), QStringLiteral("--workspace"), workspace.path(),
              QStringLiteral("--team"), url, QStringLiteral("--agent"), QStringLiteral("Ana López"),
              QStringLiteral("--password-stdin") },
            m_anaPassword.toUtf8() + '\n');
        QVERIFY2(joined.exitCode == 0, qPrintable(joined.describe()));
        QFile ini(workspace.filePath(QStringLiteral("workspace.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ini.readAll());
        QVERIFY2(text.contains(QStringLiteral("ana_lopez@127.0.0.1")), qPrintable(text));
        QVERIFY(!text.contains(m_anaPassword));
        QSettings settings(ini.fileName(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("agent/name")).toString(),
                 QStringLiteral("Ana López"));

        // Someone else's name with Ana's login, or a wrong password: refused, nothing written.
        QTemporaryDir other;
        const Run wrongAgent = test::runTextdesk(
            kBinary,
            { QStringLiteral("configure"), QStringLiteral("--workspace"), other.path(),
              QStringLiteral("--team"), m_server->loginUrl(QStringLiteral("ana_lopez")),
              QStringLiteral("--agent"), QStringLiteral("Bo"), QStringLiteral("--password-stdin") },
            m_anaPassword.toUtf8() + '\n');
        QCOMPARE(wrongAgent.exitCode, 1);
        QVERIFY2(wrongAgent.err.contains(QLatin1String("not Bo's")),
                 qPrintable(wrongAgent.describe()));
        const Run wrongPassword = test::runTextdesk(
            kBinary,
            { QStringLiteral("configure"), QStringLiteral("--workspace"), other.path(),
              QStringLiteral("--team"), url, QStringLiteral("--agent"), QStringLiteral("Ana López"),
              QStringLiteral("--password-stdin") },
            "not-the-password\n");
        QCOMPARE(wrongPassword.exitCode, 1);
        QVERIFY(wrongPassword.err.contains(QLatin1String("refused the login")));
        QVERIFY(!QFile::exists(other.filePath(QStringLiteral("workspace.ini"))));
    }

    void mistakesAreSaidBeforeAnythingHappens()
    {
        const Run withPassword
            = runTeam({ QStringLiteral("init"), QStringLiteral("--database"),
                        QStringLiteral("postgresql://ana:hunter2@127.0.0.1/team") });
        QCOMPARE(withPassword.exitCode, 1);
        QVERIFY(withPassword.err.contains(QLatin1String("contains a password")));
        QVERIFY(!withPassword.err.contains(QLatin1String("hunter2")));

        const Run badRole = runTeam({ QStringLiteral("add-agent"), QStringLiteral("Bo"),
                                      QStringLiteral("--role"), QStringLiteral("boss"),
                                      QStringLiteral("--database"), m_server->adminUrl() });
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(badRole.err.contains(QLatin1String("agent, lead or admin")));

        const Run noAction = runTeam({ QStringLiteral("--database"), m_server->adminUrl() });
        QCOMPARE(noAction.exitCode, 2);
        QVERIFY(noAction.err.contains(QLatin1String("textdesk team init")));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestTeamCommand)
#include "TestTeamCommand.moc"
