#include "MediaViewer.h"

#include "ImageCanvas.h"
#include "ImageLoader.h"
#include "MediaText.h"
#include "ThumbnailCache.h"
#include "common/PlainText.h"
#include "sync/MediaType.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace textdesk {

namespace {
// Where the last Save as… went, for the next one in this session.
QString &lastSaveDirectory()
{
    static QString directory;
    return directory;
}
} // namespace

MediaViewer::MediaViewer(const MediaItem &item, const QString &mediaDirectory, QWidget *parent)
    : MediaViewer(QList<MediaItem> { item }, 0, mediaDirectory, parent)
{ }

MediaViewer::MediaViewer(const QList<MediaItem> &items, int index, const QString &mediaDirectory,
                         QWidget *parent)
    : QDialog(parent)
    , m_items(items)
    , m_mediaDirectory(mediaDirectory)
    , m_loader(new ImageLoader(this))
{
    // An empty list still shows something: "not downloaded yet" is true of a missing item.
    if (m_items.isEmpty())
        m_items.append(MediaItem {});
    setObjectName(QStringLiteral("mediaViewer"));
    setAccessibleName(tr("Attachment viewer"));
    setSizeGripEnabled(true);
    buildUi();
    connect(m_loader, &ImageLoader::loaded, this, &MediaViewer::onLoaded);
    connect(m_loader, &ImageLoader::failed, this, &MediaViewer::onLoadFailed);

    QSize size(960, 720);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.85);
    resize(size);
    showItem(std::clamp(index, 0, count() - 1));
}

MediaViewer::~MediaViewer() = default;

