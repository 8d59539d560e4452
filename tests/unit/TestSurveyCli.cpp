#include "SurveyTable.h"
#include "TextdeskRun.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

// `textdesk survey score` is the parser, as support staff run it: the shipped binary, without a
// display, must agree with the parser's table row by row.
class TestSurveyCli : public QObject
{
    Q_OBJECT
private:
    static textdesk::test::Run runTextdesk(const QStringList &arguments)
    {
        return textdesk::test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), arguments);
    }

private slots:
    // Every row of the table, grouped by kind and language into one run each.
    void agreesWithTheTable()
    {
        QList<SurveyCase> cases;
        for (const char *name : { "handwritten.tsv", "generated.tsv" }) {
            QString error;
            cases += readSurveyTable(QStringLiteral(TEXTDESK_SURVEY_DATA "/") + QLatin1String(name),
                                     &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QMap<QPair<QString, QString>, QList<SurveyCase>> groups;
        for (const SurveyCase &c : cases) {
            if (!c.text.isEmpty()) // an empty argument is no reply to read
                groups[{ c.kind, c.language }] << c;
        }
        int checked = 0;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            QStringList args = { QStringLiteral("survey"),     QStringLiteral("score"),
                                 QStringLiteral("--kind"),     it.key().first,
                                 QStringLiteral("--language"), it.key().second,
                                 QStringLiteral("--") };
            for (const SurveyCase &c : it.value())
                args << c.text;
            const textdesk::test::Run run = runTextdesk(args);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), it.value().size());
            for (int i = 0; i < lines.size(); ++i) {
                const SurveyCase &c = it.value().at(i);
                const QString where
                    = QStringLiteral("%1:%2 %3").arg(c.file).arg(c.line).arg(c.text);
                const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
                const QString score = o.value(QLatin1String("score")).isNull()
                    ? QStringLiteral("-")
                    : QString::number(o.value(QLatin1String("score")).toInt());
                QVERIFY2(score == c.score, qPrintable(where + QStringLiteral(" score ") + score));
                QVERIFY2(o.value(QLatin1String("kind")).toString() == c.scoreKind,
                         qPrintable(where));
                QVERIFY2(o.value(QLatin1String("opt_out")).toBool() == c.optOut, qPrintable(where));
                QVERIFY2(o.value(QLatin1String("comment")).toString() == c.comment,
                         qPrintable(where + QStringLiteral(" comment ")
                                    + o.value(QLatin1String("comment")).toString()));
                ++checked;
            }
        }
        QVERIFY(checked >= 500);
    }

    void badKindIsAUsageError()
    {
        const textdesk::test::Run run = runTextdesk(
            { QStringLiteral("survey"), QStringLiteral("score"), QStringLiteral("--kind"),
              QStringLiteral("stars"), QStringLiteral("5") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("csat, nps, ces or yesno")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void noTextIsAUsageError()
    {
        const textdesk::test::Run run
            = runTextdesk({ QStringLiteral("survey"), QStringLiteral("score"),
                            QStringLiteral("--kind"), QStringLiteral("nps") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSurveyCli)
#include "TestSurveyCli.moc"
