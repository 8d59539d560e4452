#include "MainWindow.h"

#include "storage/CacheStatistics.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
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

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    refresh();
}

MainWindow::~MainWindow() = default;

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
