// The rule editor as a team lead uses it (issue 17): a rule made in the dialog is stored and runs
// in the dry run; a bad definition is explained and the typed text kept; the order and the
// "enabled" box are what the store keeps.
#include "TestWorkspace.h"
#include "automation/RuleEditor.h"
#include "storage/RuleStore.h"

#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace textdesk;

class TestRuleEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void newRuleIsStoredAndTried();
    void badDefinitionExplainedAndKept();
    void orderAndEnabledAreStored();
    void unappliedEditsAskFirst();

private:
    template<typename T> T *find(const char *name)
    {
        auto *widget = m_editor->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    QList<RuleRow> stored()
    {
        auto rows = RuleStore::rules(*m_writer);
        return rows ? *rows : QList<RuleRow>();
    }
    QStringList storedNames()
    {
        QStringList names;
        for (const RuleRow &row : stored())
            names << row.name;
        return names;
    }
    void seed(const QString &name, int position, const QString &word);
    QString tryIt(const QString &sample);

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RuleEditor> m_editor;
    int m_writes = 0;
};

void TestRuleEditor::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_writer = m_cache->open();
    m_reader = m_cache->open(Database::Role::Reader);
    QVERIFY(m_writer && m_reader);
    m_dir = std::make_unique<QTemporaryDir>();
    m_writes = 0;
    m_editor = std::make_unique<RuleEditor>(
        *m_reader,
        [this](const ui::Change &change) {
            ++m_writes;
            return change(*m_writer);
        },
        m_dir->filePath(QStringLiteral("workspace.ini")));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestRuleEditor::cleanup()
{
    m_editor.reset();
    m_reader.reset();
    m_writer.reset();
    m_cache.reset();
    m_dir.reset();
}

void TestRuleEditor::seed(const QString &name, int position, const QString &word)
{
    const QString definition
        = QStringLiteral(R"({"name": "%1", "event": "message_received", "conditions": )"
                         R"([{"type": "text_contains", "value": "%2"}], "actions": )"
                         R"([{"type": "reply", "text": "About %2"}]})")
              .arg(name, word);
    QVERIFY(RuleStore::save(*m_writer, { 0, position, name, true, definition }, 1));
}

QString TestRuleEditor::tryIt(const QString &sample)
{
    auto *text = find<QLineEdit>("ruleSample");
    auto *button = find<QPushButton>("ruleTry");
    auto *result = find<QPlainTextEdit>("ruleTryResult");
    if (!text || !button || !result)
        return {};
    text->setText(sample);
    result->clear();
    QTest::mouseClick(button, Qt::LeftButton);
    return result->toPlainText();
}

void TestRuleEditor::newRuleIsStoredAndTried()
{
    auto *add = find<QPushButton>("ruleNew");
    auto *name = find<QLineEdit>("ruleName");
    auto *definition = find<QPlainTextEdit>("ruleDefinition");
    auto *apply = find<QPushButton>("ruleApply");
    auto *list = find<QListWidget>("ruleList");
    auto *error = find<QLabel>("ruleError");
    QVERIFY(add && name && definition && apply && list && error);
    QCOMPARE(list->count(), 0);

    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Refunds"));
    definition->setPlainText(QStringLiteral(
        R"({"conditions": [{"type": "text_contains", "values": ["refund", "money back"]}],)"
        R"( "actions": [{"type": "reply", "text": "We will look at your refund today."},)"
        R"( {"type": "tag", "value": "refund"}]})"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(error->isHidden(), qPrintable(error->text()));

    const QList<RuleRow> rows = stored();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).name, QStringLiteral("Refunds"));
    QVERIFY(rows.at(0).enabled);
    QVERIFY2(rows.at(0).definition.contains(QLatin1String("money back"))
                 && rows.at(0).definition.contains(QLatin1String("message_received")),
             qPrintable(rows.at(0).definition));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("Refunds")));
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);

    // The dry run: the reply for a matching sample, nothing done; no match for another.
    const int writes = m_writes;
    const QString matching = tryIt(QStringLiteral("Can I get my MONEY BACK?"));
    QVERIFY2(matching.contains(QLatin1String("We will look at your refund today.")),
             qPrintable(matching));
    QVERIFY2(!matching.contains(QLatin1String("No rule matches")), qPrintable(matching));
    const QString other = tryIt(QStringLiteral("What are your opening hours?"));
    QVERIFY2(other.contains(QLatin1String("No rule matches")), qPrintable(other));
    QCOMPARE(m_writes, writes);
    QCOMPARE(test::rows(*m_writer, QStringLiteral("SELECT count(*) FROM outbox")).value(0),
             QStringLiteral("0"));
}

