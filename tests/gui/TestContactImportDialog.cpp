// The mapping step of a contact import (issue 19): the columns as Textdesk read them, the
// agent's corrections, and an import that writes only when every line is good.
#include "TestWorkspace.h"
#include "contacts/ContactImportDialog.h"
#include "storage/ContactProfiles.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace textdesk;

class TestContactImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }
    static ContactImportDialog::Writer writerFor(Database &db)
    {
        return [&db](const std::function<Status(Database &)> &change) { return change(db); };
    }
    static void choose(ContactImportDialog &dialog, int column, const QString &field)
    {
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("mapping-%1").arg(column));
        QVERIFY(combo);
        const int index = combo->findText(field);
        QVERIFY2(index >= 0, qPrintable(field));
        combo->setCurrentIndex(index);
    }
    static qint64 contacts(Database &db)
    {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM contacts"));
        return n ? n->toLongLong() : -1;
    }

private slots:
    void theAgentsMappingIsImported()
    {
        test::TestCache cache;
        auto db = cache.open();
        ContactImportDialog dialog(write(QStringLiteral("kunden.csv"),
                                         "Kunde,Rufnummer,Notiz\nAnna Berg,0151 23456789,VIP\n"
                                         "Jonas Ruf,+49 151 98765432,\n"),
                                   QStringLiteral("DE"), writerFor(*db));
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->item(0, 2)->text().contains(QLatin1String("Anna Berg")));
        // Neither column is one Textdesk knows: no number yet, and it says so.
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("importProblems"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("phone numbers")),
                 qPrintable(problems->text()));
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(2, 1))->currentText(),
                 QStringLiteral("Notes"));

        choose(dialog, 0, QStringLiteral("Name"));
        choose(dialog, 1, QStringLiteral("Phone number"));
        dialog.findChild<QPushButton *>(QStringLiteral("importStart"))->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(contacts(*db), 2);
        auto id
            = db->scalar(QStringLiteral("SELECT id FROM contacts WHERE e164 = '+4915123456789'"));
        QVERIFY(id && id->isValid());
        auto profile = ContactProfiles::load(*db, id->toLongLong());
        QVERIFY(profile);
        QCOMPARE(profile->displayName, QStringLiteral("Anna Berg"));
        QCOMPARE(profile->notes, QStringLiteral("VIP"));
    }

    void aBadLineIsShownAndNothingIsWritten()
    {
        test::TestCache cache;
        auto db = cache.open();
        ContactImportDialog dialog(
            write(QStringLiteral("bad.csv"), "name,phone\nAnn,4155550125\nBo,12\n"),
            QStringLiteral("US"), writerFor(*db));
        dialog.show();
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("importProblems"));
        QVERIFY(problems->text().contains(QLatin1String("Line 3")));
        dialog.findChild<QPushButton *>(QStringLiteral("importStart"))->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problems->isVisible() && problems->text().contains(QLatin1String("Line 3")),
                 qPrintable(problems->text()));
        QCOMPARE(contacts(*db), 0);
    }
};

QTEST_MAIN(TestContactImportDialog)
#include "TestContactImportDialog.moc"
