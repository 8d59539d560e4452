// Provider benchmark (issue: provider layer). Against textdesk-sim over loopback HTTP (the
// simulator runs on its own thread, as a separate server would):
//   1. listing N messages at PageSize=1000 through TwilioClient, following next_page_uri;
//   2. decoding one 1000-message page into ProviderMessage objects, against
//      QJsonDocument::fromJson alone on the same bytes (target: at least half its speed).
//
//   ./dev.sh bench provider                 100,000 messages, 5 runs
//   ./dev.sh bench provider --messages 20000 --runs 3
//   ./dev.sh bench provider --smoke

#include "Simulator.h"
#include "provider/TwilioClient.h"
#include "provider/TwilioJson.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QThread>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>
#include <cstdio>

using namespace textdesk;

namespace {

const QString kAccount = QStringLiteral("AC00000000000000000000000000000001");
const QByteArray kToken = "bench-token";

void die(const QString &what)
{
    std::fprintf(stderr, "bench_provider: %s\n", qPrintable(what));
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Waits for a job in a local event loop.
void wait(provider::ProviderJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &provider::ProviderJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages to list."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions (median reported)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("Small and quick."));
    parser.addOptions({ messagesOption, runsOption, smokeOption });
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const qint64 total = smoke ? 3000 : parser.value(messagesOption).toLongLong();
    const int runs = smoke ? 1 : std::max(1, parser.value(runsOption).toInt());

    // The simulator on its own thread.
    QThread simThread;
    simThread.start();
    QObject simContext; // code invoked on it runs on the simulator's thread
    simContext.moveToThread(&simThread);
    sim::SimulatorOptions options;
    options.accountSid = kAccount;
    options.authToken = QString::fromLatin1(kToken);
    options.scenario = QStringLiteral("empty");
    options.history = total;
    options.tickMs = 0;
    std::unique_ptr<sim::Simulator> simulator;
    QUrl baseUrl;
    QString error;
    QElapsedTimer generation;
    generation.start();
    QMetaObject::invokeMethod(
        &simContext,
        [&] {
            simulator = std::make_unique<sim::Simulator>(options);
            if (simulator->start(&error))
                baseUrl = simulator->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (baseUrl.isEmpty())
        die(QStringLiteral("simulator did not start: %1").arg(error));
    std::printf("simulator: %lld historical messages generated in %.2f s\n", total,
                generation.elapsed() / 1000.0);

    QNetworkAccessManager network;
    provider::ProviderConfig config;
    config.baseUrl = baseUrl;
    config.credentials.accountSid = kAccount;
    config.credentials.secret = kToken;
    provider::TwilioClient client(&network, config);

    // 1. Listing.
    QList<double> rates;
    QByteArray samplePage;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        qint64 listed = 0;
        int pages = 0;
        provider::MessageQuery query;
        query.pageSize = 1000;
        provider::MessagePageJob *job = client.listMessages(query);
        while (job) {
            wait(job);
            if (!job->succeeded())
                die(QStringLiteral("listing failed: %1").arg(job->error().details()));
            listed += job->page.messages.size();
            ++pages;
            job = job->page.nextPageUri.isEmpty() ? nullptr
                                                  : client.nextPage(job->page.nextPageUri);
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (listed != total)
            die(QStringLiteral("listed %1 of %2 messages").arg(listed).arg(total));
        rates.append(double(listed) / seconds);
        std::printf("  run %d: %lld messages in %d pages, %.2f s, %.0f messages/s\n", run + 1,
                    listed, pages, seconds, double(listed) / seconds);
    }
    std::printf("listing at PageSize=1000: median %.0f messages/s over %d runs\n", median(rates),
                runs);

    // 2. Decoding one full page, raw bytes fetched once.
    {
        QUrl url = baseUrl;
        url.setPath(QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount));
        url.setQuery(QStringLiteral("PageSize=1000"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization",
                             "Basic " + QByteArray(kAccount.toLatin1() + ':' + kToken).toBase64());
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        samplePage = reply->readAll();
        reply->deleteLater();
    }
    provider::ProviderError decodeError;
    const auto check = provider::twilio::parseMessagePage(samplePage, &decodeError);
    if (!check || check->messages.size() != std::min<qint64>(1000, total))
        die(QStringLiteral("sample page did not decode: %1").arg(decodeError.details()));

    const int iterations = smoke ? 5 : 200;
    QList<double> jsonTimes;
    QList<double> decodeTimes;
    qint64 sink = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            sink += QJsonDocument::fromJson(samplePage).object().size();
        jsonTimes.append(timer.nsecsElapsed() / 1e6 / iterations);
        timer.start();
        for (int i = 0; i < iterations; ++i)
            sink += provider::twilio::parseMessagePage(samplePage, nullptr)->messages.size();
        decodeTimes.append(timer.nsecsElapsed() / 1e6 / iterations);
    }
    const double json = median(jsonTimes);
    const double decode = median(decodeTimes);
    std::printf("decode a 1000-message page (%lld KB): QJsonDocument::fromJson %.2f ms, into "
                "ProviderMessage %.2f ms\n",
                qint64(samplePage.size() / 1024), json, decode);
    std::printf("decode speed relative to fromJson alone: %.0f%% (target >= 50%%) [%lld]\n",
                100.0 * json / decode, sink % 2);

    QMetaObject::invokeMethod(
        &simContext, [&] { simulator.reset(); }, Qt::BlockingQueuedConnection);
    simThread.quit();
    simThread.wait();
    return 0;
}
