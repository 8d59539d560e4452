// The template library as a team lead uses it (issue 17): the starter set, once; a category
// filter; a new template with its segment count and a preview for a real customer (custom
// fields included); export, and an import that names its bad entries and imports nothing.
#include "TestWorkspace.h"
#include "storage/ContactProfiles.h"
#include "storage/ContactStore.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateEditor.h"

#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace textdesk;

class TestTemplateEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void starterSetOnceAndFilterByCategory();
    void newTemplateWithSegmentsAndPreview();
    void exportAndAllOrNothingImport();

private:
    template<typename T> T *find(const char *name)
    {
        auto *widget = m_editor->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    int rows(const QString &sql) { return test::rows(*m_writer, sql).value(0).toInt(); }

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TemplateEditor> m_editor;
    int m_writes = 0;
};

void TestTemplateEditor::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_writer = m_cache->open();
    m_reader = m_cache->open(Database::Role::Reader);
    QVERIFY(m_writer && m_reader);
    m_dir = std::make_unique<QTemporaryDir>();
    m_writes = 0;
    m_editor = std::make_unique<TemplateEditor>(
        *m_reader,
        [this](const ui::Change &change) {
            ++m_writes;
            return change(*m_writer);
        },
        m_dir->filePath(QStringLiteral("workspace.ini")), QStringLiteral("Sam"));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestTemplateEditor::cleanup()
{
    m_editor.reset();
    m_reader.reset();
    m_writer.reset();
    m_cache.reset();
    m_dir.reset();
}

void TestTemplateEditor::starterSetOnceAndFilterByCategory()
{
    auto *list = find<QListWidget>("templateList");
    auto *language = find<QComboBox>("templateStarterLanguage");
    auto *starters = find<QPushButton>("templateStarters");
    auto *filter = find<QComboBox>("templateCategoryFilter");
    auto *status = find<QLabel>("templateStatus");
    QVERIFY(list && language && starters && filter && status);
    QCOMPARE(list->count(), 0);

    const int perLanguage = int(StarterTemplates::set(QStringLiteral("de")).size());
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QTest::mouseClick(starters, Qt::LeftButton);
    QTRY_COMPARE(list->count(), perLanguage);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM templates WHERE language = 'de'")),
             perLanguage);
    // Asked twice: nothing duplicated, and the lead is told why.
    QTest::mouseClick(starters, Qt::LeftButton);
    QCOMPARE(list->count(), perLanguage);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM templates")), perLanguage);
    QVERIFY2(status->text().contains(QLatin1String("already")), qPrintable(status->text()));

    // Filtered by a category: the compliance texts only.
    filter->setCurrentIndex(filter->findData(QStringLiteral("Rechtliches")));
    QCOMPARE(list->count(),
             rows(QStringLiteral("SELECT count(*) FROM templates WHERE category = 'Rechtliches'")));
    QVERIFY(list->count() >= 4 && list->count() < perLanguage);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(!list->item(i)->text().contains(QLatin1String("/greet")));
    filter->setCurrentIndex(0);
    QCOMPARE(list->count(), perLanguage);
}

