// MMS attachments from textdesk-sim into a real cache and media folder, over real loopback HTTP:
// typed by their bytes, stored once per content, capped, retried through faults, and never
// left half-written (stop, cut, stall, full disk).
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "sync/MediaFetcher.h"
#include "sync/PullSync.h"

#include <QtCore/QDirIterator>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::provider;
using textdesk::sync::MediaFetcher;
using textdesk::sync::MediaFetchOptions;
using textdesk::sync::PullSync;
using textdesk::test::SimHarness;

namespace {

const QString kCustomer = QStringLiteral("+14155552671");

// Quick retries, so that a test waits for milliseconds, not minutes.
MediaFetchOptions fastOptions()
{
    MediaFetchOptions options;
    options.retryBaseMs = 40;
    options.retryMaxMs = 200;
    return options;
}

} // namespace

class TestMediaFetcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_media;
    TwilioClient *m_client = nullptr;

    bool pull()
    {
        PullSync sync(m_client, *m_db);
        QSignalSpy done(&sync, &PullSync::finished);
        sync.start();
        return (!done.isEmpty() || done.wait(20000))
            && sync.result() == PullSync::Result::Converged;
    }

    std::unique_ptr<MediaFetcher> fetcher(const MediaFetchOptions &options = fastOptions())
    {
        return std::make_unique<MediaFetcher>(m_client, *m_db, m_media->path(), options);
    }

    QStringList query(const QString &sql) { return test::rows(*m_db, sql); }

    // Every attachment has an end state and nothing is queued.
    bool settled(const MediaFetcher &fetcher)
    {
        return !fetcher.isBusy()
            && query(QStringLiteral("SELECT count(*) FROM media WHERE download_state IN "
                                    "('pending', 'downloading')"))
            == QStringList { QStringLiteral("0") }
        && query(QStringLiteral("SELECT count(*) FROM messages m WHERE num_media > 0 AND NOT "
                                "EXISTS (SELECT 1 FROM media WHERE message_id = m.id)"))
            == QStringList { QStringLiteral("0") };
    }

    // "state|content type" per attachment, in the order they were sent.
    QStringList states()
    {
        return query(QStringLiteral("SELECT download_state || '|' || coalesce(content_type, '') "
                                    "FROM media ORDER BY message_id, id"));
    }

    // Files in the media folder that are not a whole, content-addressed file: temporary files,
    // partial writes, files whose bytes do not match their name.
    QStringList strayFiles()
    {
        static const QRegularExpression name(QStringLiteral("^([0-9a-f]{64})\\.[a-z0-9]+$"));
        QStringList stray;
        QDirIterator it(m_media->path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            const auto match = name.match(info.fileName());
            if (!match.hasMatch() || info.dir().dirName() != match.captured(1).left(2)
                || QString::fromLatin1(test::fileHash(path)) != match.captured(1)) {
                stray << path;
            }
        }
        return stray;
    }

    int fileCount()
    {
        int count = 0;
        QDirIterator it(m_media->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

    // Bytes served by the simulator as they are (POST /sim/media); the link to send them with.
    QString upload(const QByteArray &bytes, const QByteArray &contentType)
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QStringLiteral("/sim/media"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_sim->network().post(request, bytes);
        QSignalSpy done(reply, &QNetworkReply::finished);
        const auto cleanup = qScopeGuard([reply] { reply->deleteLater(); });
        if (!done.wait(5000))
            return {};
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("url"))
            .toString();
    }

    bool sendWithMedia(const QStringList &links)
    {
        OutgoingMessage message;
        message.to = kCustomer;
        message.from = m_sim->ourNumber();
        message.body = QStringLiteral("here you go");
        for (const QString &link : links)
            message.mediaUrls.append(QUrl(link));
        MessageJob *job = m_client->send(message);
        return test::waitFor(job) && job->succeeded();
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<SimHarness>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
        m_cache = std::make_unique<test::TestCache>();
        m_db = m_cache->open();
        QVERIFY(m_db);
        m_media = std::make_unique<QTemporaryDir>();
        QVERIFY(m_media->isValid());
        m_client = m_sim->client();
    }

    void cleanup()
    {
        m_db.reset();
        m_cache.reset();
        m_media.reset();
        m_sim.reset();
    }

    void downloadsTypedByTheirBytes()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("the damage"),
                             { QStringLiteral("photo"), QStringLiteral("pdf"),
                               QStringLiteral("video"), QStringLiteral("corrupt") });
        QVERIFY(pull());
        const qint64 messageId
            = query(QStringLiteral("SELECT id FROM messages")).value(0).toLongLong();

        auto media = fetcher();
        QSignalSpy changed(media.get(), &MediaFetcher::mediaChanged);
        QSignalSpy progress(media.get(), &MediaFetcher::progress);
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);

        // The corrupt JPEG has a real JPEG header, so it is stored as one: telling a damaged
        // picture needs a decoder, which the sync core does not link (no QtGui). The thumbnail
        // step finds it and shows the reason (TestThumbnailCache::corruptImageFailsWithReason).
        QCOMPARE(states(),
                 (QStringList {
                     QStringLiteral("done|image/jpeg"), QStringLiteral("done|application/pdf"),
                     QStringLiteral("done|video/x-msvideo"), QStringLiteral("done|image/jpeg") }));
        const QStringList rows = query(
            QStringLiteral("SELECT local_path, sha256, size_bytes, coalesce(failure_reason, '') "
                           "FROM media"));
        QCOMPARE(rows.size(), 4);
        for (const QString &row : rows) {
            const QStringList f = row.split(u'|');
            const QString path = m_media->filePath(f[0]);
            QCOMPARE(QString::fromLatin1(test::fileHash(path)), f[1]);
            QCOMPARE(QFileInfo(path).size(), f[2].toLongLong());
            QCOMPARE(f[0], MediaFetcher::relativePathFor(f[1], QFileInfo(path).suffix()));
            QCOMPARE(f[3], QString()); // every label was right: no note
        }
        QCOMPARE(fileCount(), 4);
        QCOMPARE(strayFiles(), QStringList());
        QVERIFY(changed.contains(QVariantList { messageId }));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), (QVariantList { 4, 4 }));
    }

    void sameContentIsStoredOnce()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("look"), { QStringLiteral("photo") });
        m_sim->injectInbound(QStringLiteral("+14155552672"), QStringLiteral("same"),
                             { QStringLiteral("photo") });
        QVERIFY(pull());
        auto media = fetcher();
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);
        QCOMPARE(query(QStringLiteral("SELECT count(*), count(DISTINCT sid), count(DISTINCT "
                                      "local_path) FROM media WHERE download_state = 'done'")),
                 QStringList { QStringLiteral("2|2|1") });
        QCOMPARE(fileCount(), 1);
        QCOMPARE(strayFiles(), QStringList());
    }

    void laterMessagesAreFoundByLaterScans()
    {
        auto media = fetcher();
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);
        m_sim->injectInbound(kCustomer, QStringLiteral("one"), { QStringLiteral("screenshot") });
        QVERIFY(pull());
        media->fetchPending();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);
        m_sim->injectInbound(kCustomer, QStringLiteral("two"), { QStringLiteral("pdf") });
        QVERIFY(pull());
        media->fetchPending();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);
        QCOMPARE(states(),
                 (QStringList { QStringLiteral("done|image/png"),
                                QStringLiteral("done|application/pdf") }));
    }

    void overTheCapFailsWithReason()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("big"), { QStringLiteral("photo") });
        QVERIFY(pull());
        MediaFetchOptions options = fastOptions();
        options.maxBytes = 1000;
        auto media = fetcher(options);
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);
        const QStringList row = query(
            QStringLiteral("SELECT download_state, local_path IS NULL, failure_reason FROM media"));
        QCOMPARE(row.size(), 1);
        QVERIFY2(row[0].startsWith(QStringLiteral("failed|1|")), qPrintable(row[0]));
        QVERIFY2(row[0].contains(QStringLiteral("larger than")), qPrintable(row[0]));
        QCOMPARE(fileCount(), 0);
    }

    void labelsAreCheckedAgainstTheBytes()
    {
        // A JPEG labelled PNG, and bytes that are nothing Textdesk knows labelled PNG.
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600")
            + QByteArray(200, '\x11') + QByteArray::fromHex("ffd9");
        const QByteArray junk = QByteArray::fromHex("00010203") + QByteArray(" not a picture")
            + QByteArray(66, '\x7f');
        const QString jpegLink = upload(jpeg, "image/png");
        const QString junkLink = upload(junk, "image/png");
        QVERIFY(!jpegLink.isEmpty() && !junkLink.isEmpty());
        QVERIFY(sendWithMedia({ jpegLink, junkLink }));
        QVERIFY(pull());
        auto media = fetcher();
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);

        const QStringList rows = query(QStringLiteral(
            "SELECT download_state, content_type, local_path IS NOT NULL, size_bytes, "
            "failure_reason FROM media ORDER BY download_state"));
        QCOMPARE(rows.size(), 2);
        // Trusts the bytes, stores it as what it is, and says so.
        QVERIFY2(rows[0].startsWith(QStringLiteral("done|image/jpeg|1|213|")), qPrintable(rows[0]));
        QVERIFY2(rows[0].contains(QStringLiteral("PNG"))
                     && rows[0].contains(QStringLiteral("JPEG")),
                 qPrintable(rows[0]));
        // Unknown: not stored, with the reason in words.
        QVERIFY2(rows[1].startsWith(QStringLiteral("unsupported|image/png|0|84|")),
                 qPrintable(rows[1]));
        QVERIFY2(rows[1].contains(QStringLiteral("does not recognise")), qPrintable(rows[1]));
        QCOMPARE(fileCount(), 1);
        QVERIFY(query(QStringLiteral("SELECT local_path FROM media WHERE download_state = 'done'"))
                    .value(0)
                    .endsWith(QStringLiteral(".jpg")));
    }

    void faultsAreRetriedUntilDone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("500s") << "error";
        QTest::newRow("cut mid-body") << "cut";
        QTest::newRow("stalled") << "stall";
    }

    void faultsAreRetriedUntilDone()
    {
        QFETCH(QString, kind);
        m_sim->injectInbound(kCustomer, QStringLiteral("faulty"),
                             { QStringLiteral("photo"), QStringLiteral("pdf") });
        QVERIFY(pull());
        // One download at a time, each failing more often than the client tries (3 attempts):
        // both jobs fail, and the fetcher's own backoff has to bring them home.
        m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("media.content") },
                       { QStringLiteral("kind"), kind },
                       { QStringLiteral("count"), 6 } });
        MediaFetchOptions options = fastOptions();
        options.maxConcurrent = 1;
        auto media = fetcher(options);
        bool sawWaiting = false;
        connect(media.get(), &MediaFetcher::mediaChanged, this, [&] {
            sawWaiting |= !query(QStringLiteral("SELECT 1 FROM media WHERE download_state = "
                                                "'pending' AND failure_reason IS NOT NULL"))
                               .isEmpty();
        });
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 30000);
        QVERIFY(sawWaiting);
        QCOMPARE(states(),
                 (QStringList { QStringLiteral("done|image/jpeg"),
                                QStringLiteral("done|application/pdf") }));
        QCOMPARE(query(QStringLiteral("SELECT count(*) FROM media WHERE failure_reason IS NULL")),
                 QStringList { QStringLiteral("2") }); // the wait's reason is gone once done
        QCOMPARE(m_sim->admin("GET", QStringLiteral("/sim/faults"))
                     .value(QLatin1String("faults"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(strayFiles(), QStringList());
        QCOMPARE(fileCount(), 2);
    }

    void stopMidDownloadLeavesNothingBehind()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("slow"),
                             { QStringLiteral("photo"), QStringLiteral("video") });
        QVERIFY(pull());
        m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("media.content") },
                       { QStringLiteral("kind"), QStringLiteral("stall") },
                       { QStringLiteral("count"), 100 } });
        {
            auto media = fetcher();
            media->start();
            QTRY_COMPARE_WITH_TIMEOUT(
                query(QStringLiteral(
                    "SELECT count(*) FROM media WHERE download_state = 'downloading'")),
                QStringList { QStringLiteral("2") }, 10000);
            media->stop();
            QVERIFY(!media->isBusy());
            QCOMPARE(query(QStringLiteral("SELECT group_concat(download_state) FROM media")),
                     QStringList { QStringLiteral("pending,pending") });
            QCOMPARE(fileCount(), 0);
        }
        // The next run (a new fetcher: the links are listed again) finishes the job.
        m_sim->clearFaults();
        auto media = fetcher();
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 20000);
        QCOMPARE(states(),
                 (QStringList { QStringLiteral("done|image/jpeg"),
                                QStringLiteral("done|video/x-msvideo") }));
        QCOMPARE(strayFiles(), QStringList());
    }

    void everyDatabaseCallMayFail()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("db"),
                             { QStringLiteral("photo"), QStringLiteral("pdf") });
        // How many database calls one clean fetch makes.
        int calls = 0;
        {
            QVERIFY(pull());
            m_db->failNthExecForTesting(100000);
            auto media = fetcher();
            QSignalSpy idle(media.get(), &MediaFetcher::idle);
            media->start();
            QVERIFY(idle.wait(20000));
            calls = 100000 - m_db->remainingExecsForTesting();
            m_db->failNthExecForTesting(0);
            QVERIFY(settled(*media));
        }
        QVERIFY(calls > 5);
        for (int i = 1; i <= calls; ++i) {
            test::TestCache cache;
            m_db = cache.open();
            m_media = std::make_unique<QTemporaryDir>();
            QVERIFY(pull());
            m_db->failNthExecForTesting(i);
            auto media = fetcher();
            media->start();
            // The failure happens, then the fetcher's retry brings every attachment home.
            QTRY_COMPARE_WITH_TIMEOUT(m_db->remainingExecsForTesting(), 0, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(settled(*media), 10000);
            QCOMPARE(states(),
                     (QStringList { QStringLiteral("done|image/jpeg"),
                                    QStringLiteral("done|application/pdf") }));
            QCOMPARE(strayFiles(), QStringList());
            QCOMPARE(fileCount(), 2);
            media.reset();
            m_db.reset();
        }
    }

    void fullDiskFailsForNowThenRecovers()
    {
        m_sim->injectInbound(kCustomer, QStringLiteral("disk"), { QStringLiteral("photo") });
        QVERIFY(pull());
        MediaFetchOptions options = fastOptions();
        options.retryBaseMs = 400; // long enough to look at the failed state
        auto media = fetcher(options);
        media->failSavesForTesting(1);
        QSignalSpy idle(media.get(), &MediaFetcher::idle);
        media->start();
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 10000);
        const QStringList row = query(QStringLiteral(
            "SELECT download_state, local_path IS NULL, sha256 IS NOT NULL, failure_reason "
            "FROM media"));
        QCOMPARE(row.size(), 1);
        QVERIFY2(row[0].startsWith(QStringLiteral("failed|1|1|")), qPrintable(row[0]));
        QVERIFY2(row[0].contains(QStringLiteral("disk space")), qPrintable(row[0]));
        QCOMPARE(fileCount(), 0); // the temporary file went with the failed save

        // Tried again after a backoff, in this run.
        QTRY_COMPARE_WITH_TIMEOUT(states(), QStringList { QStringLiteral("done|image/jpeg") },
                                  10000);
        QCOMPARE(strayFiles(), QStringList());

        // And at the next start, if the run ended first.
        m_sim->injectInbound(kCustomer, QStringLiteral("disk 2"), { QStringLiteral("pdf") });
        QVERIFY(pull());
        options.retryBaseMs = 60'000;
        auto second = fetcher(options);
        second->failSavesForTesting(1);
        QSignalSpy secondIdle(second.get(), &MediaFetcher::idle);
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(!secondIdle.isEmpty(), 10000);
        QCOMPARE(
            query(QStringLiteral("SELECT count(*) FROM media WHERE download_state = 'failed'")),
            QStringList { QStringLiteral("1") });
        second->stop();
        second.reset();
        auto third = fetcher();
        third->start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*third), 10000);
        QCOMPARE(states(),
                 (QStringList { QStringLiteral("done|image/jpeg"),
                                QStringLiteral("done|application/pdf") }));
        QCOMPARE(strayFiles(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestMediaFetcher)
#include "TestMediaFetcher.moc"
