// A workspace folder holds customers' messages (the cache) and pictures (media/): other users
// of the computer may not list or read them, whatever the umask.
#include "workspace/Workspace.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <sys/stat.h>

using namespace textdesk;

namespace {
const QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
const QFile::Permissions kOwner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
} // namespace

class TestWorkspaceFolders : public QObject
{
    Q_OBJECT

    mode_t m_umask = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_umask = ::umask(022); // the usual default: folders readable by everyone
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void aNewWorkspaceIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk"));
        auto workspace = Workspace::open(path);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
        for (const QString &folder : { path, (*workspace)->mediaDirectory() }) {
            const QFile::Permissions permissions = QFile::permissions(folder);
            QCOMPARE(permissions & kOthers, QFile::Permissions());
            QCOMPARE(permissions & kOwner, kOwner);
        }
    }

    // A folder made beforehand (by an installer, or the app presetting a workspace) with the
    // default permissions is closed to others when the workspace opens.
    void anExistingOpenFolderIsClosedToOthers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/media")));
        QVERIFY(QFile::setPermissions(path,
                                      kOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::ExeOther));
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        QCOMPARE(QFile::permissions(path) & kOthers, QFile::Permissions());
        QCOMPARE(QFile::permissions(path + QStringLiteral("/media")) & kOthers,
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFolders)
#include "TestWorkspaceFolders.moc"