void TestTemplateEditor::newTemplateWithSegmentsAndPreview()
{
    // A customer with a custom field, to preview against.
    ContactStore contacts(*m_writer);
    auto id = contacts.ensureContact(QStringLiteral("+14155550123"), 1);
    QVERIFY(id);
    auto profile = ContactProfiles::load(*m_writer, *id);
    QVERIFY(profile);
    profile->displayName = QStringLiteral("Dana Scully");
    profile->customFields = { { QStringLiteral("Order ID"), QStringLiteral("A-1042") } };
    QVERIFY(ContactProfiles::save(*m_writer, *profile, 2));

    auto *add = find<QPushButton>("templateNew");
    auto *title = find<QLineEdit>("templateTitle");
    auto *category = find<QComboBox>("templateCategory");
    auto *shortcut = find<QLineEdit>("templateShortcut");
    auto *body = find<QPlainTextEdit>("templateBody");
    auto *segments = find<QLabel>("templateSegments");
    auto *customer = find<QLineEdit>("templatePreviewCustomer");
    auto *preview = find<QLabel>("templatePreview");
    auto *missing = find<QLabel>("templateMissing");
    auto *save = find<QPushButton>("templateSave");
    auto *list = find<QListWidget>("templateList");
    auto *status = find<QLabel>("templateStatus");
    QVERIFY(add && title && category && shortcut && body && segments && customer && preview
            && missing && save && list && status);

    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(title, QStringLiteral("Shipped"));
    category->setCurrentText(QStringLiteral("Orders"));
    QTest::keyClicks(shortcut, QStringLiteral("/ship"));
    body->setFocus();
    QTest::keyClicks(body,
                     QStringLiteral("Hi {{first_name|there}}, order {{order_id}} shipped "
                                    "on {{date}}."));
    // Nobody picked: the defaults, and what has no value named.
    QCOMPARE(preview->textFormat(), Qt::PlainText);
    QVERIFY2(missing->text().contains(QLatin1String("{{order_id}}"))
                 && missing->text().contains(QLatin1String("{{date}}")),
             qPrintable(missing->text()));
    QVERIFY2(segments->text().startsWith(QLatin1String("1 segment")), qPrintable(segments->text()));

    QTest::keyClicks(customer, QStringLiteral("Dana"));
    QTRY_VERIFY2(preview->text().startsWith(QLatin1String("Hi Dana, order A-1042 shipped")),
                 qPrintable(preview->text()));
    QVERIFY2(missing->text().contains(QLatin1String("{{date}}"))
                 && !missing->text().contains(QLatin1String("order_id")),
             qPrintable(missing->text()));

    // Long enough for a second segment, and Unicode because of the emoji (QTest types
    // Latin-1 only; the emoji is pasted).
    QTest::keyClicks(body, QStringLiteral(" ") + QString(150, QLatin1Char('x')));
    body->insertPlainText(QStringLiteral(" 📦"));
    QVERIFY2(segments->text().contains(QLatin1String("Unicode")), qPrintable(segments->text()));
    QVERIFY2(!segments->text().startsWith(QLatin1String("1 segment")),
             qPrintable(segments->text()));

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(rows(QStringLiteral("SELECT count(*) FROM templates WHERE shortcut = 'ship' "
                                     "AND category = 'Orders' AND title = 'Shipped'")),
                 1);
    QCOMPARE(list->count(), 1);

    // A second template may not take the same shortcut: said, not saved.
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(title, QStringLiteral("Other"));
    QTest::keyClicks(shortcut, QStringLiteral("SHIP"));
    QTest::keyClicks(body, QStringLiteral("x"));
    const int writes = m_writes;
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(status->text().contains(QLatin1String("/SHIP")), qPrintable(status->text()));
    QCOMPARE(m_writes, writes);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM templates")), 1);
}

void TestTemplateEditor::exportAndAllOrNothingImport()
{
    auto *starters = find<QPushButton>("templateStarters");
    auto *exportButton = find<QPushButton>("templateExport");
    auto *importButton = find<QPushButton>("templateImport");
    auto *status = find<QLabel>("templateStatus");
    auto *list = find<QListWidget>("templateList");
    QVERIFY(starters && exportButton && importButton && status && list);
    QTest::mouseClick(starters, Qt::LeftButton);
    const int count = list->count();
    QVERIFY(count > 0);

    const QString exported = m_dir->filePath(QStringLiteral("out.json"));
    m_editor->setNextFileName(exported);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("textdesk-templates"));
    QCOMPARE(root.value(QStringLiteral("templates")).toArray().size(), count);

    // One good entry and two bad ones: nothing imported, each bad one named by its place.
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"format": "textdesk-templates", "version": 1, "templates": [
        {"shortcut": "new1", "title": "New", "body": "Fine"},
        {"shortcut": "new2", "title": "No text", "body": ""},
        {"title": "No shortcut", "body": "x"}]})");
    badFile.close();
    m_editor->setNextFileName(bad);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY2(status->text().contains(QLatin1String("Nothing was imported"))
                 && status->text().contains(QLatin1String("Template 2"))
                 && status->text().contains(QLatin1String("Template 3")),
             qPrintable(status->text()));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM templates")), count);
    QCOMPARE(list->count(), count);

    // The export imported back replaces by shortcut: nothing doubled.
    m_editor->setNextFileName(exported);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY2(status->text().contains(QStringLiteral("%1 replaced").arg(count)),
             qPrintable(status->text()));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM templates")), count);
}

QTEST_MAIN(TestTemplateEditor)
#include "TestTemplateEditor.moc"
