// The survey editor as a team lead uses it: create a survey, fill in the company, see the
// question as the customer reads it with its segment count, edit and save it, turn it off.
#include "TestWorkspace.h"
#include "storage/SurveyStore.h"
#include "surveys/SurveyEditor.h"

#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace textdesk;

class TestSurveyEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createPreviewEditAndTurnOff()
    {
        test::TestCache cache;
        auto writer = cache.open();
        auto reader = cache.open(Database::Role::Reader);
        int writes = 0;
        SurveyEditor editor(*reader, [&](const SurveyEditor::Change &change) {
            ++writes;
            return change(*writer);
        });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        auto *list = editor.findChild<QListWidget *>(QStringLiteral("surveyList"));
        auto *kind = editor.findChild<QComboBox *>(QStringLiteral("newSurveyKind"));
        auto *create = editor.findChild<QPushButton *>(QStringLiteral("createSurvey"));
        auto *company = editor.findChild<QLineEdit *>(QStringLiteral("surveyCompany"));
        auto *question = editor.findChild<QPlainTextEdit *>(QStringLiteral("questionText"));
        auto *preview = editor.findChild<QLabel *>(QStringLiteral("surveyPreview"));
        auto *segments = editor.findChild<QLabel *>(QStringLiteral("surveySegments"));
        auto *problem = editor.findChild<QLabel *>(QStringLiteral("surveyProblem"));
        auto *active = editor.findChild<QCheckBox *>(QStringLiteral("surveyActive"));
        auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveSurvey"));
        auto *language = editor.findChild<QComboBox *>(QStringLiteral("wordingLanguage"));
        QVERIFY(list && kind && create && company && question && preview && segments && problem
                && active && save && language);
        QCOMPARE(list->count(), 0);

        // A new NPS survey, with the built-in wording.
        kind->setCurrentIndex(kind->findData(int(surveys::SurveyKind::Nps)));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(test::rows(*writer, QStringLiteral("SELECT kind, active FROM surveys")),
                 QStringList { QStringLiteral("nps|1") });
        QVERIFY(question->toPlainText().contains(QLatin1String("{{company}}")));
        // Without a company the preview warns that it would not be sent.
        QVERIFY2(problem->text().contains(QLatin1String("company")), qPrintable(problem->text()));

        company->setFocus();
        QTest::keyClicks(company, QStringLiteral("Acme <b>Tools</b>"));
        QVERIFY2(preview->text().startsWith(
                     QLatin1String("How likely is it that you would recommend Acme <b>Tools</b> "
                                   "to a friend or colleague?")),
                 qPrintable(preview->text()));
        QCOMPARE(preview->textFormat(), Qt::PlainText);
        QVERIFY(problem->text().isEmpty());
        QVERIFY2(segments->text().startsWith(QLatin1String("1 segment")),
                 qPrintable(segments->text()));

        // A longer question: 200 GSM-7 characters are two segments (153 each after the first).
        question->setFocus();
        question->selectAll();
        QTest::keyClicks(question, QString(190, QLatin1Char('x')) + QStringLiteral(" 0 to 10?"));
        QVERIFY2(segments->text().startsWith(QLatin1String("2 segment")),
                 qPrintable(segments->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(test::rows(*writer, QStringLiteral("SELECT company FROM surveys"))
                    == QStringList { QStringLiteral("Acme <b>Tools</b>") });
        auto saved = SurveyStore::list(*writer);
        QVERIFY(saved && saved->size() == 1);
        QCOMPARE(saved->first().texts.value(QStringLiteral("en")).question,
                 QString(190, QLatin1Char('x')) + QStringLiteral(" 0 to 10?"));
        // The other languages keep their built-in wording.
        QVERIFY(saved->first()
                    .texts.value(QStringLiteral("de"))
                    .question.contains(QLatin1String("empfehlen")));

        // German wording on screen.
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY2(preview->text().contains(QLatin1String("Acme <b>Tools</b> einem Freund")),
                 qPrintable(preview->text()));

        // Turned off: saved at once, and the list says so.
        QTest::mouseClick(active, Qt::LeftButton);
        QTRY_COMPARE(test::rows(*writer, QStringLiteral("SELECT active FROM surveys")),
                     QStringList { QStringLiteral("0") });
        QVERIFY2(list->item(0)->text().contains(QLatin1String("(off)")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(writes >= 3);
    }
};

QTEST_MAIN(TestSurveyEditor)
#include "TestSurveyEditor.moc"
