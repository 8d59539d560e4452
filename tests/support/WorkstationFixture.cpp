#include "WorkstationFixture.h"

#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "session/ProviderSession.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QListView>
#include <QSettings>
#include <QTest>

namespace textdesk::test {

WorkstationFixture::WorkstationFixture() = default;

WorkstationFixture::~WorkstationFixture()
{
    stopWorkstation();
}

bool WorkstationFixture::startWorkstation(const Options &options, QString *error)
{
    m_sim = std::make_unique<SimHarness>(QStringLiteral("empty"), 7, 50, options.history);
    if (!m_sim->isRunning()) {
        *error = m_sim->startError();
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    {
        QSettings ini(m_dir->filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("provider/type"), QStringLiteral("twilio"));
        ini.setValue(QStringLiteral("provider/base_url"), m_sim->baseUrl().toString());
        ini.setValue(QStringLiteral("provider/account_sid"),
                     QString::fromLatin1(SimHarness::kAccountSid));
        if (options.uploadToSimulator) {
            ini.setValue(QStringLiteral("media/upload_url"),
                         m_sim->baseUrl().resolved(QUrl(QStringLiteral("/sim/media"))).toString());
        }
        for (auto it = options.ini.cbegin(); it != options.ini.cend(); ++it)
            ini.setValue(it.key(), it.value());
    }
    qputenv("TEXTDESK_AUTH_TOKEN", SimHarness::kAuthToken);
    auto workspace = Workspace::open(m_dir->path());
    if (!workspace) {
        *error = workspace.error().details();
        return false;
    }
    m_workspace = std::move(*workspace);
    m_workspace->releaseWriter();
    m_session = std::make_unique<ProviderSession>(*m_workspace);
    if (!m_session->start(error))
        return false;
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->attachSync(m_session->worker());
    m_window->show();
    if (!QTest::qWaitFor([this] { return m_window->agentId() > 0; }, kWaitMs)) {
        *error = QStringLiteral("the sync thread never said who the agent is");
        return false;
    }
    return true;
}

void WorkstationFixture::stopWorkstation()
{
    m_window.reset();
    if (m_session)
        m_session->stop();
    m_session.reset();
    m_workspace.reset();
    m_dir.reset();
    m_sim.reset();
}

QListView *WorkstationFixture::inboxList() const
{
    return m_window->findChild<QListView *>(QStringLiteral("inboxList"));
}

ThreadModel *WorkstationFixture::thread() const
{
    return m_window->conversation()->model();
}

void WorkstationFixture::trigger(const char *actionName)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    QVERIFY2(action, actionName);
    QTest::keySequence(m_window.get(), action->shortcut());
}

QPersistentModelIndex WorkstationFixture::receive(const QString &from, const QString &body)
{
    m_sim->injectInbound(from, body);
    syncNow();
    QAbstractItemModel *model = inboxList()->model();
    QPersistentModelIndex found;
    (void)QTest::qWaitFor(
        [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex index = model->index(r, 0);
                if (index.data(InboxModel::PreviewRole).toString() == body) {
                    found = index;
                    return true;
                }
            }
            return false;
        },
        kWaitMs);
    return found;
}

void WorkstationFixture::open(const QPersistentModelIndex &index)
{
    QListView *list = inboxList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

int WorkstationFixture::rowWithBody(const QString &body) const
{
    for (int r = thread()->rowCount() - 1; r >= 0; --r) {
        if (thread()->index(r).data(ThreadModel::BodyRole).toString() == body)
            return r;
    }
    return -1;
}

} // namespace textdesk::test
