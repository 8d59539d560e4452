// Sync benchmark (issue: sync engine). textdesk-sim runs as a separate process (so this
// process's memory is the app's alone) with a generated history; PullSync brings a fresh cache
// up to date through TwilioClient over loopback HTTP.
//   1. first sync of N messages: messages/s end to end, and the database's share of the time:
//      what the pass takes beyond fetching the same pages alone (the pass writes one page while
//      the next is fetched), and the time the database was busy;
//   2. a sync with nothing new: wall time per pass (median);
//   3. peak resident memory of this process (VmHWM) during the first sync.
//
//   ./dev.sh bench sync                      200,000 messages
//   ./dev.sh bench sync --messages 1000000   the memory figure the issue names
//   ./dev.sh bench sync --smoke
//   ./dev.sh bench sync --messages 50000 --latency 150   a provider across the internet

#include "provider/TwilioClient.h"
#include "storage/Database.h"
#include "sync/PullSync.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>
#include <cstdio>

using namespace textdesk;

namespace {

const QString kAccount = QStringLiteral("AC00000000000000000000000000000002");
const QByteArray kToken = "bench-token";

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto match = hwm.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

sync::PullSync::Result runPass(sync::PullSync &pull)
{
    QEventLoop loop;
    QObject::connect(&pull, &sync::PullSync::finished, &loop, &QEventLoop::quit);
    pull.start();
    if (pull.isRunning())
        loop.exec();
    return pull.result();
}

// The same pages fetched and parsed, nothing written, one after the other: what the pass
// would take if the database cost nothing. Returns the messages seen.
qint64 fetchOnly(provider::Provider &client)
{
    provider::MessageQuery query;
    query.pageSize = 1000;
    provider::MessagePageJob *job = client.listMessages(query);
    qint64 seen = 0;
    while (job) {
        QEventLoop loop;
        QObject::connect(job, &provider::ProviderJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (!job->succeeded())
            die(QStringLiteral("fetching alone failed: %1").arg(job->error().message()));
        seen += job->page.messages.size();
        job = job->page.nextPageUri.isEmpty() ? nullptr : client.nextPage(job->page.nextPageUri);
    }
    return seen;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("History size."), QStringLiteral("N"),
                                            QStringLiteral("200000"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("Small and quick."));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency"),
        QStringLiteral("The simulator answers each page after MS milliseconds, as a provider "
                       "across the internet does (default 0: loopback as fast as it goes)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({ messagesOption, smokeOption, latencyOption });
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const qint64 total = smoke ? 5000 : parser.value(messagesOption).toLongLong();

    // The simulator, as its own process.
    QProcess sim;
    sim.setProcessChannelMode(QProcess::SeparateChannels);
    sim.start(QStringLiteral(TEXTDESK_SIM_BINARY),
              { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--account-sid"),
                kAccount, QStringLiteral("--auth-token"), QString::fromLatin1(kToken),
                QStringLiteral("--scenario"), QStringLiteral("empty"), QStringLiteral("--history"),
                QString::number(total) });
    QUrl baseUrl;
    QElapsedTimer startup;
    startup.start();
    while (baseUrl.isEmpty() && startup.elapsed() < 60000) {
        if (!sim.waitForReadyRead(60000))
            die(QStringLiteral("textdesk-sim did not start: %1")
                    .arg(QString::fromUtf8(sim.readAllStandardError())));
        while (sim.canReadLine()) {
            const QString line = QString::fromUtf8(sim.readLine()).trimmed();
            if (line.startsWith(QLatin1String("listening on ")))
                baseUrl = QUrl(line.mid(13));
        }
    }
    if (baseUrl.isEmpty())
        die(QStringLiteral("textdesk-sim did not say where it listens"));

    const int latencyMs = parser.value(latencyOption).toInt();
    if (latencyMs > 0) {
        QNetworkAccessManager admin;
        QUrl url = baseUrl;
        url.setPath(QStringLiteral("/sim/faults"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QJsonObject fault { { QStringLiteral("endpoint"), QStringLiteral("messages.list") },
                                  { QStringLiteral("kind"), QStringLiteral("latency") },
                                  { QStringLiteral("latencyMs"), latencyMs },
                                  { QStringLiteral("count"), 1'000'000 } };
        QNetworkReply *reply = admin.post(request, QJsonDocument(fault).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError)
            die(QStringLiteral("could not set the latency: %1").arg(reply->errorString()));
        reply->deleteLater();
        std::printf("the simulator answers each page after %d ms\n", latencyMs);
    }

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("cache.sqlite")), Database::Role::Writer);
    if (!db)
        die(db.error().details());
    QNetworkAccessManager network;
    provider::ProviderConfig config;
    config.baseUrl = baseUrl;
    config.credentials.accountSid = kAccount;
    config.credentials.secret = kToken;
    provider::TwilioClient client(&network, config);
    sync::PullOptions options;
    options.horizonMs = 20LL * 365 * 24 * 3600 * 1000; // the whole generated history
    sync::PullSync pull(&client, **db, options);

    const qint64 rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    if (runPass(pull) != sync::PullSync::Result::Converged)
        die(QStringLiteral("first sync failed: %1").arg(pull.errorMessage()));
    const double seconds = timer.nsecsElapsed() / 1e9;
    const sync::PullProgress first = pull.progress();
    if (first.inserted != total)
        die(QStringLiteral("synced %1 of %2 messages").arg(first.inserted).arg(total));
    std::printf("first sync: %lld messages in %d pages, %.1f s, %.0f messages/s end to end\n",
                first.inserted, first.pages, seconds, double(first.inserted) / seconds);
    const double peakMb = peakRssKb() / 1024.0;

    // The pass writes a page while the next one is fetched, so the database's time shows as
    // what the pass takes beyond fetching alone.
    timer.start();
    if (fetchOnly(client) != total)
        die(QStringLiteral("fetching alone saw a different number of messages"));
    const double fetchSeconds = timer.nsecsElapsed() / 1e9;
    const double databaseSeconds = first.databaseNs / 1e9;
    std::printf("  fetching the same pages alone, nothing written: %.1f s\n", fetchSeconds);
    std::printf("  time the database adds to the pass: %.1f s = %.0f%% (target <= 20%%)\n",
                std::max(0.0, seconds - fetchSeconds),
                100.0 * std::max(0.0, seconds - fetchSeconds) / seconds);
    std::printf("  database busy writing pages: %.1f s = %.0f%% of the pass, %.1f us/message\n",
                databaseSeconds, 100.0 * databaseSeconds / seconds,
                1e6 * databaseSeconds / double(first.inserted));
    std::printf("  peak RSS of the syncing process: %.0f MB (%.0f MB before the sync; target <= "
                "200 MB at 1M)\n",
                peakMb, rssBefore / 1024.0);

    QList<double> idle;
    for (int i = 0; i < (smoke ? 3 : 15); ++i) {
        timer.start();
        if (runPass(pull) != sync::PullSync::Result::Converged || pull.progress().inserted != 0)
            die(QStringLiteral("an idle sync wrote something or failed"));
        idle.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("sync with nothing new: median %.1f ms over %lld passes, %d request(s) each "
                "(target <= 50 ms%s)\n",
                median(idle), qint64(idle.size()), pull.progress().pages,
                latencyMs > 0 ? ", without --latency" : "");

    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
