// Opening attachments: a picture decoded off the GUI thread and zoomed, saved and copied; a
// document on a panel with Open and Save as…; a damaged or missing one explained in words; and
// the thread view handing a double-clicked tile to whoever opens it.
#include "Scenario.h"
#include "TestWorkspace.h"
#include "media/ImageCanvas.h"
#include "media/MediaText.h"
#include "media/MediaViewer.h"
#include "storage/MessageStore.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadDelegate.h"
#include "thread/ThreadModel.h"
#include "thread/ThreadView.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThreadPool>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QImageReader>
#include <QtGui/QTextDocument>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolTip>

using namespace textdesk;
using textdesk::sim::MediaKind;

namespace {

// Writes the bytes where the fetcher would (<sha[0..2]>/<sha>.<ext>) and describes them as the
// media table would; the local path is relative to the media folder.
MediaItem storeLikeTheFetcher(const QTemporaryDir &mediaDir, const sim::MediaAsset &asset,
                              const QString &extension, qint64 id = 7)
{
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(asset.bytes, QCryptographicHash::Sha256).toHex());
    QDir(mediaDir.path()).mkpath(sha.left(2));
    const QString relative = sha.left(2) + u'/' + sha + u'.' + extension;
    QFile file(mediaDir.filePath(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(asset.bytes) != asset.bytes.size())
        return {};
    MediaItem item;
    item.id = id;
    item.contentType = asset.contentType;
    item.sizeBytes = asset.bytes.size();
    item.localPath = relative;
    item.downloadState = QStringLiteral("done");
    return item;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Shown and active, so that its shortcuts reach it as they would an agent's.
bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QSize surfaceSize(const MediaViewer &viewer)
{
    return viewer.canvas()->surface()->size();
}

} // namespace

class TestMediaViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Sizes in words depend on the locale ("1,2 MB"): these tests read them in English.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void pictureFitsThenZooms();
    void saveAsWritesTheSameBytes();
    void copyPutsThePictureOnTheClipboard();
    void damagedPictureIsExplained();
    void documentGetsAPanelWithOpenAndSave();
    void notDownloadedSaysSo();
    void arrowsStepThroughTheMessagesAttachments();
    void textsForTilesAndFiles();
    void threadViewOpensTheTileUnderTheMouse();
};

void TestMediaViewer::pictureFitsThenZooms()
{
    QTemporaryDir dir;
    const MediaItem photo
        = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Photo, 3), QStringLiteral("jpg"));
    const QSize original = QImageReader(dir.filePath(photo.localPath)).size();
    QVERIFY(original.isValid());

    MediaViewer viewer(photo, dir.path());
    // Decoded on the pool: nothing can have arrived before the event loop ran.
    QCOMPARE(viewer.mode(), MediaViewer::Mode::Loading);
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("mediaLoading"))->isVisibleTo(&viewer));
    viewer.resize(420, 340); // smaller than the picture, so that fitting shrinks it
    QVERIFY(showActive(viewer));
    QTRY_COMPARE(viewer.mode(), MediaViewer::Mode::Picture);
    QCOMPARE(viewer.image().size(), original);

    // Fitted: inside the window, with the picture's aspect.
    QVERIFY(viewer.canvas()->isFitted());
    const QSize fitted = surfaceSize(viewer);
    QVERIFY2(fitted.width() < original.width() && fitted.height() < original.height(),
             qPrintable(QStringLiteral("%1x%2").arg(fitted.width()).arg(fitted.height())));
    QVERIFY(fitted.width() <= viewer.canvas()->maximumViewportSize().width());
    QVERIFY(std::abs(double(fitted.width()) / fitted.height()
                     - double(original.width()) / original.height())
            < 0.02);

    // Ctrl+1: every pixel of the picture, with scroll bars to reach it.
    QTest::keyClick(&viewer, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(surfaceSize(viewer), original);
    QCOMPARE(viewer.canvas()->zoom(), 1.0);
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("mediaZoom"))->text(),
             QStringLiteral("100%"));
    // The tool bar shows the zoom once: no button reads as a percentage beside it.
    for (const QAction *action : viewer.findChildren<QAction *>())
        QVERIFY2(!action->text().endsWith(QLatin1Char('%')), qPrintable(action->text()));
    QTRY_VERIFY(viewer.canvas()->horizontalScrollBar()->maximum() > 0);

    // Ctrl++ grows it, Ctrl+- shrinks it, Ctrl+0 fits it again.
    QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(surfaceSize(viewer).width() > original.width());
    QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(surfaceSize(viewer), original);
    QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(surfaceSize(viewer).width() < original.width());
    QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(viewer.canvas()->isFitted());
    QCOMPARE(surfaceSize(viewer), fitted);

    // The wheel with Ctrl zooms; without, it scrolls and leaves the zoom alone.
    QWidget *viewport = viewer.canvas()->viewport();
    const QPointF centre = QRectF(viewport->rect()).center();
    QWheelEvent up(centre, viewport->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &up);
    QVERIFY(surfaceSize(viewer).width() > fitted.width());
    QVERIFY(!viewer.canvas()->isFitted());
    const qreal zoomed = viewer.canvas()->zoom();
    QWheelEvent plain(centre, viewport->mapToGlobal(centre), {}, QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &plain);
    QCOMPARE(viewer.canvas()->zoom(), zoomed);

    // A fitted picture follows the window.
    QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
    viewer.resize(700, 560);
    QTRY_VERIFY(surfaceSize(viewer).width() > fitted.width());
}

