#pragma once

#include "storage/Records.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QUrl;

namespace textdesk {

class ImageCanvas;
class ImageLoader;

// Opens the attachments of one message. A picture is decoded off the GUI thread ("Loading…"
// meanwhile) and shown fitted to the window, with zoom, 100%, copy, save and the system viewer;
// anything else (video, audio, PDF, vCard, unknown) gets a panel with its kind, size and
// icon and Open / Save as… buttons. An attachment that is not downloaded, failed or is not
// supported says so in words, its buttons disabled. Left and Right step through the message's
// attachments. Non-modal: open several, keep writing.
class MediaViewer : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Loading, // a picture being decoded
        Picture,
        File, // the panel: not a picture, a picture that cannot be shown, or not available
    };

    // `mediaDirectory` is the workspace's media folder, which local paths are relative to.
    MediaViewer(const MediaItem &item, const QString &mediaDirectory, QWidget *parent = nullptr);
    MediaViewer(const QList<MediaItem> &items, int index, const QString &mediaDirectory,
                QWidget *parent = nullptr);
    ~MediaViewer() override;

    int currentIndex() const { return m_index; }
    int count() const { return int(m_items.size()); }
    const MediaItem &currentItem() const { return m_items.at(m_index); }
    // The downloaded file's absolute path; empty when there is none to open.
    QString currentPath() const { return m_path; }
    Mode mode() const { return m_mode; }
    ImageCanvas *canvas() const { return m_canvas; }
    // The picture as decoded (null unless mode() is Picture).
    QImage image() const;

    void showItem(int index);
    void showPrevious();
    void showNext();
    void saveAs();
    void copyToClipboard();
    void openExternally();

    // Test seams: the next Save as… uses this name instead of asking (empty: as if cancelled),
    // and URLs go to `opener` instead of the desktop.
    void setNextSaveFileNameForTesting(const QString &fileName) { m_nextSaveName = fileName; }
    void setUrlOpenerForTesting(std::function<bool(const QUrl &)> opener)
    {
        m_opener = std::move(opener);
    }

signals:
    // After Save as… wrote the file.
    void saved(const QString &fileName);

private:
    void buildUi();
    void setMode(Mode mode);
    void showFilePanel(const QString &reason, bool broken);
    void updateActions();
    void updateZoomText();
    void onLoaded(const QString &path, const QImage &image);
    void onLoadFailed(const QString &path, const QString &reason);
    bool copyFile(const QString &from, const QString &to, QString *error) const;

    QList<MediaItem> m_items;
    int m_index = 0;
    QString m_mediaDirectory;
    QString m_path;
    Mode m_mode = Mode::File;
    std::optional<QString> m_nextSaveName;
    std::function<bool(const QUrl &)> m_opener;
    ImageLoader *m_loader = nullptr;

    QToolBar *m_toolBar = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actual = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_save = nullptr;
    QAction *m_open = nullptr;
    QLabel *m_zoomText = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_loading = nullptr;
    ImageCanvas *m_canvas = nullptr;
    QWidget *m_filePanel = nullptr;
    QLabel *m_fileIcon = nullptr;
    QLabel *m_fileKind = nullptr;
    QLabel *m_fileDetails = nullptr;
    QLabel *m_fileReason = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace textdesk
