// A second launch on the same workspace finds the first over a real local socket and asks it
// for its window; a different workspace, or a first one that has gone, does not.
#include "main/SingleInstance.h"

#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace textdesk;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunchActivatesTheFirst()
    {
        const QString key = QStringLiteral("/tmp/ws-") + QUuid::createUuid().toString();
        SingleInstance first(key);
        QVERIFY(first.isPrimary());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        // The second runs its handshake while the first's event loop answers (as two
        // processes would): poll the first from a timer while the second blocks.
        bool secondIsPrimary = true;
        QTimer::singleShot(0, this, [&] {
            SingleInstance second(key);
            secondIsPrimary = second.isPrimary();
        });
        QTRY_VERIFY(activated.count() == 1);
        QVERIFY(!secondIsPrimary);
    }

    void anotherWorkspaceIsIndependent()
    {
        SingleInstance one(QStringLiteral("/tmp/a-") + QUuid::createUuid().toString());
        SingleInstance two(QStringLiteral("/tmp/b-") + QUuid::createUuid().toString());
        QVERIFY(one.isPrimary());
        QVERIFY(two.isPrimary());
        QVERIFY(one.serverName() != two.serverName());
    }

    void theNameIsFreeAgainWhenTheFirstEnds()
    {
        const QString key = QStringLiteral("/tmp/ws-") + QUuid::createUuid().toString();
        auto first = std::make_unique<SingleInstance>(key);
        QVERIFY(first->isPrimary());
        const QString name = first->serverName();
        first.reset();
        // Nobody answers on the name any more.
        QLocalSocket probe;
        probe.connectToServer(name);
        QVERIFY(!probe.waitForConnected(2000));
        // The next launch becomes the window, and really serves the name: a launch after it
        // finds it and asks it for its window. (isPrimary() alone would also be true for one
        // that failed to listen, so it could not tell.)
        SingleInstance next(key);
        QVERIFY(next.isPrimary());
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        bool thirdIsPrimary = true;
        QTimer::singleShot(0, this, [&] {
            SingleInstance third(key);
            thirdIsPrimary = third.isPrimary();
        });
        QTRY_COMPARE(activated.count(), 1);
        QVERIFY(!thirdIsPrimary);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