void TestMediaViewer::saveAsWritesTheSameBytes()
{
    QTemporaryDir dir;
    QTemporaryDir target;
    const sim::MediaAsset asset = sim::makeMedia(MediaKind::Photo, 4);
    const MediaItem photo = storeLikeTheFetcher(dir, asset, QStringLiteral("jpg"), 12);
    QCOMPARE(MediaText::suggestedFileName(photo), QStringLiteral("photo-12.jpg"));

    MediaViewer viewer(photo, dir.path());
    QVERIFY(showActive(viewer));
    QSignalSpy saved(&viewer, &MediaViewer::saved);
    const QString fileName = target.filePath(QStringLiteral("parcel.jpg"));
    viewer.setNextSaveFileNameForTesting(fileName);
    QTest::keyClick(&viewer, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(readAll(fileName), asset.bytes);
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("mediaStatus"))
                ->text()
                .contains(QStringLiteral("parcel.jpg")));

    // Over an existing file (the dialog has asked already), and a cancelled dialog does nothing.
    QFile stale(fileName);
    QVERIFY(stale.open(QIODevice::WriteOnly | QIODevice::Truncate));
    stale.write("old and longer than nothing");
    stale.close();
    viewer.setNextSaveFileNameForTesting(fileName);
    viewer.saveAs();
    QCOMPARE(readAll(fileName), asset.bytes);
    viewer.setNextSaveFileNameForTesting(QString());
    viewer.saveAs();
    QCOMPARE(saved.size(), 2);

    // A folder that cannot be written says why, and leaves nothing behind.
    viewer.setNextSaveFileNameForTesting(target.filePath(QStringLiteral("no/such/dir/x.jpg")));
    viewer.saveAs();
    QCOMPARE(saved.size(), 2);
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("mediaStatus"))
                ->text()
                .startsWith(QStringLiteral("Could not save")));
}

void TestMediaViewer::copyPutsThePictureOnTheClipboard()
{
    QTemporaryDir dir;
    const MediaItem screenshot
        = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Screenshot, 2), QStringLiteral("png"));
    const QSize original = QImageReader(dir.filePath(screenshot.localPath)).size();
    QGuiApplication::clipboard()->clear();

    MediaViewer viewer(screenshot, dir.path());
    QVERIFY(showActive(viewer));
    QTRY_COMPARE(viewer.mode(), MediaViewer::Mode::Picture);
    QTest::keyClick(&viewer, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->image().size(), original);
}