void TestRuleEditor::badDefinitionExplainedAndKept()
{
    auto *name = find<QLineEdit>("ruleName");
    auto *definition = find<QPlainTextEdit>("ruleDefinition");
    auto *apply = find<QPushButton>("ruleApply");
    auto *error = find<QLabel>("ruleError");
    QVERIFY(name && definition && apply && error);
    QCOMPARE(error->textFormat(), Qt::PlainText);

    QTest::keyClicks(name, QStringLiteral("Broken"));
    const QString notJson = QStringLiteral(R"({"conditions": [ {"type": "tag" )");
    definition->setPlainText(notJson);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("not valid JSON")), qPrintable(error->text()));
    QCOMPARE(definition->toPlainText(), notJson);
    QCOMPARE(name->text(), QStringLiteral("Broken"));

    // Valid JSON, but not a rule: the problem in words, naming the condition.
    const QString wrongType = QStringLiteral(
        R"({"conditions": [{"type": "text_sounds_like", "value": "x"}], "actions": []})");
    definition->setPlainText(wrongType);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(error->text().contains(QLatin1String("text_sounds_like"))
                 && error->text().contains(QLatin1String("Condition 1")),
             qPrintable(error->text()));
    QCOMPARE(definition->toPlainText(), wrongType);

    // No name: said, nothing stored.
    name->clear();
    definition->setPlainText(QStringLiteral(R"({"conditions": [], "actions": []})"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(error->text().contains(QLatin1String("no name")), qPrintable(error->text()));
    QCOMPARE(m_writes, 0);
    QVERIFY(stored().isEmpty());
}

void TestRuleEditor::orderAndEnabledAreStored()
{
    seed(QStringLiteral("Alpha"), 0, QStringLiteral("alpha"));
    seed(QStringLiteral("Bravo"), 1, QStringLiteral("bravo"));
    seed(QStringLiteral("Charlie"), 2, QStringLiteral("charlie"));
    m_editor->reload();
    auto *list = find<QListWidget>("ruleList");
    auto *up = find<QPushButton>("ruleUp");
    auto *down = find<QPushButton>("ruleDown");
    auto *name = find<QLineEdit>("ruleName");
    QVERIFY(list && up && down && name);
    QCOMPARE(list->count(), 3);

    list->setCurrentRow(2);
    QCOMPARE(name->text(), QStringLiteral("Charlie"));
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(storedNames(), QStringLiteral("Alpha Charlie Bravo").split(QLatin1Char(' ')));
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(storedNames(), QStringLiteral("Charlie Alpha Bravo").split(QLatin1Char(' ')));
    QVERIFY(!up->isEnabled());
    QCOMPARE(list->item(0)->text().section(QLatin1Char(' '), 0, 0), QStringLiteral("Charlie"));
    list->setCurrentRow(1);
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(storedNames(), QStringLiteral("Charlie Bravo Alpha").split(QLatin1Char(' ')));

    // Off: stored, shown again after reopening, and the dry run no longer matches it.
    QVERIFY(tryIt(QStringLiteral("bravo please")).contains(QLatin1String("About bravo")));
    list->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(stored().at(1).name, QStringLiteral("Bravo"));
    QVERIFY(!stored().at(1).enabled);
    QVERIFY(stored().at(0).enabled && stored().at(2).enabled);
    const QString off = tryIt(QStringLiteral("bravo please"));
    QVERIFY2(off.contains(QLatin1String("No rule matches")), qPrintable(off));

    m_editor->reload();
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
}

void TestRuleEditor::unappliedEditsAskFirst()
{
    seed(QStringLiteral("Alpha"), 0, QStringLiteral("alpha"));
    seed(QStringLiteral("Bravo"), 1, QStringLiteral("bravo"));
    m_editor->reload();
    auto *list = find<QListWidget>("ruleList");
    auto *name = find<QLineEdit>("ruleName");
    QVERIFY(list && name);
    list->setCurrentRow(0);
    QCOMPARE(name->text(), QStringLiteral("Alpha"));
    QTest::keyClicks(name, QStringLiteral(" edited"));

    // Another rule picked: asked; Cancel keeps the edits and the rule being edited.
    const auto answer = [](QMessageBox::StandardButton which) {
        QTimer::singleShot(0, [which] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(which)->click();
        });
    };
    answer(QMessageBox::Cancel);
    list->setCurrentRow(1);
    QCOMPARE(name->text(), QStringLiteral("Alpha edited"));
    QTRY_COMPARE(list->currentRow(), 0);

    // Discard: the other rule is shown; nothing was stored.
    answer(QMessageBox::Discard);
    list->setCurrentRow(1);
    QCOMPARE(name->text(), QStringLiteral("Bravo"));
    QCOMPARE(storedNames(), QStringLiteral("Alpha Bravo").split(QLatin1Char(' ')));
    QCOMPARE(m_writes, 0);
}

QTEST_MAIN(TestRuleEditor)
#include "TestRuleEditor.moc"
