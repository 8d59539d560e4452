// The simulator's customers answer Textdesk's surveys as real ones do, in the language they were
// asked in: digits, number words, keycaps, stars, faces, words, comments, no reply, a late reply
// and STOP — and every answer that carries a score is one the parser reads.
#include "SurveyAnswers.h"
#include "surveys/Survey.h"
#include "surveys/SurveyReplyParser.h"

#include <QtTest/QtTest>

using namespace textdesk;
namespace simsurveys = textdesk::sim::surveys;

class TestSurveyAnswers : public QObject
{
    Q_OBJECT
private slots:
    // The built-in wording of each kind, in each language, is recognised with its language.
    void recognisesTextdesksQuestions()
    {
        using K = surveys::SurveyKind;
        using Q = simsurveys::QuestionKind;
        const QList<QPair<K, Q>> kinds = {
            { K::Csat, Q::Csat }, { K::Nps, Q::Nps }, { K::Ces, Q::Ces }, { K::YesNo, Q::YesNo }
        };
        for (const char *l : { "en", "de", "es", "fr" }) {
            const QString language = QLatin1String(l);
            for (const auto &[kind, expected] : kinds) {
                surveys::Survey s = surveys::SurveyTexts::makeDefault(kind, QStringLiteral("x"));
                s.company = QStringLiteral("Homeware Co");
                const QString question
                    = surveys::SurveyTexts::render(s.wording(language).question, s).text;
                QVERIFY2(simsurveys::classify(question) == expected, qPrintable(question));
                QVERIFY2(simsurveys::languageOf(question) == language, qPrintable(question));
                QCOMPARE(simsurveys::classify(s.wording(language).followup), Q::Followup);
                QCOMPARE(simsurveys::classify(s.wording(language).thanks), Q::Thanks);
                QCOMPARE(simsurveys::classify(surveys::SurveyTexts::askAgain(kind, language)),
                         Q::AskAgain);
            }
        }
        // An agent's ordinary message is no survey.
        QCOMPARE(simsurveys::classify(QStringLiteral("Your order ships on the 5th, around 1pm.")),
                 Q::None);
    }

    void answersAsRealCustomersDo()
    {
        using K = surveys::SurveyKind;
        using Q = simsurveys::QuestionKind;
        const QList<QPair<K, Q>> kinds = {
            { K::Csat, Q::Csat }, { K::Nps, Q::Nps }, { K::Ces, Q::Ces }, { K::YesNo, Q::YesNo }
        };
        for (const char *l : { "en", "de", "es", "fr" }) {
            const QString language = QLatin1String(l);
            for (const auto &[kind, question] : kinds) {
                QRandomGenerator rng(42);
                int silent = 0, stops = 0, late = 0, scored = 0, inferred = 0, comments = 0;
                QSet<QString> texts;
                for (int i = 0; i < 400; ++i) {
                    const simsurveys::SurveyAnswer a
                        = simsurveys::answer(rng, question, language, i % 5 == 0);
                    if (a.texts.isEmpty()) {
                        ++silent;
                        continue;
                    }
                    if (a.delayMs > 24 * 3600 * 1000)
                        ++late;
                    const QString text = a.texts.first();
                    texts.insert(text);
                    const surveys::ParsedReply r
                        = surveys::SurveyReplyParser::parse(kind, language, text);
                    if (r.optOut) {
                        ++stops;
                        continue;
                    }
                    QVERIFY2(r.score, qPrintable(language + QStringLiteral(": ") + text));
                    QVERIFY(*r.score >= surveys::rangeOf(kind).min);
                    QVERIFY(*r.score <= surveys::rangeOf(kind).max);
                    ++scored;
                    inferred += r.scoreKind == surveys::ScoreKind::Inferred;
                    comments += !r.comment.isEmpty() && r.scoreKind == surveys::ScoreKind::Explicit;
                }
                const QString what = language + QLatin1Char(' ') + surveys::kindToString(kind);
                QVERIFY2(silent > 40 && silent < 160, qPrintable(what));
                QVERIFY2(stops > 3, qPrintable(what));
                QVERIFY2(late > 3, qPrintable(what));
                QVERIFY2(scored > 200, qPrintable(what));
                if (kind != K::YesNo) {
                    QVERIFY2(inferred > 5, qPrintable(what));
                    QVERIFY2(comments > 10, qPrintable(what));
                    QVERIFY2(texts.size() > 20, qPrintable(what)); // many ways of writing
                }
            }
        }
    }

    // Seeded: the same generator gives the same answers.
    void deterministic()
    {
        QRandomGenerator a(7), b(7);
        for (int i = 0; i < 50; ++i) {
            const auto x
                = simsurveys::answer(a, simsurveys::QuestionKind::Nps, QStringLiteral("de"), false);
            const auto y
                = simsurveys::answer(b, simsurveys::QuestionKind::Nps, QStringLiteral("de"), false);
            QCOMPARE(x.texts, y.texts);
            QCOMPARE(x.delayMs, y.delayMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestSurveyAnswers)
#include "TestSurveyAnswers.moc"