void TestMediaViewer::damagedPictureIsExplained()
{
    QTemporaryDir dir;
    const MediaItem broken = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::CorruptImage, 5),
                                                 QStringLiteral("jpg"));
    MediaViewer viewer(broken, dir.path());
    QVERIFY(showActive(viewer));
    QTRY_COMPARE(viewer.mode(), MediaViewer::Mode::File);
    const QString reason = viewer.findChild<QLabel *>(QStringLiteral("mediaFileReason"))->text();
    QVERIFY2(reason.contains(QStringLiteral("damaged")), qPrintable(reason));
    // Nothing to zoom or copy, but the bytes can still be saved or given to another program.
    QVERIFY(!viewer.findChild<QAction *>(QStringLiteral("mediaCopy"))->isEnabled());
    QVERIFY(viewer.findChild<QPushButton *>(QStringLiteral("mediaSaveButton"))->isEnabled());
    QTest::keyClick(&viewer, Qt::Key_C, Qt::ControlModifier); // no picture: no crash, no copy
    QTest::keyClick(&viewer, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(viewer.image().isNull());

    // A file gone from the media folder is no picture either.
    MediaItem missing = broken;
    missing.localPath = QStringLiteral("ab/gone.jpg");
    MediaViewer gone(missing, dir.path());
    QCOMPARE(gone.mode(), MediaViewer::Mode::File);
    QVERIFY(gone.findChild<QLabel *>(QStringLiteral("mediaFileReason"))
                ->text()
                .contains(QStringLiteral("missing")));
    QVERIFY(!gone.findChild<QPushButton *>(QStringLiteral("mediaOpenButton"))->isEnabled());
}

void TestMediaViewer::documentGetsAPanelWithOpenAndSave()
{
    QTemporaryDir dir;
    const MediaItem pdf
        = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Pdf, 1), QStringLiteral("pdf"), 3);
    MediaViewer viewer(pdf, dir.path());
    QList<QUrl> opened;
    viewer.setUrlOpenerForTesting([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QVERIFY(showActive(viewer));
    QCOMPARE(viewer.mode(), MediaViewer::Mode::File);
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("mediaFileKind"))->text(),
             QStringLiteral("PDF document"));
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("mediaFileDetails"))
                ->text()
                .contains(MediaText::size(pdf.sizeBytes)));
    QVERIFY(!viewer.findChild<QLabel *>(QStringLiteral("mediaFileIcon"))->pixmap().isNull());
    QVERIFY(!viewer.findChild<QLabel *>(QStringLiteral("mediaFileReason"))->isVisibleTo(&viewer));
    auto *open = viewer.findChild<QPushButton *>(QStringLiteral("mediaOpenButton"));
    auto *save = viewer.findChild<QPushButton *>(QStringLiteral("mediaSaveButton"));
    QVERIFY(open->isEnabled());
    QVERIFY(save->isEnabled());
    QVERIFY(!viewer.findChild<QAction *>(QStringLiteral("mediaZoomIn"))->isVisible());

    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl> { QUrl::fromLocalFile(dir.filePath(pdf.localPath)) });
    QCOMPARE(MediaText::suggestedFileName(pdf), QStringLiteral("document-3.pdf"));
    QTemporaryDir target;
    viewer.setNextSaveFileNameForTesting(target.filePath(QStringLiteral("invoice.pdf")));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(readAll(target.filePath(QStringLiteral("invoice.pdf"))),
             readAll(dir.filePath(pdf.localPath)));
}

void TestMediaViewer::notDownloadedSaysSo()
{
    MediaItem pending;
    pending.id = 9;
    pending.contentType = QStringLiteral("image/jpeg");
    pending.downloadState = QStringLiteral("pending");
    QTemporaryDir dir;
    MediaViewer viewer(pending, dir.path());
    QVERIFY(showActive(viewer));
    QCOMPARE(viewer.mode(), MediaViewer::Mode::File);
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("mediaFileReason"))
                ->text()
                .contains(QStringLiteral("not downloaded yet"), Qt::CaseInsensitive));
    QVERIFY(!viewer.findChild<QPushButton *>(QStringLiteral("mediaOpenButton"))->isEnabled());
    QVERIFY(!viewer.findChild<QPushButton *>(QStringLiteral("mediaSaveButton"))->isEnabled());
    QVERIFY(!viewer.findChild<QAction *>(QStringLiteral("mediaSave"))->isEnabled());
    QVERIFY(!viewer.findChild<QAction *>(QStringLiteral("mediaCopy"))->isEnabled());
    viewer.setNextSaveFileNameForTesting(dir.filePath(QStringLiteral("x.jpg")));
    QTest::keyClick(&viewer, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.jpg"))));

    // A failed download tells its reason.
    MediaItem failed = pending;
    failed.downloadState = QStringLiteral("failed");
    failed.failureReason = QStringLiteral("The attachment is larger than 5 MB.");
    MediaViewer failedViewer(failed, dir.path());
    QCOMPARE(failedViewer.findChild<QLabel *>(QStringLiteral("mediaFileReason"))->text(),
             failed.failureReason);
    QVERIFY(!failedViewer.findChild<QPushButton *>(QStringLiteral("mediaOpenButton"))->isEnabled());
}

