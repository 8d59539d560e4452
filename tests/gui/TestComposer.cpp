// The reply box driven as an agent drives it: keys, the template popup, attachments by the
// button, by paste and by drop, and what may be sent when.
#include "composer/Composer.h"
#include "main/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace textdesk;

namespace {
MessageTemplate makeTemplate(const QString &shortcut, const QString &title, const QString &body)
{
    MessageTemplate t;
    t.shortcut = shortcut;
    t.title = title;
    t.body = body;
    return t;
}

// QTest::keyClicks() types ASCII only; this types any text, a key event per character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}
} // namespace

class TestComposer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void counterForGsm7();
    void counterNamesTheUnicodeCharacter();
    void counterAtTheSegmentBoundary();
    void enterSendsTrimmedAndClears();
    void shiftEnterBreaksTheLine();
    void ctrlEnterSendsWhenEnterDoesNot();
    void nothingToSendSendsNothing();
    void replaceLookAlikesIsOneUndoStep();
    void templateFillsValuesAndBlocksOnTheRest();
    void defaultsAndEscapesAreTextWhenSent();
    void templatePopupKeys();
    void slashInsideAWordIsText();
    void blockedKeepsTheDraft();
    void attachmentByButton();
    void attachmentsUnavailableSaysWhy();
    void oversizedAttachmentIsRefused();
    void atMostTenAttachments();
    void pastedPictureBecomesAnAttachment();
    void oldPastedPicturesAreRemoved();
    void droppedFilesBecomeAttachments();
    void draftChangedIsDebounced();
    void growsWithItsContent();

private:
    QString makeFile(const QString &name, qint64 size);
    QPlainTextEdit *edit() const;
    // The debounce of draftChanged(): inactive means no draftChanged() is on its way.
    QTimer *draftTimer() const
    {
        return m_composer->findChild<QTimer *>(QStringLiteral("composerDraftTimer"));
    }
    QLabel *label(const char *name) const;
    QPushButton *button(const char *name) const;
    QList<QToolButton *> chips() const;

    std::unique_ptr<QWidget> m_window;
    Composer *m_composer = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestComposer::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestComposer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<QWidget>();
    m_window->resize(640, 400);
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addStretch();
    m_composer = new Composer(m_window.get());
    layout->addWidget(m_composer);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_composer->focusEditor();
}

void TestComposer::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestComposer::makeFile(const QString &name, qint64 size)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        qWarning() << "cannot make" << path;
    return path;
}

QPlainTextEdit *TestComposer::edit() const
{
    return m_composer->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
}

QLabel *TestComposer::label(const char *name) const
{
    return m_composer->findChild<QLabel *>(QLatin1String(name));
}

QPushButton *TestComposer::button(const char *name) const
{
    return m_composer->findChild<QPushButton *>(QLatin1String(name));
}

QList<QToolButton *> TestComposer::chips() const
{
    return m_composer->findChildren<QToolButton *>(QStringLiteral("composerAttachment"));
}

void TestComposer::counterForGsm7()
{
    QVERIFY(edit());
    QVERIFY(!edit()->placeholderText().isEmpty());
    QVERIFY(!edit()->accessibleName().isEmpty());
    QTest::keyClicks(edit(), QStringLiteral("Hello"));
    const QString counter = label("composerCounter")->text();
    QVERIFY2(counter.startsWith(QStringLiteral("1 segment")), qPrintable(counter));
    QVERIFY2(counter.endsWith(QStringLiteral(" · GSM-7 · 155 left")), qPrintable(counter));
}

void TestComposer::counterNamesTheUnicodeCharacter()
{
    typeText(edit(), QStringLiteral("Fête"));
    const QString counter = label("composerCounter")->text();
    QVERIFY2(counter.startsWith(QStringLiteral("1 segment")), qPrintable(counter));
    QVERIFY2(counter.endsWith(QStringLiteral(" · Unicode (because of “ê”) · 66 left")),
             qPrintable(counter));
}

void TestComposer::counterAtTheSegmentBoundary()
{
    m_composer->setDraft(QString(160, QLatin1Char('a')));
    QString counter = label("composerCounter")->text();
    QVERIFY2(counter.startsWith(QStringLiteral("1 segment")), qPrintable(counter));
    QVERIFY2(counter.endsWith(QStringLiteral("GSM-7 · 0 left")), qPrintable(counter));
    QTest::keyClick(edit(), Qt::Key_A);
    counter = label("composerCounter")->text();
    QVERIFY2(counter.startsWith(QStringLiteral("2 segment")), qPrintable(counter));
    QVERIFY2(counter.endsWith(QStringLiteral("GSM-7 · 145 left")), qPrintable(counter));
}