void MediaViewer::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("mediaToolBar"));
    m_toolBar->setAccessibleName(tr("Attachment actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);
    const auto add = [this](const QString &text, const QString &name,
                            const QList<QKeySequence> &keys, void (MediaViewer::*slot)()) {
        auto *action = m_toolBar->addAction(text);
        action->setObjectName(name);
        action->setShortcuts(keys);
        if (!keys.isEmpty()) {
            action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                 keys.first().toString(QKeySequence::NativeText)));
        }
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_previous = add(tr("Previous"), QStringLiteral("mediaPrevious"),
                     { QKeySequence(Qt::Key_Left) }, &MediaViewer::showPrevious);
    m_next = add(tr("Next"), QStringLiteral("mediaNext"), { QKeySequence(Qt::Key_Right) },
                 &MediaViewer::showNext);
    m_toolBar->addSeparator()->setObjectName(QStringLiteral("mediaStepSeparator"));
    m_zoomOut
        = add(tr("Zoom out"), QStringLiteral("mediaZoomOut"), { QKeySequence::ZoomOut }, nullptr);
    m_zoomIn = add(tr("Zoom in"), QStringLiteral("mediaZoomIn"),
                   { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) }, nullptr);
    m_fit = add(tr("Fit"), QStringLiteral("mediaFit"), { QKeySequence(Qt::CTRL | Qt::Key_0) },
                nullptr);
    // Not "100%": the zoom beside it already shows a percentage, and two read as one twice.
    m_actual = add(tr("Actual size"), QStringLiteral("mediaActualSize"),
                   { QKeySequence(Qt::CTRL | Qt::Key_1) }, nullptr);
    m_zoomText = new QLabel(m_toolBar);
    m_zoomText->setObjectName(QStringLiteral("mediaZoom"));
    m_zoomText->setAccessibleName(tr("Zoom"));
    m_zoomText->setMinimumWidth(m_zoomText->fontMetrics().horizontalAdvance(QStringLiteral("0000%"))
                                + 12);
    m_zoomText->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomText);
    m_toolBar->addSeparator();
    m_copy = add(tr("Copy"), QStringLiteral("mediaCopy"), { QKeySequence::Copy },
                 &MediaViewer::copyToClipboard);
    m_save = add(tr("Save as…"), QStringLiteral("mediaSave"), { QKeySequence::Save },
                 &MediaViewer::saveAs);
    m_open = add(tr("Open with system viewer"), QStringLiteral("mediaOpen"),
                 { QKeySequence(Qt::CTRL | Qt::Key_O) }, &MediaViewer::openExternally);
    m_previous->setToolTip(tr("Previous attachment of this message (Left)"));
    m_next->setToolTip(tr("Next attachment of this message (Right)"));

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    m_loading = new QLabel(tr("Loading…"), m_pages);
    m_loading->setObjectName(QStringLiteral("mediaLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setEnabled(false);
    m_pages->addWidget(m_loading);
    m_canvas = new ImageCanvas(m_pages);
    m_pages->addWidget(m_canvas);
    // The zoom actions act on the canvas; the text follows every change, wheel zooms too.
    connect(m_zoomIn, &QAction::triggered, m_canvas, &ImageCanvas::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_canvas, &ImageCanvas::zoomOut);
    connect(m_fit, &QAction::triggered, m_canvas, &ImageCanvas::fitToWindow);
    connect(m_actual, &QAction::triggered, m_canvas, &ImageCanvas::actualSize);
    connect(m_canvas, &ImageCanvas::zoomChanged, this, &MediaViewer::updateZoomText);

    m_filePanel = new QWidget(m_pages);
    m_filePanel->setObjectName(QStringLiteral("mediaFilePanel"));
    auto *panel = new QVBoxLayout(m_filePanel);
    panel->addStretch(1);
    m_fileIcon = new QLabel(m_filePanel);
    m_fileIcon->setObjectName(QStringLiteral("mediaFileIcon"));
    m_fileIcon->setAlignment(Qt::AlignCenter);
    panel->addWidget(m_fileIcon);
    m_fileKind = ui::plain(new QLabel(m_filePanel));
    m_fileKind->setObjectName(QStringLiteral("mediaFileKind"));
    QFont kindFont = m_fileKind->font();
    kindFont.setPointSizeF(kindFont.pointSizeF() * 1.25);
    kindFont.setBold(true);
    m_fileKind->setFont(kindFont);
    m_fileKind->setAlignment(Qt::AlignCenter);
    panel->addWidget(m_fileKind);
    m_fileDetails = ui::plain(new QLabel(m_filePanel));
    m_fileDetails->setObjectName(QStringLiteral("mediaFileDetails"));
    m_fileDetails->setAlignment(Qt::AlignCenter);
    panel->addWidget(m_fileDetails);
    m_fileReason = ui::plain(new QLabel(m_filePanel));
    m_fileReason->setObjectName(QStringLiteral("mediaFileReason"));
    m_fileReason->setAlignment(Qt::AlignCenter);
    m_fileReason->setWordWrap(true);
    m_fileReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    panel->addWidget(m_fileReason);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_openButton = new QPushButton(tr("&Open"), m_filePanel);
    m_openButton->setObjectName(QStringLiteral("mediaOpenButton"));
    m_openButton->setAccessibleName(tr("Open with the system's application"));
    m_openButton->setAutoDefault(false);
    m_saveButton = new QPushButton(tr("&Save as…"), m_filePanel);
    m_saveButton->setObjectName(QStringLiteral("mediaSaveButton"));
    m_saveButton->setAccessibleName(tr("Save a copy"));
    m_saveButton->setAutoDefault(false);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    panel->addLayout(buttons);
    panel->addStretch(2);
    m_pages->addWidget(m_filePanel);
    connect(m_openButton, &QPushButton::clicked, this, &MediaViewer::openExternally);
    connect(m_saveButton, &QPushButton::clicked, this, &MediaViewer::saveAs);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(12, 6, 12, 0);
    m_status = ui::plain(new QLabel(this));
    m_status->setObjectName(QStringLiteral("mediaStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(close);
    layout->addLayout(bottom);
}

QImage MediaViewer::image() const
{
    return m_mode == Mode::Picture ? m_canvas->image() : QImage();
}

void MediaViewer::showItem(int index)
{
    if (index < 0 || index >= count())
        return;
    m_index = index;
    const MediaItem &item = currentItem();
    m_status->clear();
    const QString summary = MediaText::summary(item);
    setWindowTitle(count() > 1 ? tr("%1 — %2 of %3").arg(summary).arg(index + 1).arg(count())
                               : summary);

    QString reason = MediaText::unavailableReason(item);
    m_path = reason.isEmpty() ? QDir(m_mediaDirectory).filePath(item.localPath) : QString();
    if (!m_path.isEmpty() && !QFileInfo::exists(m_path)) {
        reason = tr("The file is missing from the media folder.");
        m_path.clear();
    }
    m_canvas->clear();
    if (!m_path.isEmpty() && MediaText::isPicture(item.contentType)) {
        setMode(Mode::Loading);
        m_loader->load(m_path);
    } else {
        showFilePanel(reason, false);
    }
}

void MediaViewer::showPrevious()
{
    showItem(m_index - 1);
}

void MediaViewer::showNext()
{
    showItem(m_index + 1);
}

void MediaViewer::onLoaded(const QString &path, const QImage &image)
{
    if (path != m_path)
        return;
    setMode(Mode::Picture);
    m_canvas->setImage(image);
    m_canvas->setFocus();
}

void MediaViewer::onLoadFailed(const QString &path, const QString &reason)
{
    if (path != m_path)
        return;
    // The file is still there: another program may read it, and it can be saved as it is.
    showFilePanel(reason, true);
}

void MediaViewer::showFilePanel(const QString &reason, bool broken)
{
    const MediaItem &item = currentItem();
    const auto kind = broken ? ThumbnailCache::Placeholder::Broken
                             : ThumbnailCache::placeholderFor(item.contentType, item.downloadState);
    const QImage icon = ThumbnailCache::drawPlaceholder(kind, 96, devicePixelRatioF(),
                                                        palette().color(QPalette::WindowText));
    m_fileIcon->setPixmap(QPixmap::fromImage(icon));
    m_fileKind->setText(MediaText::kind(item.contentType));
    QStringList details;
    const QString type = sync::normalisedContentType(item.contentType);
    if (!type.isEmpty())
        details << sync::describeMediaType(type);
    if (const QString size = MediaText::size(item.sizeBytes); !size.isEmpty())
        details << size;
    m_fileDetails->setText(details.join(QStringLiteral(" · ")));
    m_fileDetails->setVisible(!details.isEmpty());
    m_fileReason->setText(reason);
    m_fileReason->setVisible(!reason.isEmpty());
    m_filePanel->setAccessibleDescription(reason);
    setMode(Mode::File);
}

void MediaViewer::setMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentWidget(mode == Mode::Loading       ? static_cast<QWidget *>(m_loading)
                                  : mode == Mode::Picture ? static_cast<QWidget *>(m_canvas)
                                                          : m_filePanel);
    updateActions();
    updateZoomText();
}

void MediaViewer::updateActions()
{
    const bool picture = m_mode == Mode::Picture;
    const bool file = !m_path.isEmpty();
    for (QAction *action : { m_zoomIn, m_zoomOut, m_fit, m_actual, m_copy })
        action->setEnabled(picture);
    m_save->setEnabled(file);
    m_open->setEnabled(file);
    m_openButton->setEnabled(file);
    m_saveButton->setEnabled(file);
    const bool several = count() > 1;
    m_previous->setVisible(several);
    m_next->setVisible(several);
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < count());
    const bool isPictureKind = MediaText::isPicture(currentItem().contentType);
    for (QAction *action : { m_zoomIn, m_zoomOut, m_fit, m_actual, m_copy })
        action->setVisible(isPictureKind);
    m_zoomText->setVisible(isPictureKind);
}

void MediaViewer::updateZoomText()
{
    m_zoomText->setText(m_mode == Mode::Picture ? tr("%1%").arg(qRound(m_canvas->zoom() * 100))
                                                : QString());
}

void MediaViewer::copyToClipboard()
{
    if (m_mode != Mode::Picture)
        return;
    QGuiApplication::clipboard()->setImage(m_canvas->image());
    m_status->setText(tr("Copied the picture to the clipboard."));
}

void MediaViewer::openExternally()
{
    if (m_path.isEmpty())
        return;
    const QUrl url = QUrl::fromLocalFile(m_path);
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    m_status->setText(opened ? QString()
                             : tr("No application on this computer opened the file. Save it "
                                  "and open it from there."));
}

void MediaViewer::saveAs()
{
    if (m_path.isEmpty())
        return;
    const MediaItem &item = currentItem();
    QString directory = lastSaveDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString suggested = QDir(directory).filePath(MediaText::suggestedFileName(item));
    QString fileName;
    if (m_nextSaveName) {
        fileName = *m_nextSaveName;
        m_nextSaveName.reset();
    } else {
        QStringList filters;
        const QString type = sync::normalisedContentType(item.contentType);
        const QString suffix = QFileInfo(suggested).suffix();
        if (!suffix.isEmpty()) {
            filters << tr("%1 (*.%2)")
                           .arg(type.isEmpty() ? MediaText::kind(type)
                                               : sync::describeMediaType(type),
                                suffix);
        }
        filters << tr("All files (*)");
        fileName = QFileDialog::getSaveFileName(this, tr("Save attachment"), suggested,
                                                filters.join(QStringLiteral(";;")));
    }
    if (fileName.isEmpty())
        return; // cancelled
    QString error;
    if (!copyFile(m_path, fileName, &error)) {
        m_status->setText(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    lastSaveDirectory() = QFileInfo(fileName).absolutePath();
    m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(fileName)));
    emit saved(fileName);
}

bool MediaViewer::copyFile(const QString &from, const QString &to, QString *error) const
{
    // The bytes as they came, not a re-encoded picture: nothing lost, EXIF kept. QSaveFile so
    // that a failure half-way never leaves a truncated file under the chosen name. Attachments
    // are size-capped by the fetcher, so this is quick enough on the GUI thread.
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    constexpr qint64 kChunk = 256 * 1024;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            *error = in.errorString();
            return false;
        }
        if (out.write(chunk) != chunk.size()) {
            *error = out.errorString();
            return false;
        }
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace textdesk