void TestMediaViewer::arrowsStepThroughTheMessagesAttachments()
{
    QTemporaryDir dir;
    const MediaItem photo
        = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Photo, 5), QStringLiteral("jpg"), 1);
    const MediaItem pdf
        = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Pdf, 2), QStringLiteral("pdf"), 2);
    MediaViewer viewer({ photo, pdf }, 1, dir.path());
    QVERIFY(showActive(viewer));
    QCOMPARE(viewer.currentIndex(), 1);
    QCOMPARE(viewer.mode(), MediaViewer::Mode::File);
    QVERIFY(viewer.windowTitle().contains(QStringLiteral("2 of 2")));
    QTest::keyClick(&viewer, Qt::Key_Right); // the last one: stays
    QCOMPARE(viewer.currentIndex(), 1);
    QTest::keyClick(&viewer, Qt::Key_Left);
    QCOMPARE(viewer.currentIndex(), 0);
    QTRY_COMPARE(viewer.mode(), MediaViewer::Mode::Picture);
    // Quickly there and back: the photo's late answer must not replace the document.
    QTest::keyClick(&viewer, Qt::Key_Right);
    QTest::keyClick(&viewer, Qt::Key_Left);
    QTest::keyClick(&viewer, Qt::Key_Right);
    // Every decode has finished and its answer been delivered (and dropped): then "still the
    // document" is a result, not a guess about how long a decode takes.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30'000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(viewer.mode(), MediaViewer::Mode::File);
    QCOMPARE(viewer.currentIndex(), 1);
}

void TestMediaViewer::textsForTilesAndFiles()
{
    MediaItem item;
    item.contentType = QStringLiteral("image/jpg; name=x.jpg");
    item.sizeBytes = 245 * 1024;
    item.downloadState = QStringLiteral("done");
    item.localPath = QStringLiteral("ab/abc.jpg");
    QCOMPARE(MediaText::summary(item), QStringLiteral("Photo · 245 kB"));
    QVERIFY(MediaText::tooltip(item).startsWith(QStringLiteral("Photo · 245 kB")));
    item.contentType = QStringLiteral("application/pdf");
    item.sizeBytes = 1258291;
    QCOMPARE(MediaText::summary(item), QStringLiteral("PDF document · 1.2 MB"));
    item.downloadState = QStringLiteral("pending");
    QCOMPARE(MediaText::tooltip(item), QStringLiteral("PDF document · Not downloaded yet."));
    item.downloadState = QStringLiteral("unsupported");
    item.failureReason = QStringLiteral("Textdesk does not open .exe files.");
    QVERIFY(MediaText::tooltip(item).endsWith(item.failureReason));
    QCOMPARE(MediaText::kind(QStringLiteral("text/x-vcard")), QStringLiteral("Contact card"));
    QCOMPARE(MediaText::kind(QString()), QStringLiteral("Attachment"));
    MediaItem unnamed;
    unnamed.contentType = QStringLiteral("video/mp4");
    QCOMPARE(MediaText::suggestedFileName(unnamed), QStringLiteral("video.mp4"));
}

