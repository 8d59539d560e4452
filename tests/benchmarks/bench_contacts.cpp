// Importing contacts from CSV (issue 19: 100,000 contacts ≤ 3 s). Prints the median of the
// import (reading, mapping, normalising every number, the one transaction) into a fresh cache.
//   ./dev.sh bench contacts           the full run (100,000 contacts, 5 rounds)
//   bench_contacts --smoke            1,000 contacts, 1 round: checks the benchmark itself works
#include "contacts/ContactTransfer.h"
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
        const QByteArray number = i % 3 == 0 ? QByteArray("(") + QByteArray::number(area) + ") 2"
                + QByteArray::number(rest / 10000).rightJustified(2, '0') + "-"
                + QByteArray::number(rest % 10000).rightJustified(4, '0')
                                             : QByteArray("+1 ") + QByteArray::number(area) + " 2"
                + QByteArray::number(rest / 10000).rightJustified(2, '0') + " "
                + QByteArray::number(rest % 10000).rightJustified(4, '0');
        csv += g + ' ' + f + ',' + number + ',' + g.toLower() + '.' + QByteArray::number(i)
            + "@example.com,Company " + QByteArray::number(i % 997) + ",\"" + tags[i % 5] + "\","
            + (i % 10 == 0 ? "\"called about order " + QByteArray::number(i) + "\"" : "") + "\r\n";
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
    for (int round = 0; round < rounds; ++round) {
        const QString cache = dir.filePath(QStringLiteral("cache-%1.sqlite").arg(round));
        auto db = Database::open(cache, Database::Role::Writer);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().details()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const contacts::ImportReport r = contacts::ContactTransfer::importFile(
            **db, file, std::nullopt, QStringLiteral("US"), 1);
        seconds << timer.nsecsElapsed() / 1e9;
        if (!r.ok() || r.outcome.added != count) {
            std::fprintf(stderr, "import failed: %s %s (added %d)\n",
                         qPrintable(r.parsed.errors.join(u'\n')), qPrintable(r.error),
                         r.outcome.added);
            return 1;
        }
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("contacts: import of %d contacts from CSV: median %.2f s (min %.2f, max %.2f; "
                "%d rounds; target <= 3 s)\n",
                count, seconds.at(seconds.size() / 2), seconds.first(), seconds.last(), rounds);
    return 0;
}
