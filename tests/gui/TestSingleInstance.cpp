// A second launch on the same workspace finds the first over a real local socket and asks it
// for its window; a different workspace, or a first one that has gone, does not.
#include "main/SingleInstance.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>
#include <unistd.h>

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

    // The socket lives in the user's private runtime folder, not in /tmp where any user could
    // create the name first and answer in our place.
    void theSocketIsInAPrivateFolder()
    {
        SingleInstance first(QStringLiteral("/tmp/ws-") + QUuid::createUuid().toString());
        QVERIFY(first.isPrimary());
        const QFileInfo socket(first.serverName());
        QVERIFY2(socket.isAbsolute(), qPrintable(first.serverName()));
        QVERIFY(socket.exists());
        QCOMPARE(socket.ownerId(), uint(::geteuid()));
        const QString folder = socket.absolutePath();
        QVERIFY2(folder != QDir::tempPath(), qPrintable(folder));
        QCOMPARE(QFileInfo(folder).ownerId(), uint(::geteuid()));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(folder) & others, QFile::Permissions());
    }

    // When the socket cannot be had (here the name is taken by a folder that is not a socket),
    // this launch is not "the first": it says so instead of opening a second writer.
    void aFailedListenIsNotTheFirst()
    {
        const QString key = QStringLiteral("/tmp/ws-") + QUuid::createUuid().toString();
        const QString path = SingleInstance::socketPath(key);
        QVERIFY(!path.isEmpty());
        QVERIFY(QDir().mkpath(path));
        SingleInstance instance(key);
        QVERIFY(!instance.isPrimary());
        QVERIFY(instance.failed());
        QVERIFY(!instance.errorString().isEmpty());
        QVERIFY(QDir().rmdir(path));
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
