// Importing contacts from CSV (issue 19: 100,000 contacts ≤ 3 s). Prints the median of the
// import (reading, mapping, normalising every number, the one transaction) into a fresh cache.
//   ./dev.sh bench contacts           the full run (100,000 contacts, 5 rounds)
//   bench_contacts --smoke            1,000 contacts, 1 round: checks the benchmark itself works
#include "contacts/ContactTransfer.h"
#include "storage/ContactBook.h"
#include "storage/Database.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace textdesk;

namespace {
// Spreadsheet-like rows: numbers in several national formats, a name, an e-mail, a company,
// tags and a note now and then.
QByteArray makeCsv(int count)
{
    const char *const given[] = { "Ann", "Bo", "Chidi", "Dana", "Émile", "Farah", "Gus", "Hana" };
    const char *const family[] = { "Lee", "Chen", "Okafor", "Müller", "Costa", "Nakamura" };
    const char *const tags[] = { "", "vip", "wholesale", "vip, wholesale", "east" };
    QByteArray csv = "Name,Phone,E-mail,Company,Tags,Notes\r\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray g = given[i % 8];
        const QByteArray f = family[(i / 8) % 6];
        // 212-2xx-xxxx and 646-2xx-xxxx: valid US numbers, distinct for each i < 1,000,000.
        const int area = i < 500000 ? 212 : 646;
        const int rest = i % 500000;
        const QByteArray exchange = QByteArray::number(rest / 10000).rightJustified(2, '0');
        const QByteArray line = QByteArray::number(rest % 10000).rightJustified(4, '0');
        QByteArray number;
        if (i % 3 == 0)
            number = "(" + QByteArray::number(area) + ") 2" + exchange + "-" + line;
        else
            number = "+1 " + QByteArray::number(area) + " 2" + exchange + " " + line;
        QByteArray note;
        if (i % 10 == 0)
            note = "\"called about order " + QByteArray::number(i) + "\"";
        csv += g + ' ' + f + ',' + number + ',' + g.toLower() + '.' + QByteArray::number(i)
            + "@example.com,Company " + QByteArray::number(i % 997) + ",\"" + tags[i % 5] + "\","
            + note + "\r\n";
    }
    return csv;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("A small, quick run."));
    parser.addOption(smoke);
    parser.process(app);
    const int count = parser.isSet(smoke) ? 1000 : 100000;
    const int rounds = parser.isSet(smoke) ? 1 : 5;

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("contacts.csv"));
    {
        QFile out(file);
        const QByteArray bytes = makeCsv(count);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return 1;
    }
    QList<double> seconds;
    QList<double> readSeconds;
    for (int round = 0; round < rounds; ++round) {
        const QString cache = dir.filePath(QStringLiteral("cache-%1.sqlite").arg(round));
        auto db = Database::open(cache, Database::Role::Writer);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().details()));
            return 1;
        }
        // The two halves separately too: reading (CSV, mapping, libphonenumber) and writing.
        QElapsedTimer timer;
        timer.start();
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        const contacts::ParsedContacts parsed
            = contacts::ContactFiles::readCsv(in.readAll(), QStringLiteral("US"));
        const double read = timer.nsecsElapsed() / 1e9;
        auto outcome = ContactBook::import(**db, parsed.cards, QStringLiteral("contacts.csv"),
                                           QStringLiteral("csv"), 1);
        seconds << timer.nsecsElapsed() / 1e9;
        readSeconds << read;
        if (!parsed.ok() || !outcome || outcome->added != count) {
            std::fprintf(stderr, "import failed: %s %s\n", qPrintable(parsed.errors.join(u'\n')),
                         outcome ? "" : qPrintable(outcome.error().details()));
            return 1;
        }
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(readSeconds.begin(), readSeconds.end());
    std::printf("contacts: import of %d contacts from CSV: median %.2f s (min %.2f, max %.2f; "
                "%d rounds; target <= 3 s), of which reading the file %.2f s\n",
                count, seconds.at(seconds.size() / 2), seconds.first(), seconds.last(), rounds,
                readSeconds.at(readSeconds.size() / 2));
    return 0;
}