void TestComposer::enterSendsTrimmedAndClears()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(edit(), QStringLiteral("  Your parcel left today  "));
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("Your parcel left today"));
    QVERIFY(sent.at(0).at(1).toStringList().isEmpty());
    QVERIFY(m_composer->text().isEmpty());
    QVERIFY(!button("composerSend")->isEnabled());
}

// What goes out is what the one renderer makes of the text (issue 17): a variable the agent
// left with a default becomes its default, `\{{` a plain "{{", and neither blocks sending.
void TestComposer::defaultsAndEscapesAreTextWhenSent()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(edit(), QStringLiteral("Hi {{first_name|there}}, type \\{{code}} to start"));
    QVERIFY(button("composerSend")->isEnabled());
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("Hi there, type {{code}} to start"));
}

void TestComposer::shiftEnterBreaksTheLine()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(edit(), QStringLiteral("one"));
    QTest::keyClick(edit(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(edit(), QStringLiteral("two"));
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_composer->text(), QStringLiteral("one\ntwo"));
    QTest::keyClick(edit(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("one\ntwo"));
}

void TestComposer::ctrlEnterSendsWhenEnterDoesNot()
{
    m_composer->setEnterSends(false);
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(edit(), QStringLiteral("one"));
    QTest::keyClick(edit(), Qt::Key_Return);
    QTest::keyClicks(edit(), QStringLiteral("two"));
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_composer->text(), QStringLiteral("one\ntwo"));
    QTest::keyClick(edit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("one\ntwo"));
}

void TestComposer::nothingToSendSendsNothing()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QVERIFY(!button("composerSend")->isEnabled());
    QTest::keyClick(edit(), Qt::Key_Return);
    QTest::keyClicks(edit(), QStringLiteral("   "));
    QVERIFY(!button("composerSend")->isEnabled());
    QTest::keyClick(edit(), Qt::Key_Return);
    QVERIFY(!m_composer->send());
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_composer->text(), QStringLiteral("   "));
}

void TestComposer::replaceLookAlikesIsOneUndoStep()
{
    auto *replace
        = m_composer->findChild<QToolButton *>(QStringLiteral("composerReplaceLookAlikes"));
    QVERIFY(replace);
    QTest::keyClicks(edit(), QStringLiteral("Hi"));
    QVERIFY(!replace->isVisible());

    const QString curly = QStringLiteral("“Wait”… it’s fine");
    m_composer->setDraft(curly);
    QVERIFY(label("composerCounter")->text().contains(QStringLiteral("Unicode")));
    QVERIFY(replace->isVisible());
    QVERIFY(!replace->accessibleName().isEmpty());
    // The cursor after "…": it stays after the "..." that replaces it.
    QTextCursor cursor = edit()->textCursor();
    cursor.setPosition(7);
    edit()->setTextCursor(cursor);

    QTest::mouseClick(replace, Qt::LeftButton);
    QCOMPARE(m_composer->text(), QStringLiteral("\"Wait\"... it's fine"));
    QCOMPARE(edit()->textCursor().position(), 9);
    QVERIFY(label("composerCounter")->text().contains(QStringLiteral("GSM-7")));
    QVERIFY(!replace->isVisible());

    edit()->undo();
    QCOMPARE(m_composer->text(), curly);
}

void TestComposer::templateFillsValuesAndBlocksOnTheRest()
{
    m_composer->setTemplates(
        { makeTemplate(QStringLiteral("greet"), QStringLiteral("Greeting"),
                       QStringLiteral("Hi {{first_name}}, {{agent_name}} here. Is it order "
                                      "{{ order_number }}?")),
          makeTemplate(QStringLiteral("bye"), QStringLiteral("Closing"), QStringLiteral("Bye")) });
    m_composer->setTemplateValues({ { QStringLiteral("first_name"), QStringLiteral("Ana") },
                                    { QStringLiteral("agent_name"), QStringLiteral("Sam") } });
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    auto *popup = m_composer->findChild<QListView *>(QStringLiteral("templatePopup"));
    QVERIFY(popup);

    QTest::keyClicks(edit(), QStringLiteral("Hello! /gre"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QVERIFY(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("Greeting")));
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 0); // Enter chose the template, it did not send
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_composer->text(),
             QStringLiteral("Hello! Hi Ana, Sam here. Is it order {{order_number}}?"));

    // The blank is selected, and blocks sending until it is filled.
    QCOMPARE(edit()->textCursor().selectedText(), QStringLiteral("{{order_number}}"));
    QVERIFY(!button("composerSend")->isEnabled());
    QVERIFY(label("composerHint")->isVisible());
    QCOMPARE(label("composerHint")->text(),
             QStringLiteral("Fill in {{order_number}} before sending"));
    QTest::keyClick(edit(), Qt::Key_Return);
    QVERIFY(!m_composer->send());
    QCOMPARE(sent.count(), 0);

    QTest::keyClicks(edit(), QStringLiteral("A-1001"));
    QVERIFY(button("composerSend")->isEnabled());
    QVERIFY(!label("composerHint")->isVisible());
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(),
             QStringLiteral("Hello! Hi Ana, Sam here. Is it order A-1001?"));
}