void TestMediaViewer::threadViewOpensTheTileUnderTheMouse()
{
    // A real cache: a message with two attachments (a photo on disk, a PDF not yet fetched)
    // and one without, read by the thread model as the app reads them.
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    QTemporaryDir mediaDir;
    const MediaItem photo
        = storeLikeTheFetcher(mediaDir, sim::makeMedia(MediaKind::Photo, 6), QStringLiteral("jpg"));
    const qint64 conversationId = test::conversation(*db, QStringLiteral("+15551230001"));
    QVERIFY(conversationId);
    MessageStore store(*db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    MessageRecord first
        = test::message(conversationId, QStringLiteral("SM1"), QStringLiteral("Here is the parcel"),
                        Direction::Inbound, now - 60000);
    first.numMedia = 2;
    QVERIFY(store.upsert(first));
    QVERIFY(first.id);
    MessageRecord second = test::message(conversationId, QStringLiteral("SM2"),
                                         QStringLiteral("Thanks, we will look into it"),
                                         Direction::Outbound, now - 30000);
    QVERIFY(store.upsert(second));
    QVERIFY(
        db->execOnce(QStringLiteral("INSERT INTO media (message_id, sid, content_type, size_bytes, "
                                    "local_path, download_state, created_at) VALUES "
                                    "(%1, 'ME1', 'image/jpeg', %2, '%3', 'done', 1), "
                                    "(%1, 'ME2', 'application/pdf', NULL, NULL, 'pending', 1)")
                         .arg(first.id)
                         .arg(photo.sizeBytes)
                         .arg(photo.localPath)));

    ThreadModel model(*db);
    ThreadView view;
    view.setItemDelegate(new ThreadDelegate(nullptr, mediaDir.path(), &view));
    view.setThreadModel(&model);
    model.setConversation(conversationId);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.mediaAt(0)->size(), 2);
    view.resize(640, 700);
    QVERIFY(showActive(view));

    // Where the delegate put the tiles: found through the view, as a click would.
    QTRY_VERIFY(view.viewport()->rect().contains(view.visualRect(model.index(0)).center()));
    const QRect row = view.visualRect(model.index(0));
    QList<QPoint> tile(2, QPoint(-1, -1));
    for (int y = row.top(); y <= row.bottom(); y += 4) {
        for (int x = row.left(); x <= row.right(); x += 4) {
            const int media = view.mediaAt(QPoint(x, y));
            if (media >= 0 && tile[media].x() < 0)
                tile[media] = QPoint(x + 20, y + 20); // well inside
        }
    }
    QVERIFY(tile[0].x() >= 0 && tile[1].x() >= 0);
    QCOMPARE(view.mediaAt(view.visualRect(model.index(1)).center()), -1);

    QSignalSpy activated(&view, &ThreadView::mediaActivated);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, tile[1]);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last(), (QVariantList { 0, 1 }));
    QCOMPARE(view.currentIndex().row(), 0);
    // Double-clicking the text of a message opens nothing.
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {},
                       view.visualRect(model.index(1)).center());
    QCOMPARE(activated.size(), 1);

    // Enter on the selected message opens its first attachment; on one without, nothing.
    view.setCurrentIndex(model.index(0));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last(), (QVariantList { 0, 0 }));
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(activated.size(), 3);
    view.setCurrentIndex(model.index(1));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 3);

    // The tooltip says what a tile is.
    QHelpEvent help(QEvent::ToolTip, tile[0], view.viewport()->mapToGlobal(tile[0]));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    // (A tooltip is escaped customer text in a paragraph: what a person reads is its rendering.)
    const auto shown = [] {
        QTextDocument document;
        document.setHtml(QToolTip::text());
        return document.toPlainText();
    };
    QVERIFY2(shown().startsWith(MediaText::summary(photo)), qPrintable(QToolTip::text()));
    QHelpEvent help2(QEvent::ToolTip, tile[1], view.viewport()->mapToGlobal(tile[1]));
    QApplication::sendEvent(view.viewport(), &help2);
    QTRY_COMPARE(shown(), QStringLiteral("PDF document · Not downloaded yet."));
    QToolTip::hideText();

    // The conversation pane opens a viewer for that row, non-modal, gone when closed.
    ConversationPane pane(*db, nullptr, mediaDir.path());
    pane.resize(700, 800);
    pane.showConversation(conversationId);
    QVERIFY(showActive(pane));
    emit pane.view()->mediaActivated(0, 0);
    auto *viewer = pane.findChild<MediaViewer *>(QStringLiteral("mediaViewer"));
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QVERIFY(!viewer->isModal());
    QCOMPARE(viewer->count(), 2);
    QTRY_COMPARE(viewer->mode(), MediaViewer::Mode::Picture);
    QPointer<MediaViewer> guard(viewer);
    viewer->close();
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(TestMediaViewer)
#include "TestMediaViewer.moc"
