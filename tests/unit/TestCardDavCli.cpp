#include "RadicaleServer.h"
#include "TextdeskRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace textdesk;

// `textdesk contacts carddav sync|conflicts|resolve` as shipped, against a real CardDAV server
// (radicale on loopback): the password only from standard input, https or loopback only, a
// refused password in words, a summary of both sides.
class TestCardDavCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static test::Run run(const QStringList &arguments, const QByteArray &stdinText = {})
    {
        return test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), arguments, stdinText);
    }
    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }
    QStringList carddav(const QString &action, const QStringList &more = {}) const
    {
        return QStringList { QStringLiteral("contacts"), QStringLiteral("carddav"), action,
                             QStringLiteral("--workspace"), workspace() }
        + more;
    }

private slots:
    void syncFromTheCommandLine()
    {
        if (test::RadicaleServer::binary().isEmpty())
            QSKIP("radicale is not installed (apt-get install radicale; dev.sh installs it)");
        test::RadicaleServer server;
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone,email\nAda Lovelace,+1 415 555 0101,ada@example.com\n");
        file.close();
        const auto imported = run({ QStringLiteral("contacts"), QStringLiteral("import"),
                                    QStringLiteral("--workspace"), workspace(), csv });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

        const QString url = server.book().toString();
        const QStringList where = { QStringLiteral("--url"), url, QStringLiteral("--user"),
                                    QLatin1String(test::RadicaleServer::kUser) };
        const QByteArray password = QByteArray(test::RadicaleServer::kPassword) + '\n';

        // Never over plain http to another computer; never without the password on stdin.
        const auto plain = run(
            carddav(QStringLiteral("sync"),
                    { QStringLiteral("--url"), QStringLiteral("http://dav.example.com/alice/book/"),
                      QStringLiteral("--user"), QStringLiteral("alice"),
                      QStringLiteral("--password-stdin") }),
            password);
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(QLatin1String("https://")), qPrintable(plain.describe()));
        const auto noPassword = run(carddav(QStringLiteral("sync"), where));
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.err.contains(QLatin1String("--password-stdin")),
                 qPrintable(noPassword.describe()));

        const auto refused
            = run(carddav(QStringLiteral("sync"),
                          where + QStringList { QStringLiteral("--password-stdin") }),
                  "not the password\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("refused the user name or password")),
                 qPrintable(refused.describe()));

        const auto first = run(carddav(QStringLiteral("sync"),
                                       where + QStringList { QStringLiteral("--password-stdin") }),
                               password);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QLatin1String("Server: 1 added, 0 updated, 0 deleted.")),
                 qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QLatin1String("Conflicts: 0 new, 0 open.")),
                 qPrintable(first.describe()));

        // The URL and user are remembered; the password is not, anywhere in the workspace.
        const auto again = run(
            carddav(QStringLiteral("sync"), { QStringLiteral("--password-stdin") }), password);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.out.contains(QLatin1String("Here: 0 added, 0 updated, 0 deleted. Server: "
                                                  "0 added, 0 updated, 0 deleted.")),
                 qPrintable(again.describe()));
        QFile ini(workspace() + QStringLiteral("/workspace.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains(url.toUtf8()));
        QVERIFY(!settings.contains(test::RadicaleServer::kPassword));

        const auto conflicts = run(carddav(QStringLiteral("conflicts")));
        QVERIFY2(conflicts.exitCode == 0, qPrintable(conflicts.describe()));
        QVERIFY2(conflicts.out.contains(QLatin1String("No open CardDAV conflicts.")),
                 qPrintable(conflicts.describe()));
        const auto unknown = run(
            carddav(QStringLiteral("resolve"),
                    { QStringLiteral("7"), QStringLiteral("--keep"), QStringLiteral("here") }));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no CardDAV conflict number 7")),
                 qPrintable(unknown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCardDavCli)
#include "TestCardDavCli.moc"
