#include "TextdeskRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// `textdesk contacts import|export|undo` as an administrator runs them: the shipped binary,
// without a display, on real workspaces.
class TestContactsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static textdesk::test::Run run(const QStringList &arguments)
    {
        return textdesk::test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << name;
        return path(name);
    }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QStringList contacts(const QString &action, const QString &workspace,
                                const QString &file, const QStringList &more = {})
    {
        return QStringList { QStringLiteral("contacts"), action, QStringLiteral("--workspace"),
                             workspace, file }
        + more;
    }

private slots:
    void csvThroughVCardAndBack()
    {
        const QString one = path(QStringLiteral("one"));
        const QString two = path(QStringLiteral("two"));
        const QString csv
            = write(QStringLiteral("people.csv"),
                    "Name;Phone;E-mail;Tags;Notes\r\n"
                    "\"Okafor, Marguerite\";(415) 555-0123;mo@example.com;vip;\"two\r\nlines\"\r\n"
                    "Bo Chen;415 555 0124;;;\r\n");
        const auto imported = run(contacts(QStringLiteral("import"), one, csv,
                                           { QStringLiteral("--region"), QStringLiteral("US") }));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QVERIFY2(imported.out.contains(QLatin1String("Import 1: 2 new")),
                 qPrintable(imported.describe()));

        const QString vcf = path(QStringLiteral("people.vcf"));
        const auto exported
            = run(contacts(QStringLiteral("export"), one, vcf,
                           { QStringLiteral("--vcard-version"), QStringLiteral("3") }));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QVERIFY(read(vcf).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        const auto intoTwo = run(contacts(QStringLiteral("import"), two, vcf));
        QVERIFY2(intoTwo.exitCode == 0, qPrintable(intoTwo.describe()));

        const QString csvOne = path(QStringLiteral("one.csv"));
        const QString csvTwo = path(QStringLiteral("two.csv"));
        QCOMPARE(run(contacts(QStringLiteral("export"), one, csvOne)).exitCode, 0);
        QCOMPARE(run(contacts(QStringLiteral("export"), two, csvTwo,
                              { QStringLiteral("--format"), QStringLiteral("csv") }))
                     .exitCode,
                 0);
        const QByteArray a = read(csvOne);
        QVERIFY2(a.contains("+14155550123,\"Okafor, Marguerite\",,,mo@example.com,,vip,\"two\n"
                            "lines\","),
                 a.constData());
        QCOMPARE(read(csvTwo), a);

        // Undone, the workspace is as before: an export holds the header alone.
        const auto undone = run(contacts(QStringLiteral("undo"), one, QStringLiteral("1")));
        QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
        QCOMPARE(run(contacts(QStringLiteral("export"), one, csvOne)).exitCode, 0);
        QCOMPARE(read(csvOne).count("\r\n"), 1);
    }

    void brokenFileChangesNothing()
    {
        const QString ws = path(QStringLiteral("broken"));
        const QString csv
            = write(QStringLiteral("short.csv"),
                    "name,phone,email\nAnn,4155550125,a@example.com\nBo,4155550126\n");
        const auto r = run(contacts(QStringLiteral("import"), ws, csv,
                                    { QStringLiteral("--region"), QStringLiteral("US") }));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Line 3: 2 fields where the header has 3"))
                     && r.err.contains(QLatin1String("nothing was changed")),
                 qPrintable(r.describe()));
        const QString out = path(QStringLiteral("broken.csv"));
        QCOMPARE(run(contacts(QStringLiteral("export"), ws, out)).exitCode, 0);
        QCOMPARE(read(out).count("\r\n"), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactsCli)
#include "TestContactsCli.moc"
