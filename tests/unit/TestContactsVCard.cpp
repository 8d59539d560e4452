#include "TestWorkspace.h"
#include "contacts/ContactFiles.h"
#include "contacts/ContactTransfer.h"
#include "storage/ContactBook.h"

#include <QFile>
#include <QTest>

using namespace textdesk;
using namespace textdesk::contacts;

// vCard 3.0 and 4.0 both ways, as address books (phones, Nextcloud, Outlook) write them: folded
// lines, escaping, TEL types and tel: URIs, CATEGORIES as tags, NOTE and UID; a card read into
// the cache and written out again loses nothing.
class TestContactsVCard : public QObject
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
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // "Zoë" with its ë split by the fold, as a writer counting octets may leave it.
    static QByteArray sample()
    {
        QByteArray zoe = QStringLiteral("Zoë").toUtf8(); // Z o 0xC3 0xAB
        return "BEGIN:VCARD\r\n"
               "VERSION:3.0\r\n"
               "UID:card-1\r\n"
               "FN:"
            + zoe.left(3) + "\r\n " + zoe.mid(3)
            + " Okafor\\, Jr.\r\n"
              "N:Okafor;Zoë;;;\r\n"
              "TEL;TYPE=WORK,VOICE:+1 415 555 0100\r\n"
              "item1.TEL;TYPE=CELL:(415) 555-0123\r\n"
              "EMAIL;TYPE=INTERNET:zoe@example.com\r\n"
              "ORG:Zephyr\\; Sons;Sales\r\n"
              "CATEGORIES:vip,wholesale\\, east\r\n"
              "NOTE:first line\\nsecond line with a long tail that goes on and on past seventy-"
              "\r\n five octets\r\n"
              "X-TEXTDESK-FIELD;NAME=\"shoe size\":44\r\n"
              "END:VCARD\r\n"
              "BEGIN:VCARD\n"
              "VERSION:4.0\n"
              "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\n"
              "FN:Bo Chen\n"
              "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+1-415-555-0124;ext=5\n"
              "END:VCARD\n";
    }

private slots:
    void readsFoldedEscapedTypedCards()
    {
        const ParsedContacts p = ContactFiles::readVCard(sample(), QStringLiteral("US"));
        QVERIFY2(p.ok(), qPrintable(p.errors.join(u'\n')));
        QCOMPARE(p.cards.size(), 2);
        const ContactCard &z = p.cards.at(0);
        QCOMPARE(z.displayName, QStringLiteral("Zoë Okafor, Jr."));
        QCOMPARE(z.givenName, QStringLiteral("Zoë"));
        QCOMPARE(z.familyName, QStringLiteral("Okafor"));
        QCOMPARE(z.e164, QStringLiteral("+14155550123")); // the cell, not the work number
        QCOMPARE(z.email, QStringLiteral("zoe@example.com"));
        QCOMPARE(z.company, QStringLiteral("Zephyr; Sons"));
        QCOMPARE(z.tags, QStringList({ QStringLiteral("vip"), QStringLiteral("wholesale, east") }));
        QCOMPARE(z.notes,
                 QStringLiteral("first line\nsecond line with a long tail that goes on "
                                "and on past seventy-five octets"));
        QCOMPARE(z.uid, QStringLiteral("card-1"));
        QCOMPARE(z.customFields.value(0),
                 qMakePair(QStringLiteral("shoe size"), QStringLiteral("44")));
        QCOMPARE(p.cards.at(1).e164, QStringLiteral("+14155550124"));
        QCOMPARE(p.cards.at(1).uid,
                 QStringLiteral("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
    }

    void cardWithoutEndNamesItsLine()
    {
        const ParsedContacts p = ContactFiles::readVCard(
            "BEGIN:VCARD\nVERSION:4.0\nFN:A\nTEL:+14155550123\nEND:VCARD\nBEGIN:VCARD\nFN:B\n",
            QStringLiteral("US"));
        QVERIFY(!p.ok());
        QVERIFY2(p.errors.join(u'\n').contains(QLatin1String("Line 6")),
                 qPrintable(p.errors.join(u'\n')));
    }

    void writtenLinesAreFoldedAt75Octets()
    {
        ContactCard c;
        c.e164 = QStringLiteral("+14155550123");
        c.displayName = QStringLiteral("Zoë ") + QString(40, QChar(0x00EB)); // 2-byte letters
        c.notes = QString(300, u'x');
        for (int version : { 3, 4 }) {
            const QByteArray bytes = ContactFiles::writeVCard({ c }, version);
            for (const QByteArray &line : bytes.split('\n')) {
                QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
                QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no sequence cut
            }
            const ParsedContacts back = ContactFiles::readVCard(bytes, QStringLiteral("US"));
            QVERIFY(back.ok());
            QCOMPARE(back.cards.value(0).displayName, c.displayName);
            QCOMPARE(back.cards.value(0).notes, c.notes);
        }
    }

    void roundTripLosesNoField_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.0") << 3;
        QTest::newRow("4.0") << 4;
    }

    void roundTripLosesNoField()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        test::TestCache a;
        auto dbA = a.open();
        const ImportReport r
            = ContactTransfer::importFile(*dbA, write(dir, QStringLiteral("in.vcf"), sample()),
                                          std::nullopt, QStringLiteral("US"), 1);
        QVERIFY2(r.ok(), qPrintable(r.parsed.errors.join(u'\n') + r.error));
        auto cardsA = ContactBook::all(*dbA);
        QVERIFY(cardsA && cardsA->size() == 2);
        QCOMPARE(cardsA->at(0).notes, r.parsed.cards.at(0).notes);
        QCOMPARE(cardsA->at(0).tags,
                 QStringList({ QStringLiteral("vip"), QStringLiteral("wholesale, east") }));

        const QString out1 = dir.filePath(QStringLiteral("out1.vcf"));
        QCOMPARE(ContactTransfer::exportFile(*dbA, out1, Format::VCard, version), QString());
        const QByteArray exported = read(out1);
        QVERIFY(exported.contains(version == 4 ? "VERSION:4.0" : "VERSION:3.0"));
        QVERIFY(exported.contains(version == 4 ? "TEL;VALUE=uri;TYPE=cell:tel:+14155550123"
                                               : "TEL;TYPE=CELL:+14155550123"));

        test::TestCache b;
        auto dbB = b.open();
        const ImportReport again
            = ContactTransfer::importFile(*dbB, out1, std::nullopt, QStringLiteral("US"), 1);
        QVERIFY2(again.ok(), qPrintable(again.parsed.errors.join(u'\n') + again.error));
        auto cardsB = ContactBook::all(*dbB);
        QVERIFY(cardsB);
        QCOMPARE(*cardsB, *cardsA);
        const QString out2 = dir.filePath(QStringLiteral("out2.vcf"));
        QCOMPARE(ContactTransfer::exportFile(*dbB, out2, Format::VCard, version), QString());
        QCOMPARE(read(out2), exported);
    }
};

QTEST_GUILESS_MAIN(TestContactsVCard)
#include "TestContactsVCard.moc"
