#include "training/ReplyAnalysis.h"
#include "training/TrainingRun.h"

#include <QTest>
#include <QtCore/QSet>

using namespace textdesk::training;

// The scenarios shipped in the app load, cover what issue 20 lists, and their own model
// answers, played against their customers, pass.
class TestTrainingScenarios : public QObject
{
    Q_OBJECT
private slots:
    void atLeastTwelveInFourLanguages()
    {
        const QStringList ids = builtinScenarioIds();
        QVERIFY2(ids.size() >= 12, qPrintable(ids.join(QLatin1Char(' '))));
        QSet<QString> languages;
        bool photo = false;
        bool twoAtOnce = false;
        for (const QString &id : ids) {
            QList<ScenarioError> errors;
            const auto s = ScenarioLoader::load(id, &errors);
            QVERIFY2(s,
                     qPrintable(id + QLatin1String(": ")
                                + (errors.isEmpty() ? QString() : errors.first().toString())));
            QCOMPARE(s->id, id);
            for (const Customer &c : s->customers) {
                languages.insert(c.language);
                for (const Line &l : c.opening)
                    photo = photo || l.media == QLatin1String("photo");
            }
            twoAtOnce = twoAtOnce || s->customers.size() > 1;
        }
        QCOMPARE(languages.size(), 4);
        QVERIFY(photo);
        QVERIFY(twoAtOnce);
    }

    void modelAnswerPasses_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : builtinScenarioIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void modelAnswerPasses()
    {
        QFETCH(QString, id);
        QList<ScenarioError> errors;
        const auto s = ScenarioLoader::load(id, &errors);
        QVERIFY(s);
        for (const quint32 seed : { 1u, 2u, 3u }) {
            const RunResult r = playScript(*s, s->modelAnswer, seed, defaultJargon());
            QString missed;
            for (const Check &c : r.score.checks) {
                if (!c.passed)
                    missed += c.id + QLatin1String(": ") + c.explanation + QLatin1Char(' ');
            }
            QVERIFY2(r.score.passed,
                     qPrintable(QStringLiteral("seed %1, score %2: %3")
                                    .arg(seed)
                                    .arg(r.score.score)
                                    .arg(missed)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingScenarios)
#include "TestTrainingScenarios.moc"
