#include "TestWorkspace.h"
#include "contacts/ContactFiles.h"
#include "contacts/ContactTransfer.h"
#include "core/Csv.h"
#include "storage/ContactBook.h"
#include "storage/ContactProfiles.h"
#include "storage/ContactStore.h"

#include <QFile>
#include <QTest>

using namespace textdesk;

namespace {
QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace
using namespace textdesk::contacts;

// Contacts in from CSV files, as people bring them from spreadsheets, Google and Outlook, into
// a real cache file: what the file says arrives, repeats merge by number, a broken file is
// refused with its line and writes nothing, and an import can be undone as a whole.
class TestContactsCsv : public QObject
{
    Q_OBJECT

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }
    static qint64 count(Database &db, const char *sql)
    {
        auto v = db.scalar(QString::fromUtf8(sql));
        return v ? v->toLongLong() : -1;
    }
    static ContactProfile profile(Database &db, const QString &e164)
    {
        auto id = db.scalar(QStringLiteral("SELECT id FROM contacts WHERE e164 = ?"), { e164 });
        if (!id || !id->isValid())
            return {};
        auto p = ContactProfiles::load(db, id->toLongLong());
        return p ? *p : ContactProfile();
    }

private slots:
    void readerHandlesQuotesLineBreaksBomAndSemicolons()
    {
        const QByteArray bytes
            = "\xEF\xBB\xBFname;phone;notes\r\n"
              "\"Okafor; Marguerite\";+14155550123;\"two\nlines, \"\"quoted\"\"\"\r\n"
              "\r\n"
              "Bo;4155550124;\n";
        const csv::Table t = csv::Reader::read(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.delimiter, QChar(u';'));
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records.at(0).fields, strings({ "name", "phone", "notes" }));
        QCOMPARE(t.records.at(1).fields.at(0), QStringLiteral("Okafor; Marguerite"));
        QCOMPARE(t.records.at(1).fields.at(2), QStringLiteral("two\nlines, \"quoted\""));
        QCOMPARE(t.records.at(2).line, 5); // the quoted line break counts, the blank line too
        QCOMPARE(t.records.at(2).fields, strings({ "Bo", "4155550124", "" }));
    }

    // Only the file's own BOM is taken away: a second one is the first field's (found by
    // fuzz_csv: an exported field that began with U+FEFF lost it on the way back in).
    void onlyOneBomIsTakenAway()
    {
        const csv::Table t = csv::Reader::read("\xEF\xBB\xBF\xEF\xBB\xBF"
                                               "a,b\r\n");
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.records.size(), 1);
        QCOMPARE(t.records.at(0).fields,
                 QStringList({ QString(QChar(0xFEFF)) + u'a', QStringLiteral("b") }));
    }

    void recognisesGoogleAndOutlookExports()
    {
        const QStringList google
            = strings({ "Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type",
                        "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
                        "Organization 1 - Name", "Notes" });
        CsvMapping g = CsvMapping::recognise(google);
        QCOMPARE(g.layout, CsvMapping::Layout::Google);
        const ContactCard gc
            = g.card(strings({ "Ann Lee", "Ann", "Lee", "* myContacts ::: VIP ::: Wholesale",
                               "Work", "ann@example.com", "Mobile",
                               "(415) 555-0125 ::: +1 415 555 0199", "Zephyr", "hi" }),
                     2);
        QCOMPARE(gc.displayName, QStringLiteral("Ann Lee"));
        QCOMPARE(gc.e164, QStringLiteral("(415) 555-0125"));
        QCOMPARE(gc.tags, strings({ "VIP", "Wholesale" }));
        QCOMPARE(gc.company, QStringLiteral("Zephyr"));
        QCOMPARE(gc.email, QStringLiteral("ann@example.com"));

        const QStringList outlook
            = strings({ "First Name", "Middle Name", "Last Name", "Company", "Business Phone",
                        "Home Phone", "Mobile Phone", "E-mail Address", "Notes", "Categories" });
        CsvMapping o = CsvMapping::recognise(outlook);
        QCOMPARE(o.layout, CsvMapping::Layout::Outlook);
        const ContactCard oc
            = o.card(strings({ "Rui", "", "Costa", "Costa Lda", "+1 415 555 0100", "",
                               "+1 415 555 0126", "rui@example.com", "n", "A;B" }),
                     2);
        QCOMPARE(oc.e164, QStringLiteral("+1 415 555 0126")); // the mobile, not the office
        QCOMPARE(oc.displayName, QStringLiteral("Rui Costa"));
        QCOMPARE(oc.tags, strings({ "A", "B" }));
    }

    void importsNormalisesAndMergesByNumber()
    {
        test::TestCache cache;
        auto db = cache.open();
        // Already in the cache, with a name and a tag: the file adds to it.
        QVERIFY(test::conversation(*db, QStringLiteral("+14155550123")));
        {
            auto p = profile(*db, QStringLiteral("+14155550123"));
            p.displayName = QStringLiteral("M. Okafor");
            p.company = QStringLiteral("Old Co");
            p.tags = { QStringLiteral("existing") };
            QVERIFY(ContactProfiles::save(*db, p, 5));
        }
        const QByteArray file = "Name,Phone,E-mail,Tags,Notes,Shoe size\n"
                                "Marguerite Okafor,(415) 555-0123,mo@example.com,vip,,\n"
                                "Bo Chen,415.555.0124,,\"wholesale, vip\",first,44\n"
                                "Bo C.,+1 415 555 0124,bo@example.com,late,,\n"
                                "No Number,,x@example.com,,,\n";
        QTemporaryDir dir;
        const ImportReport r
            = ContactTransfer::importFile(*db, write(dir, QStringLiteral("people.csv"), file),
                                          std::nullopt, QStringLiteral("US"), 100);
        QVERIFY2(r.ok(), qPrintable(r.parsed.errors.join(u'\n') + r.error));
        QCOMPARE(r.outcome.added, 1);
        QCOMPARE(r.outcome.merged, 1);
        QCOMPARE(r.parsed.repeats, 1);
        QCOMPARE(r.parsed.withoutNumber, 1);

        const ContactProfile m = profile(*db, QStringLiteral("+14155550123"));
        QCOMPARE(m.displayName, QStringLiteral("Marguerite Okafor"));
        QCOMPARE(m.company, QStringLiteral("Old Co")); // the file had none: kept
        QCOMPARE(m.email, QStringLiteral("mo@example.com"));
        QCOMPARE(m.tags, strings({ "existing", "vip" }));

        const ContactProfile b = profile(*db, QStringLiteral("+14155550124"));
        QCOMPARE(b.displayName, QStringLiteral("Bo C.")); // the later row's name wins
        QCOMPARE(b.email, QStringLiteral("bo@example.com"));
        QCOMPARE(b.notes, QStringLiteral("first"));
        QCOMPARE(b.tags, strings({ "late", "vip", "wholesale" }));
        QCOMPARE(b.customFields,
                 (QList<QPair<QString, QString>> {
                     { QStringLiteral("Shoe size"), QStringLiteral("44") } }));
        // The search finds an imported name.
        auto hits = ContactStore(*db).search(QStringLiteral("Bo C"), 5);
        QVERIFY(hits && !hits->isEmpty());
        QCOMPARE(hits->first().e164, QStringLiteral("+14155550124"));
    }

    void brokenFileIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("row shorter than the header")
            << QByteArray("name,phone,email,notes\nAnn,4155550125,a@example.com,x\nBo,4155550126\n")
            << QStringLiteral("Line 3: 2 fields where the header has 4");
        QTest::newRow("row longer than the header")
            << QByteArray("name,phone\nAnn,4155550125\nBo,Chen,4155550126\n")
            << QStringLiteral("Line 3: 3 fields where the header has 2");
        QTest::newRow("bad number") << QByteArray("name,phone\nAnn,4155550125\nBo,12\n")
                                    << QStringLiteral("Line 3: \"12\"");
        QTest::newRow("stray quote")
            << QByteArray("name,phone\nAnn,4155550125\nBo \"the\" Chen,4155550126\n")
            << QStringLiteral("Line 3: a quote inside a field");
        QTest::newRow("text after a closing quote")
            << QByteArray("name,phone\n\"Ann\" Lee,4155550125\n")
            << QStringLiteral("Line 2: text after a closing quote");
        QTest::newRow("quote never closed")
            << QByteArray("name,phone\nAnn,4155550125\n\"Bo,4155550126\nCy,4155550127\n")
            << QStringLiteral("Line 3: a quote opened here is never closed");
        QTest::newRow("line after a quoted line break")
            << QByteArray("name,notes,phone\nAnn,\"a\nb\",4155550125\nBo,x\n")
            << QStringLiteral("Line 4: 2 fields where the header has 3");
        QTest::newRow("no number column") << QByteArray("name,email\nAnn,a@example.com\n")
                                          << QStringLiteral("No column holds the phone numbers");
    }

    void brokenFileIsRefusedWithItsLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        test::TestCache cache;
        auto db = cache.open();
        QTemporaryDir dir;
        const ImportReport r
            = ContactTransfer::importFile(*db, write(dir, QStringLiteral("broken.csv"), file),
                                          std::nullopt, QStringLiteral("US"), 100);
        QVERIFY(!r.ok());
        QVERIFY2(r.parsed.errors.join(u'\n').contains(expected),
                 qPrintable(r.parsed.errors.join(u'\n')));
        // All or nothing: not even the good lines.
        QCOMPARE(count(*db, "SELECT count(*) FROM contacts"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM contact_imports"), 0);
    }

    void undoRemovesWhatItAddedAndRestoresWhatItMerged()
    {
        test::TestCache cache;
        auto db = cache.open();
        const qint64 conversation = test::conversation(*db, QStringLiteral("+14155550123"));
        QVERIFY(conversation);
        ContactProfile before = profile(*db, QStringLiteral("+14155550123"));
        before.displayName = QStringLiteral("M. Okafor");
        before.notes = QStringLiteral("likes mornings");
        before.customFields = { { QStringLiteral("tier"), QStringLiteral("gold") } };
        before.tags = { QStringLiteral("existing") };
        QVERIFY(ContactProfiles::save(*db, before, 5));
        before = profile(*db, QStringLiteral("+14155550123"));
        const QString kColumns = QStringLiteral(
            "SELECT id, e164, display_name, given_name, family_name, email, company, notes, uid, "
            "custom_fields FROM contacts ORDER BY id");
        const QStringList dumpBefore = test::rows(*db, kColumns);

        QTemporaryDir dir;
        const ImportReport r = ContactTransfer::importFile(
            *db,
            write(dir, QStringLiteral("a.csv"),
                  "name,phone,notes,tags,tier\nMarguerite,4155550123,new note,vip,silver\n"
                  "Bo Chen,4155550124,,wholesale,\n"),
            std::nullopt, QStringLiteral("US"), 100);
        QVERIFY2(r.ok(), qPrintable(r.parsed.errors.join(u'\n') + r.error));
        QCOMPARE(profile(*db, QStringLiteral("+14155550123")).notes, QStringLiteral("new note"));
        QCOMPARE(count(*db, "SELECT count(*) FROM contacts"), 2);

        QVERIFY(ContactBook::undo(*db, r.outcome.importId, 200));
        QCOMPARE(count(*db, "SELECT count(*) FROM contacts"), 1);
        const ContactProfile after = profile(*db, QStringLiteral("+14155550123"));
        QCOMPARE(after.displayName, before.displayName);
        QCOMPARE(after.notes, before.notes);
        QCOMPARE(after.customFields, before.customFields);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(test::rows(*db, kColumns), dumpBefore);
        QCOMPARE(dumpBefore.size(), 1);
        QVERIFY(test::checkFullTextIndex(*db, QStringLiteral("contact_fts")));
        auto hits = ContactStore(*db).search(QStringLiteral("Chen"), 5);
        QVERIFY(hits && hits->isEmpty());
        // Once only.
        const Status again = ContactBook::undo(*db, r.outcome.importId, 300);
        QVERIFY(!again);
        QVERIFY2(again.error().message().contains(QLatin1String("undone already")),
                 qPrintable(again.error().message()));
    }

    void undoWaitsForALaterImportOfTheSameCustomers()
    {
        test::TestCache cache;
        auto db = cache.open();
        QTemporaryDir dir;
        const ImportReport first = ContactTransfer::importFile(
            *db, write(dir, QStringLiteral("1.csv"), "name,phone\nAnn,4155550125\n"), std::nullopt,
            QStringLiteral("US"), 100);
        const ImportReport second = ContactTransfer::importFile(
            *db, write(dir, QStringLiteral("2.csv"), "name,phone\nAnn Lee,4155550125\n"),
            std::nullopt, QStringLiteral("US"), 200);
        QVERIFY(first.ok() && second.ok());
        const Status refused = ContactBook::undo(*db, first.outcome.importId, 300);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(
                     QStringLiteral("Undo import %1 first").arg(second.outcome.importId)),
                 qPrintable(refused.error().message()));
        QVERIFY(ContactBook::undo(*db, second.outcome.importId, 300));
        QCOMPARE(profile(*db, QStringLiteral("+14155550125")).displayName, QStringLiteral("Ann"));
        QVERIFY(ContactBook::undo(*db, first.outcome.importId, 400));
        QCOMPARE(count(*db, "SELECT count(*) FROM contacts"), 0);
    }

    void csvRoundTripLosesNoField()
    {
        const QByteArray original
            = "number,display_name,given_name,family_name,email,company,tags,notes,uid,"
              "custom:tier,custom:=odd\r\n"
              "+14155550123,\"Okafor, Marguerite\",Marguerite,Okafor,mo@example.com,Zephyr "
              "Bikes,vip; wholesale,\"two\r\nlines \"\"quoted\"\"\",urn:uuid:1,gold,\r\n"
              "+14155550124,'=cmd|' /C calc'!A0,Bo,Chen,,\"Chen; Sons\",,-1 not a formula,,,x\r\n";
        test::TestCache a;
        auto dbA = a.open();
        QTemporaryDir dir;
        const ImportReport r
            = ContactTransfer::importFile(*dbA, write(dir, QStringLiteral("in.csv"), original),
                                          std::nullopt, QStringLiteral("US"), 100);
        QVERIFY2(r.ok(), qPrintable(r.parsed.errors.join(u'\n') + r.error));
        QCOMPARE(r.parsed.mapping.layout, CsvMapping::Layout::Textdesk);
        auto cardsA = ContactBook::all(*dbA);
        QVERIFY(cardsA);
        QCOMPARE(cardsA->size(), 2);
        const ContactCard &m = cardsA->at(0);
        QCOMPARE(m.displayName, QStringLiteral("Okafor, Marguerite"));
        QCOMPARE(m.notes, QStringLiteral("two\nlines \"quoted\"")); // stored with LF
        QCOMPARE(m.tags, strings({ "vip", "wholesale" }));
        QCOMPARE(m.uid, QStringLiteral("urn:uuid:1"));
        QCOMPARE(m.customFields.value(0).second, QStringLiteral("gold"));
        QCOMPARE(cardsA->at(1).displayName, QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(cardsA->at(1).notes, QStringLiteral("-1 not a formula"));
        QCOMPARE(cardsA->at(1).company, QStringLiteral("Chen; Sons"));
        QCOMPARE(cardsA->at(1).customFields.value(0),
                 qMakePair(QStringLiteral("=odd"), QStringLiteral("x")));

        const QString out1 = dir.filePath(QStringLiteral("out1.csv"));
        QCOMPARE(ContactTransfer::exportFile(*dbA, out1, Format::Csv, 0), QString());
        QFile f1(out1);
        QVERIFY(f1.open(QIODevice::ReadOnly));
        const QByteArray exported = f1.readAll();
        QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(exported.contains(",'=cmd|' /C calc'!A0,"), exported.constData());
        QVERIFY(exported.contains(",'-1 not a formula,"));

        test::TestCache b;
        auto dbB = b.open();
        const ImportReport again
            = ContactTransfer::importFile(*dbB, out1, std::nullopt, QStringLiteral("US"), 100);
        QVERIFY2(again.ok(), qPrintable(again.parsed.errors.join(u'\n') + again.error));
        auto cardsB = ContactBook::all(*dbB);
        QVERIFY(cardsB);
        QCOMPARE(*cardsB, *cardsA);
        const QString out2 = dir.filePath(QStringLiteral("out2.csv"));
        QCOMPARE(ContactTransfer::exportFile(*dbB, out2, Format::Csv, 0), QString());
        QFile f2(out2);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        QCOMPARE(f2.readAll(), exported);
    }
};

QTEST_GUILESS_MAIN(TestContactsCsv)
#include "TestContactsCsv.moc"
