// The training workspace as a new user gets it: the simulator in-process, the sync thread
// pulling from it through the real client, and a clean stop.
#include "session/ProviderSession.h"
#include "storage/CacheStatistics.h"
#include "workspace/Workspace.h"

#include <QtCore/QPointer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;

class TestProviderSession : public QObject
{
    Q_OBJECT

private slots:
    void trainingWorkspaceFillsFromTheSimulator()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("training")));
        QVERIFY(workspace);
        QCOMPARE((*workspace)->kind(), Workspace::Kind::Training);
        (*workspace)->releaseWriter();

        ProviderSession session(**workspace);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QVERIFY(session.isTraining());
        QCOMPARE(session.providerUrl().host(), QStringLiteral("127.0.0.1"));
        QSignalSpy synced(session.worker(), &sync::SyncWorker::synced);
        QVERIFY(synced.wait(30'000));
        QVERIFY(synced.first().at(0).toLongLong() > 100); // the demo history

        auto reader = (*workspace)->openReader();
        QVERIFY(reader);
        auto stats = CacheStatistics::readSummary(**reader);
        QVERIFY(stats);
        QVERIFY(stats->conversations >= 30);
        QVERIFY(stats->messages > 100);

        QPointer<QThread> syncThread = session.worker()->thread();
        session.stop();
        QVERIFY(!syncThread || syncThread->isFinished()); // nothing still writing
        QVERIFY(!session.worker());
    }

    void trainingTurnedOffByTheAdministratorSaysSo()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("training")));
        QVERIFY(workspace);
        (*workspace)->releaseWriter();
        ProviderSession session(**workspace);
        session.setTrainingAllowed(false);
        QString error;
        QVERIFY(!session.start(&error));
        QVERIFY(error.contains(QStringLiteral("administrator")));
        QVERIFY(!session.worker()); // nothing started
    }
};

QTEST_MAIN(TestProviderSession)
#include "TestProviderSession.moc"
