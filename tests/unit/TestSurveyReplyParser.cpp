#include "SurveyTable.h"
#include "surveys/SurveyReplyParser.h"

#include <QtCore/QSet>
#include <QtTest/QtTest>

using namespace textdesk::surveys;

// The parser against its table: issue 16's rules, written out case by case in four languages.
class TestSurveyReplyParser : public QObject
{
    Q_OBJECT
private:
    static QList<SurveyCase> allCases()
    {
        QList<SurveyCase> all;
        for (const char *name : { "handwritten.tsv", "generated.tsv" }) {
            QString error;
            all += readSurveyTable(QStringLiteral(TEXTDESK_SURVEY_DATA "/") + QLatin1String(name),
                                   &error);
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
        return all;
    }

private slots:
    void table_data()
    {
        QTest::addColumn<SurveyCase>("c");
        for (const SurveyCase &c : allCases())
            QTest::addRow("%s:%d %s", qPrintable(c.file), c.line, qPrintable(c.text)) << c;
    }

    void table()
    {
        QFETCH(SurveyCase, c);
        const auto kind = kindFromString(c.kind);
        QVERIFY2(kind, qPrintable(c.kind));
        const ParsedReply r = SurveyReplyParser::parse(*kind, c.language, c.text);
        const QString got = r.score ? QString::number(*r.score) : QStringLiteral("-");
        QCOMPARE(got, c.score);
        QCOMPARE(scoreKindToString(r.scoreKind), c.scoreKind);
        QCOMPARE(r.optOut, c.optOut);
        QCOMPARE(r.comment, c.comment);
        QCOMPARE(r.askAgain, c.askAgain);
    }

    // Hundreds of cases, and each language and kind has its share.
    void tableCoversEveryLanguageAndKind()
    {
        const QList<SurveyCase> cases = allCases();
        QVERIFY(cases.size() >= 500);
        QHash<QString, int> perLanguage, perKind;
        for (const SurveyCase &c : cases) {
            ++perLanguage[c.language];
            ++perKind[c.kind];
        }
        for (const char *l : { "en", "de", "es", "fr" })
            QVERIFY2(perLanguage.value(QLatin1String(l)) >= 100, l);
        for (const char *k : { "csat", "nps", "ces", "yesno" })
            QVERIFY2(perKind.value(QLatin1String(k)) >= 20, k);
    }

    // Whatever the text, the parser answers within the scale and never throws: a few thousand
    // mutations of the table's texts.
    void scoresStayOnTheScale()
    {
        const QList<SurveyCase> cases = allCases();
        for (const SurveyCase &c : cases) {
            for (int cut = 0; cut <= c.text.size(); ++cut) {
                for (const char *k : { "csat", "nps", "ces", "yesno" }) {
                    const SurveyKind kind = *kindFromString(QLatin1String(k));
                    const ParsedReply r
                        = SurveyReplyParser::parse(kind, c.language, c.text.left(cut));
                    if (r.score) {
                        QVERIFY(*r.score >= rangeOf(kind).min);
                        QVERIFY(*r.score <= rangeOf(kind).max);
                        QVERIFY(r.scoreKind != ScoreKind::None);
                    }
                    QVERIFY(!(r.optOut && r.score));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSurveyReplyParser)
#include "TestSurveyReplyParser.moc"
