#include "MainWindow.h"

#include "storage/CacheStatistics.h"
#include "sync/SyncWorker.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

namespace textdesk {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Textdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/textdesk.svg")));
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);

    m_banner = new QLabel(tr("Training — messages go to simulated customers"), central);
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_banner->setAccessibleName(tr("Training workspace"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(
        QStringLiteral("background: #f5c542; color: #1b1b1b; font-weight: 600;"));
    m_banner->setVisible(workspace.kind() == Workspace::Kind::Training);
    layout->addWidget(m_banner);

    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("workspaceSummary"));
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary, 1);
    setCentralWidget(central);

    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_syncStatus, 1);
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::attachSync(sync::SyncWorker *worker)
{
    using State = sync::SyncWorker::State;
    m_syncStatus->setText(tr("Connecting…"));
    connect(
        worker, &sync::SyncWorker::stateChanged, this, [this](State state, const QString &message) {
            switch (state) {
            case State::Syncing:
                m_syncStatus->setText(tr("Syncing…"));
                break;
            case State::Idle:
                if (message.isEmpty()) {
                    m_syncStatus->setText(
                        tr("Online · last sync %1")
                            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                } else {
                    m_syncStatus->setText(message);
                }
                break;
            case State::Offline:
                m_syncStatus->setText(tr("Offline: %1").arg(message));
                break;
            case State::Failed:
                m_syncStatus->setText(tr("Sync stopped: %1").arg(message));
                break;
            }
        });
    connect(
        worker, &sync::SyncWorker::progressed, this, [this](const sync::PullProgress &progress) {
            if (progress.estimatedRemaining > 0) {
                m_syncStatus->setText(tr("Syncing… %Ln message(s) so far, about %1 to go", nullptr,
                                         int(progress.messages))
                                          .arg(QLocale().toString(progress.estimatedRemaining)));
            }
        });
    connect(worker, &sync::SyncWorker::outboxCountChanged, this, [this](int open) {
        m_statusCounts->setText(tr("Outbox: %1 pending").arg(QLocale().toString(open)));
    });
    connect(worker, &sync::SyncWorker::synced, this, [this](qint64 inserted) {
        if (inserted > 0)
            refresh();
    });
}

void MainWindow::refresh()
{
    if (!m_reader) {
        auto reader = m_workspace.openReader();
        if (!reader) {
            m_summary->setText(reader.error().message());
            return;
        }
        m_reader = std::move(*reader);
    }
    auto stats = CacheStatistics::readSummary(*m_reader);
    if (!stats) {
        m_summary->setText(stats.error().message());
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("<h2>Textdesk</h2><p>Workspace <b>%1</b></p><p>%2 · %3 · %4</p>")
                           .arg(QDir::toNativeSeparators(m_workspace.directory()).toHtmlEscaped(),
                                tr("%Ln conversation(s)", nullptr, int(stats->conversations)),
                                tr("%Ln message(s)", nullptr, int(stats->messages)),
                                tr("%Ln contact(s)", nullptr, int(stats->contacts))));
    m_statusCounts->setText(tr("Outbox: %1 pending").arg(locale.toString(stats->pendingOutbox)));
}

} // namespace textdesk