void TestComposer::templatePopupKeys()
{
    m_composer->setTemplates(
        { makeTemplate(QStringLiteral("bye"), QStringLiteral("Closing"), QStringLiteral("Bye!")),
          makeTemplate(QStringLiteral("hours"), QStringLiteral("Opening hours"),
                       QStringLiteral("9 to 5")),
          makeTemplate(QStringLiteral("greet"), QStringLiteral("Greeting"),
                       QStringLiteral("Hi")) });
    auto *popup = m_composer->findChild<QListView *>(QStringLiteral("templatePopup"));
    QVERIFY(popup);

    QTest::keyClick(edit(), Qt::Key_Slash);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 3);
    // Typing narrows; "o" matches the shortcut "hours"... and titles containing it.
    QTest::keyClicks(edit(), QStringLiteral("ho"));
    QCOMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(edit(), Qt::Key_Backspace);
    QTest::keyClick(edit(), Qt::Key_Backspace);
    QCOMPARE(popup->model()->rowCount(), 3);

    // Down then Tab picks the second (by shortcut: bye, greet, hours).
    QTest::keyClick(edit(), Qt::Key_Down);
    QTest::keyClick(edit(), Qt::Key_Tab);
    QCOMPARE(m_composer->text(), QStringLiteral("Hi"));
    QVERIFY(!popup->isVisible());

    // Escape closes it for this "/"; typing on does not bring it back, a new "/" does.
    QTest::keyClicks(edit(), QStringLiteral(" /b"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(edit(), Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QTest::keyClicks(edit(), QStringLiteral("y"));
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_composer->text(), QStringLiteral("Hi /by"));
    QTest::keyClicks(edit(), QStringLiteral(" /"));
    QTRY_VERIFY(popup->isVisible());

    // Nothing matches: no popup, and Enter sends the text as typed.
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(edit(), QStringLiteral("zzz"));
    QVERIFY(!popup->isVisible());
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("Hi /by /zzz"));
}

void TestComposer::slashInsideAWordIsText()
{
    m_composer->setTemplates({ makeTemplate(QStringLiteral("or"), QStringLiteral("Order"),
                                            QStringLiteral("Template text")) });
    auto *popup = m_composer->findChild<QListView *>(QStringLiteral("templatePopup"));
    QTest::keyClicks(edit(), QStringLiteral("and/or https://x.example/or"));
    QVERIFY(!popup->isVisible());
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("and/or https://x.example/or"));
}

void TestComposer::blockedKeepsTheDraft()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(edit(), QStringLiteral("Hello"));
    QVERIFY(button("composerSend")->isEnabled());
    const QString reason = QStringLiteral("This customer replied STOP: texts cannot be sent.");
    m_composer->setBlockedReason(reason);
    QLabel *blocked = label("composerBlocked");
    QVERIFY(blocked->isVisible());
    QCOMPARE(blocked->text(), reason);
    QVERIFY(!button("composerSend")->isEnabled());
    QTest::keyClicks(edit(), QStringLiteral(" again"));
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_composer->text(), QStringLiteral("Hello again"));

    m_composer->setBlockedReason(QString());
    QVERIFY(!blocked->isVisible());
    QVERIFY(button("composerSend")->isEnabled());
    QTest::mouseClick(button("composerSend"), Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("Hello again"));
}

