// --history (large generated histories), determinism by seed, and --data persistence.
#include "SimTestClient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::simtest;

namespace {

QStringList sidsOf(const QJsonArray &messages)
{
    QStringList sids;
    for (const QJsonValue &message : messages)
        sids.append(message.toObject().value(QLatin1String("sid")).toString());
    return sids;
}

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestSimHistory : public QObject
{
    Q_OBJECT

private slots:
    void history10000IsListable()
    {
        auto options = SimTestClient::defaultOptions();
        options.history = 10'000;
        SimTestClient client(options);
        QVERIFY(client.started());
        int pages = 0;
        const QJsonArray all = client.listAll(QStringLiteral("PageSize=1000"), &pages);
        QCOMPARE(all.size(), 10'000);
        QCOMPARE(pages, 10);
        const QStringList sids = sidsOf(all);
        QCOMPARE(QSet<QString>(sids.begin(), sids.end()).size(), 10'000);

        QHash<QString, int> statuses;
        QString previous;
        QDateTime newest = QDateTime::currentDateTimeUtc();
        QDateTime oldest = newest;
        for (const QJsonValue &value : all) {
            const QJsonObject message = value.toObject();
            ++statuses[message.value(QLatin1String("status")).toString()];
            const QDateTime created = QDateTime::fromString(
                message.value(QLatin1String("date_created")).toString(), Qt::RFC2822Date);
            QVERIFY(created <= newest); // newest first
            newest = created;
            oldest = std::min(oldest, created);
        }
        QVERIFY(statuses.value(QStringLiteral("delivered"))
                    + statuses.value(QStringLiteral("received"))
                > 9000);
        QVERIFY(statuses.value(QStringLiteral("received")) > 4000);
        QVERIFY(oldest < QDateTime::currentDateTimeUtc().addDays(-150)); // spread over months

        // Filters work on history like on anything else.
        const QJsonObject any = all.at(1234).toObject();
        const QString customer
            = any.value(QLatin1String("direction")).toString() == QLatin1String("inbound")
            ? any.value(QLatin1String("from")).toString()
            : any.value(QLatin1String("to")).toString();
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(customer));
        const QJsonArray toCustomer = client.listAll(QStringLiteral("PageSize=7&To=") + encoded);
        const QJsonArray fromCustomer
            = client.listAll(QStringLiteral("PageSize=7&From=") + encoded);
        QVERIFY(toCustomer.size() + fromCustomer.size() > 1);
        for (const QJsonValue &message : toCustomer)
            QCOMPARE(message.toObject().value(QLatin1String("to")).toString(), customer);
        const QString sid = any.value(QLatin1String("sid")).toString();
        QCOMPARE(client.fetch(sid).value(QLatin1String("sid")).toString(), sid);
        // History customers are real numbers: one can write to them.
        QCOMPARE(client.send(customer, QStringLiteral("Hello again")).status, 201);
    }

    void aMillionMessagesQuickly()
    {
        auto options = SimTestClient::defaultOptions();
        options.history = 1'000'000;
        const qint64 before = residentKilobytes();
        QElapsedTimer timer;
        timer.start();
        SimTestClient client(options);
        QVERIFY(client.started());
        const qint64 startMs = timer.elapsed();
        const qint64 grownMb = (residentKilobytes() - before) / 1024;
        qInfo("1,000,000 messages: started in %lld ms, %lld MB more resident", startMs, grownMb);
        // Liveness only (the figure is printed above; speed is the benchmarks' business): a
        // loaded 2-core machine must never trip it.
        QVERIFY2(startMs < 120'000, qPrintable(QString::number(startMs)));
        QVERIFY2(grownMb < 1024, qPrintable(QString::number(grownMb)));

        const QJsonObject page
            = client.get(client.path(QStringLiteral("/Messages.json?PageSize=1000"))).json();
        QCOMPARE(page.value(QLatin1String("messages")).toArray().size(), 1000);
        const QJsonObject second
            = client.get(page.value(QLatin1String("next_page_uri")).toString()).json();
        QCOMPARE(second.value(QLatin1String("start")).toInt(), 1000);
        const QJsonObject stats = client.admin("GET", QStringLiteral("/sim/stats")).json();
        QCOMPARE(stats.value(QLatin1String("total")).toInt(), 1'000'000);
    }

    void sameSeedSameSids()
    {
        auto options = SimTestClient::defaultOptions();
        options.history = 50;
        options.seed = 42;
        SimTestClient a(options);
        SimTestClient b(options);
        options.seed = 43;
        SimTestClient c(options);
        const QStringList historyA = sidsOf(a.listAll(QString()));
        QCOMPARE(historyA.size(), 50);
        QCOMPARE(sidsOf(b.listAll(QString())), historyA);
        QVERIFY(sidsOf(c.listAll(QString())) != historyA);
        for (int i = 0; i < 5; ++i) {
            const QString sidA = a.sendSid(kCustomer, QStringLiteral("m%1").arg(i));
            QCOMPARE(b.sendSid(kCustomer, QStringLiteral("m%1").arg(i)), sidA);
            QVERIFY(c.sendSid(kCustomer, QStringLiteral("m%1").arg(i)) != sidA);
        }
        const QString inboundA
            = a.inbound(kCustomer, QStringLiteral("pic"), { QStringLiteral("photo") })
                  .value(QLatin1String("sid"))
                  .toString();
        QCOMPARE(b.inbound(kCustomer, QStringLiteral("pic"), { QStringLiteral("photo") })
                     .value(QLatin1String("sid"))
                     .toString(),
                 inboundA);
        const auto mediaOf = [](SimTestClient &client, const QString &sid) {
            return client.get(client.path(QStringLiteral("/Messages/%1/Media.json").arg(sid)))
                .json()
                .value(QLatin1String("media_list"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("sid"))
                .toString();
        };
        QCOMPARE(mediaOf(b, inboundA), mediaOf(a, inboundA));
        QCOMPARE(a.get(a.path(QStringLiteral("/IncomingPhoneNumbers.json"))).json(),
                 b.get(b.path(QStringLiteral("/IncomingPhoneNumbers.json"))).json());
    }

    void dataDirKeepsStateAcrossRuns()
    {
        QTemporaryDir dir;
        auto options = SimTestClient::defaultOptions();
        options.dataDir = dir.path();
        options.history = 100;
        options.saveDelayMs = 20;
        QStringList sids;
        QString mediaUri;
        QByteArray uploadedBytes = QByteArray("GIF89a") + QByteArray(500, '\x07');
        {
            SimTestClient first(options);
            QVERIFY2(first.started(), qPrintable(first.error()));
            const qint64 initialSize
                = QFileInfo(dir.filePath(QStringLiteral("sim-state.bin"))).size();
            QVERIFY(initialSize > 100 * 64); // written at start, history included
            sids.append(first.sendSid(kCustomer, QStringLiteral("before the restart")));
            first.inbound(kOtherCustomer, QStringLiteral("STOP"));
            const QString url
                = first
                      .request("POST", QStringLiteral("/sim/media"), uploadedBytes, "image/gif", {})
                      .json()
                      .value(QLatin1String("url"))
                      .toString();
            const HttpResult mms = first.send(kCustomer, QStringLiteral("pic"),
                                              { { QStringLiteral("MediaUrl"), url } });
            sids.append(mms.json().value(QLatin1String("sid")).toString());
            mediaUri
                = first.get(first.path(QStringLiteral("/Messages/%1/Media.json").arg(sids.last())))
                      .json()
                      .value(QLatin1String("media_list"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QLatin1String("uri"))
                      .toString();
            first.postForm(first.path(QStringLiteral("/Messages/%1.json").arg(sids.first())),
                           { { QStringLiteral("Body"), QString() } });
            // Saved shortly after the changes, without waiting for shutdown.
            QTRY_VERIFY(QFileInfo(dir.filePath(QStringLiteral("sim-state.bin"))).size()
                        > initialSize);
            sids += sidsOf(first.listAll(QString()));
        }
        SimTestClient second(options);
        QVERIFY2(second.started(), qPrintable(second.error()));
        const QStringList reloaded = sidsOf(second.listAll(QString()));
        QCOMPARE(reloaded, sids.mid(2)); // everything, history not generated again
        QCOMPARE(reloaded.size(), 100 + 2 + 2); // history, two sent, STOP and its reply
        QCOMPARE(second.fetch(sids.first()).value(QLatin1String("body")).toString(),
                 QString()); // still redacted
        QCOMPARE(second.fetch(sids.at(1)).value(QLatin1String("num_media")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(second.getMedia(mediaUri.chopped(5)).body, uploadedBytes);
        QCOMPARE(second.send(kOtherCustomer, QStringLiteral("still opted out?")).code(), 21610);
        // New SIDs continue the sequence instead of repeating it.
        const QString fresh = second.sendSid(kCustomer, QStringLiteral("after the restart"));
        QVERIFY(!sids.contains(fresh));
        // Unfinished messages resume their progression.
        second.settle();
        QCOMPARE(second.fetch(fresh).value(QLatin1String("status")).toString(),
                 QStringLiteral("delivered"));

        // A damaged file is refused, not silently replaced.
        QFile file(dir.filePath(QStringLiteral("sim-state.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
        file.close();
        sim::Simulator broken(options);
        QString error;
        QVERIFY(!broken.start(&error));
        QVERIFY(error.contains(QLatin1String("sim-state.bin")));
    }

    void startErrors()
    {
        auto options = SimTestClient::defaultOptions();
        options.scenario = QStringLiteral("nope");
        QString error;
        QVERIFY(!sim::Simulator(options).start(&error));
        QVERIFY(error.contains(QLatin1String("nope")));
        options = SimTestClient::defaultOptions();
        options.accountSid = QStringLiteral("AC123");
        QVERIFY(!sim::Simulator(options).start(&error));
        SimTestClient running;
        options = SimTestClient::defaultOptions();
        options.port = running.sim().port();
        QVERIFY(!sim::Simulator(options).start(&error));
        QVERIFY2(error.contains(QString::number(options.port)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimHistory)
#include "TestSimHistory.moc"