void TestComposer::attachmentsUnavailableSaysWhy()
{
    const QString photo = makeFile(QStringLiteral("photo.jpg"), 2000);
    QVERIFY(m_composer->addAttachment(photo));
    m_composer->setAttachmentsUnavailable(QStringLiteral("No media host"));
    // What was attached goes (it could not be sent), the button says why it is off.
    QVERIFY(m_composer->attachments().isEmpty());
    QVERIFY(!button("composerAttach")->isEnabled());
    QCOMPARE(button("composerAttach")->toolTip(), QStringLiteral("No media host"));
    QVERIFY(!m_composer->addAttachment(photo));
    QVERIFY(m_composer->attachments().isEmpty());
    // The text still goes.
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(edit(), QStringLiteral("text only"));
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(1).toStringList(), QStringList());
    m_composer->setAttachmentsUnavailable({});
    QVERIFY(button("composerAttach")->isEnabled());
    QVERIFY(m_composer->addAttachment(photo));
}

void TestComposer::attachmentByButton()
{
    const QString photo = makeFile(QStringLiteral("receipt photo.jpg"), 2000);
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    m_composer->setNextAttachmentForTesting(photo);
    QTest::mouseClick(button("composerAttach"), Qt::LeftButton);
    QCOMPARE(m_composer->attachments(), QStringList({ photo }));
    QCOMPARE(chips().size(), 1);
    QVERIFY(chips().at(0)->isVisible());
    QVERIFY(chips().at(0)->text().contains(QStringLiteral("receipt photo.jpg")));
    QVERIFY(!chips().at(0)->accessibleName().isEmpty());

    // A picture alone may be sent.
    QVERIFY(button("composerSend")->isEnabled());
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QString());
    QCOMPARE(sent.at(0).at(1).toStringList(), QStringList({ photo }));
    QVERIFY(m_composer->attachments().isEmpty());
    QTRY_COMPARE(chips().size(), 0);

    // A chip's click removes it.
    QVERIFY(m_composer->addAttachment(photo));
    QCOMPARE(chips().size(), 1);
    QTest::mouseClick(chips().at(0), Qt::LeftButton);
    QVERIFY(m_composer->attachments().isEmpty());
    QTRY_COMPARE(chips().size(), 0);
    QVERIFY(!button("composerSend")->isEnabled());
}

void TestComposer::oversizedAttachmentIsRefused()
{
    const QString video = makeFile(QStringLiteral("video.mp4"), 6 * 1024 * 1024);
    m_composer->setNextAttachmentForTesting(video);
    QTest::mouseClick(button("composerAttach"), Qt::LeftButton);
    QVERIFY(m_composer->attachments().isEmpty());
    QCOMPARE(chips().size(), 0);
    QLabel *notice = label("composerNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("“video.mp4” is too large")),
             qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("5.0 MB")), qPrintable(notice->text()));

    // 5 MB in all: two files of 3 MB do not fit together.
    QVERIFY(m_composer->addAttachment(makeFile(QStringLiteral("a.png"), 3 * 1024 * 1024)));
    QVERIFY(!notice->isVisible());
    QVERIFY(!m_composer->addAttachment(makeFile(QStringLiteral("b.png"), 3 * 1024 * 1024)));
    QCOMPARE(m_composer->attachments().size(), 1);
    QVERIFY(notice->text().contains(QStringLiteral("b.png")));

    QVERIFY(!m_composer->addAttachment(m_dir->filePath(QStringLiteral("missing.jpg"))));
    QCOMPARE(m_composer->attachments().size(), 1);
}

void TestComposer::atMostTenAttachments()
{
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_composer->addAttachment(makeFile(QStringLiteral("f%1.jpg").arg(i), 100)));
    QVERIFY(!m_composer->addAttachment(makeFile(QStringLiteral("f10.jpg"), 100)));
    QCOMPARE(m_composer->attachments().size(), 10);
    QCOMPARE(chips().size(), 10);
    QVERIFY(label("composerNotice")->text().contains(QStringLiteral("10")));
}

void TestComposer::pastedPictureBecomesAnAttachment()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::red);
    auto *mime = new QMimeData;
    mime->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(mime);
    QTest::keyClicks(edit(), QStringLiteral("See this"));
    edit()->paste();

    QCOMPARE(m_composer->attachments().size(), 1);
    const QString path = m_composer->attachments().constFirst();
    QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("textdesk-paste-")));
    QVERIFY(path.endsWith(QStringLiteral(".png")));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(QDir::tempPath()).absoluteFilePath());
    const QImage saved(path);
    QCOMPARE(saved.size(), image.size());
    QCOMPARE(saved.pixelColor(3, 3), QColor(Qt::red));
    QCOMPARE(m_composer->text(), QStringLiteral("See this")); // nothing pasted as text
    QFile::remove(path);
}

// The temporary folder does not keep customers' pictures for ever: a composer removes the
// pasted ones older than a day, and keeps the recent ones (a draft may still hold them) and
// every other file.
void TestComposer::oldPastedPicturesAreRemoved()
{
    const QDateTime now = QDateTime::currentDateTime();
    const auto make = [](const QString &name, const QDateTime &modified) {
        const QString path = QDir(QDir::tempPath()).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("png") != 3 || !file.flush())
            return QString();
        // After the write is out: writing it would make the file new again.
        if (!file.setFileTime(modified, QFileDevice::FileModificationTime))
            return QString();
        return path;
    };
    const QString old = make(QStringLiteral("textdesk-paste-testold.png"), now.addDays(-2));
    const QString recent = make(QStringLiteral("textdesk-paste-testnew.png"), now.addSecs(-3600));
    const QString other = make(QStringLiteral("textdesk-test-other.png"), now.addDays(-2));
    QVERIFY(!old.isEmpty() && !recent.isEmpty() && !other.isEmpty());

    QVERIFY(Composer::removeOldPastedPictures(now) >= 1);
    QVERIFY(!QFile::exists(old));
    QVERIFY(QFile::exists(recent));
    QVERIFY(QFile::exists(other));
    QFile::remove(recent);
    QFile::remove(other);
}

void TestComposer::droppedFilesBecomeAttachments()
{
    const QString a = makeFile(QStringLiteral("a.pdf"), 100);
    const QString b = makeFile(QStringLiteral("b.jpg"), 100);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(a), QUrl::fromLocalFile(b) });

    // Onto the composer's frame (the buttons, the counter)…
    const QPoint at = m_composer->rect().bottomLeft() + QPoint(2, -2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_composer, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_composer, &drop);
    QCOMPARE(m_composer->attachments(), QStringList({ a, b }));

    // …and onto the text, where it must not turn into the files' names.
    m_composer->clearAttachments();
    QWidget *viewport = edit()->viewport();
    const QPoint inside = viewport->rect().center();
    QDragEnterEvent enterText(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enterText);
    QDragMoveEvent move(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropText(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropText);
    QCOMPARE(m_composer->attachments(), QStringList({ a, b }));
    QVERIFY(m_composer->text().isEmpty());
}

void TestComposer::draftChangedIsDebounced()
{
    QSignalSpy drafts(m_composer, &Composer::draftChanged);
    QTest::keyClicks(edit(), QStringLiteral("abc"));
    QCOMPARE(drafts.count(), 0);
    QTRY_COMPARE(drafts.count(), 1);
    QCOMPARE(drafts.at(0).at(0).toString(), QStringLiteral("abc"));
    // Nothing more is on its way: no debounce is pending (rather than waiting a while).
    QVERIFY(!draftTimer()->isActive());
    QCOMPARE(drafts.count(), 1);

    // flushDraft() does not wait; with nothing new it says nothing.
    QTest::keyClicks(edit(), QStringLiteral("d"));
    m_composer->flushDraft();
    QCOMPARE(drafts.count(), 2);
    QCOMPARE(drafts.at(1).at(0).toString(), QStringLiteral("abcd"));
    m_composer->flushDraft();
    QVERIFY(!draftTimer()->isActive());
    QCOMPARE(drafts.count(), 2);

    // Another conversation's draft is not this one's change.
    m_composer->setDraft(QStringLiteral("other draft"));
    QCOMPARE(m_composer->text(), QStringLiteral("other draft"));
    QVERIFY(!draftTimer()->isActive());
    QCOMPARE(drafts.count(), 2);

    // Sending clears the draft at once.
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(drafts.count(), 3);
    QCOMPARE(drafts.at(2).at(0).toString(), QString());
}

void TestComposer::growsWithItsContent()
{
    const int empty = edit()->height();
    QVERIFY(empty >= 2 * edit()->fontMetrics().lineSpacing());
    for (int i = 0; i < 4; ++i) {
        QTest::keyClicks(edit(), QStringLiteral("line"));
        QTest::keyClick(edit(), Qt::Key_Return, Qt::ShiftModifier);
    }
    QTRY_VERIFY(edit()->height() > empty);
    const int five = edit()->height();
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(edit(), Qt::Key_Return, Qt::ShiftModifier);
    QTRY_VERIFY(edit()->height() > five);
    const int capped = edit()->height();
    QVERIFY(capped < empty * 5); // eight lines at most, not twenty-five
    m_composer->setDraft(QString());
    QTRY_COMPARE(edit()->height(), empty);
}

QTEST_MAIN(TestComposer)
#include "TestComposer.moc"
