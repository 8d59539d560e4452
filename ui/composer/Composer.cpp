#include "Composer.h"

#include "AttachmentBar.h"
#include "ComposerEdit.h"
#include "SendLaterButton.h"
#include "TemplatePopup.h"
#include "common/PlainText.h"
#include "sms/SegmentCounter.h"
#include "templates/TemplateFiller.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace textdesk {

namespace {

// The character that forced UCS-2, as the agent can see it: invisible ones by their code.
QString visibleCharacter(const QString &character)
{
    if (character.isEmpty())
        return character;
    const char32_t code = character.toUcs4().value(0);
    if (QChar::isPrint(code) && !QChar::isSpace(code))
        return character;
    return QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
}

QLabel *makeNoticeLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

} // namespace

namespace {
const QString kPastePrefix = QStringLiteral("textdesk-paste-");
}

int Composer::removeOldPastedPictures(const QDateTime &now)
{
    const QDir temp(QDir::tempPath());
    const QFileInfoList pasted = temp.entryInfoList({ kPastePrefix + QStringLiteral("*.png") },
                                                    QDir::Files | QDir::NoSymLinks);
    int removed = 0;
    for (const QFileInfo &file : pasted) {
        if (file.lastModified().secsTo(now) > 24 * 3600 && QFile::remove(file.filePath()))
            ++removed;
    }
    return removed;
}

Composer::Composer(QWidget *parent)
    : QWidget(parent)
{
    // Once a run, and after the window is up: a temporary folder can hold many files.
    static bool swept = false;
    if (!swept) {
        swept = true;
        QTimer::singleShot(0, [] { removeOldPastedPictures(QDateTime::currentDateTime()); });
    }
    buildUi();
    retranslateUi();
    onTextChanged();
}

Composer::~Composer() = default;

void Composer::buildUi()
{
    setObjectName(QStringLiteral("composer"));
    setAcceptDrops(true);

    m_blockedLabel = makeNoticeLabel(this, "composerBlocked");
    // Prominent in any palette: the tool tip colours are a pair every style keeps readable.
    m_blockedLabel->setAutoFillBackground(true);
    m_blockedLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_blockedLabel->setForegroundRole(QPalette::ToolTipText);
    m_blockedLabel->setMargin(6);
    QFont bold = m_blockedLabel->font();
    bold.setBold(true);
    m_blockedLabel->setFont(bold);

    m_edit = new ComposerEdit(this);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_popup = new TemplatePopup(this);
    m_edit->setTemplatePopup(m_popup);
    m_attachments = new AttachmentBar(this);
    m_hintLabel = makeNoticeLabel(this, "composerHint");
    m_noticeLabel = makeNoticeLabel(this, "composerNotice");

    m_counter = ui::plain(new QLabel(this));
    m_counter->setObjectName(QStringLiteral("composerCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    // Wraps rather than widening the window ("1 segment · Unicode (because of “—”) · 12 left"
    // is wide): a narrow column shows it whole on two lines, and Send stays whole beside it.
    m_counter->setWordWrap(true);
    m_counter->setMinimumWidth(m_counter->fontMetrics().averageCharWidth() * 12);
    m_replaceButton = new QToolButton(this);
    m_replaceButton->setObjectName(QStringLiteral("composerReplaceLookAlikes"));
    m_replaceButton->setAutoRaise(true);
    m_replaceButton->setVisible(false);
    m_attachButton = new QPushButton(this);
    m_attachButton->setObjectName(QStringLiteral("composerAttach"));
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("composerSend"));

    m_laterButton = new SendLaterButton(this);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counter, 1);
    bottom->addWidget(m_replaceButton);
    bottom->addWidget(m_attachButton);
    bottom->addWidget(m_sendButton);
    bottom->addWidget(m_laterButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_edit);
    layout->addWidget(m_attachments);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_noticeLabel);
    layout->addLayout(bottom);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setObjectName(QStringLiteral("composerDraftTimer"));
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);

    connect(m_draftTimer, &QTimer::timeout, this, [this] { emit draftChanged(text()); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &Composer::updateTemplatePopup);
    connect(m_edit, &ComposerEdit::sendPressed, this, &Composer::send);
    connect(m_edit, &ComposerEdit::templateChosen, this, &Composer::chooseTemplate);
    connect(m_edit, &ComposerEdit::filesDropped, this, &Composer::attachFiles);
    connect(m_edit, &ComposerEdit::imagePasted, this, &Composer::attachPastedImage);
    connect(m_popup, &TemplatePopup::chosen, this, &Composer::chooseTemplate);
    connect(m_popup, &TemplatePopup::dismissed, this,
            [this] { m_dismissedSlash = slashCommandStart(); });
    connect(m_replaceButton, &QToolButton::clicked, this, &Composer::replaceLookAlikes);
    connect(m_attachButton, &QPushButton::clicked, this, &Composer::attachFromDialog);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    connect(m_laterButton->sendLaterAction(), &QAction::triggered, this, &Composer::sendLater);
    connect(m_edit, &ComposerEdit::sendLaterPressed, this, &Composer::sendLater);
    connect(m_attachments, &AttachmentBar::changed, this, &Composer::updateSendState);
    connect(m_attachments, &AttachmentBar::changed, this, &Composer::updateCounter);
}

void Composer::retranslateUi()
{
    m_edit->setPlaceholderText(m_noteMode ? tr("Internal note — not sent to the customer")
                                          : tr("Write a reply… (/ for templates)"));
    m_edit->setAccessibleName(m_noteMode ? tr("Internal note") : tr("Reply"));
    m_edit->setAccessibleDescription(m_edit->enterSends()
                                         ? tr("Enter sends, Shift+Enter starts a new line")
                                         : tr("Ctrl+Enter sends, Enter starts a new line"));
    m_blockedLabel->setAccessibleName(tr("Why you cannot send"));
    m_hintLabel->setAccessibleName(tr("Before sending"));
    m_noticeLabel->setAccessibleName(tr("Attachment notice"));
    m_counter->setAccessibleName(tr("Message length"));
    m_replaceButton->setText(tr("Replace look-alikes"));
    m_replaceButton->setAccessibleName(tr("Replace look-alike characters"));
    m_replaceButton->setToolTip(tr("Curly quotes, long dashes and similar characters make a text "
                                   "cost more segments. Replace them with plain ones."));
    m_attachButton->setText(tr("Attach…"));
    m_attachButton->setAccessibleName(tr("Attach files"));
    m_attachButton->setToolTip(tr("Attach pictures or files (at most %1 MB in all)")
                                   .arg(AttachmentBar::kMaxTotalBytes / (1024 * 1024)));
    m_sendButton->setText(m_noteMode ? tr("Add note") : tr("Send"));
    m_sendButton->setAccessibleName(m_noteMode ? tr("Add internal note") : tr("Send reply"));
    m_sendButton->setToolTip(m_edit->enterSends() ? tr("Send (Enter)") : tr("Send (Ctrl+Enter)"));
    m_laterButton->retranslate();
    updateCounter();
    updateSendState();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setDraft(const QString &text)
{
    // A pending draftChanged() belonged to the text being replaced; the owner flushes it
    // (flushDraft()) before switching conversations.
    m_draftTimer->stop();
    m_settingText = true;
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_settingText = false;
    m_dismissedSlash = -1;
    m_popup->hide();
}

void Composer::flushDraft()
{
    if (!m_draftTimer->isActive())
        return;
    m_draftTimer->stop();
    emit draftChanged(text());
}

void Composer::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::setEnterSends(bool enterSends)
{
    m_edit->setEnterSends(enterSends);
    retranslateUi();
}

bool Composer::enterSends() const
{
    return m_edit->enterSends();
}

void Composer::setNoteMode(bool note)
{
    if (note == m_noteMode)
        return;
    m_noteMode = note;
    // The colour of a sticky note, mixed into the palette's own base, so that it reads as
    // "not a reply" in a light and a dark theme alike.
    QPalette palette = m_edit->palette();
    if (note) {
        const QColor base = QApplication::palette().color(QPalette::Base);
        const QColor amber(0xf5, 0xc5, 0x42);
        palette.setColor(QPalette::Base,
                         QColor::fromRgbF(base.redF() * 0.75f + amber.redF() * 0.25f,
                                          base.greenF() * 0.75f + amber.greenF() * 0.25f,
                                          base.blueF() * 0.75f + amber.blueF() * 0.25f));
    } else {
        palette = QApplication::palette(m_edit);
    }
    m_edit->setPalette(palette);
    m_counter->setVisible(!note);
    m_attachButton->setVisible(!note); // notes carry no attachments
    retranslateUi();
}

void Composer::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason.trimmed();
    m_blockedLabel->setText(m_blockedReason);
    m_blockedLabel->setVisible(!m_blockedReason.isEmpty());
    updateSendState();
}

void Composer::setTemplates(const QList<MessageTemplate> &templates)
{
    m_templates = templates;
    updateTemplatePopup();
}

void Composer::setTemplateValues(const QHash<QString, QString> &values)
{
    m_templateValues = values;
}

void Composer::setAttachmentsUnavailable(const QString &reason)
{
    m_attachmentsUnavailable = reason;
    m_attachButton->setEnabled(reason.isEmpty());
    m_attachButton->setToolTip(reason);
    if (!reason.isEmpty())
        clearAttachments();
}

bool Composer::addAttachment(const QString &path)
{
    if (!m_attachmentsUnavailable.isEmpty()) {
        showNotice(m_attachmentsUnavailable);
        return false;
    }
    QString refusal;
    const bool added = m_attachments->add(path, &refusal);
    showNotice(refusal);
    return added;
}

QStringList Composer::attachments() const
{
    return m_attachments->paths();
}

void Composer::clearAttachments()
{
    m_attachments->clear();
    showNotice({});
}

bool Composer::canSend() const
{
    return m_blockedReason.isEmpty() && m_unfilled.isEmpty()
        && (!text().trimmed().isEmpty() || !m_attachments->isEmpty());
}

bool Composer::sendLater()
{
    if (m_noteMode || !canSend())
        return false;
    if (!m_attachments->isEmpty()) {
        showNotice(tr("A scheduled message carries text only. Remove the attachments or send "
                      "them now."));
        return false;
    }
    emit sendLaterRequested(text().trimmed());
    return true;
}

bool Composer::send()
{
    if (!canSend())
        return false;
    // Defaults of variables the agent left ({{first_name|there}}) and `\{{` become text.
    const QString body = TemplateFiller::finalText(text()).trimmed();
    const QStringList files = attachments();
    emit sendRequested(body, files);

    m_draftTimer->stop();
    m_settingText = true;
    m_edit->clear();
    m_settingText = false;
    m_dismissedSlash = -1;
    m_attachments->clear();
    showNotice({});
    // The saved draft is sent: the owner forgets it now, not after a delay.
    emit draftChanged(QString());
    return true;
}

void Composer::onTextChanged()
{
    if (!m_settingText) {
        m_draftTimer->start();
        // At most once per kTypingEveryMs while the agent types: colleagues see "is typing".
        if (!text().isEmpty()
            && (!m_typingSignal.isValid() || m_typingSignal.hasExpired(kTypingEveryMs))) {
            m_typingSignal.start();
            emit typing();
        }
    }
    m_unfilled = TemplateFiller::unfilledVariables(text());
    updateCounter();
    updateSendState();
    updateTemplatePopup();
}

void Composer::updateCounter()
{
    const QString body = text();
    if (body.isEmpty() && !m_attachments->isEmpty()) {
        // Pictures alone go as one MMS: segments do not apply.
        m_counter->setText(tr("MMS · %n attachment(s)", nullptr, int(attachments().size())));
        m_replaceButton->setVisible(false);
        return;
    }
    const sms::SegmentInfo info = sms::analyse(body);
    const QString encoding = info.encoding == sms::Encoding::Gsm7
        ? tr("GSM-7")
        : tr("Unicode (because of “%1”)").arg(visibleCharacter(info.nonGsmCharacter));
    m_counter->setText(
        tr("%1 · %2 · %3", "segments · encoding · characters left in the segment")
            .arg(tr("%n segment(s)", nullptr, info.segments), encoding,
                 tr("%n left", "characters left before another segment", info.unitsLeftInSegment)));
    m_replaceButton->setVisible(!m_noteMode && sms::hasLookAlikes(body));
}

void Composer::updateSendState()
{
    if (m_unfilled.isEmpty()) {
        m_hintLabel->hide();
    } else {
        QStringList names;
        for (const QString &name : std::as_const(m_unfilled))
            names.append(QStringLiteral("{{%1}}").arg(name));
        m_hintLabel->setText(
            tr("Fill in %1 before sending").arg(QLocale().createSeparatedList(names)));
        m_hintLabel->show();
    }
    m_sendButton->setEnabled(canSend());
    m_laterButton->setVisible(!m_noteMode); // a note is never sent, later or now
    m_laterButton->setEnabled(canSend());
}

int Composer::slashCommandStart() const
{
    const QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection())
        return -1;
    const QString line = cursor.block().text();
    int start = cursor.positionInBlock();
    while (start > 0 && !line.at(start - 1).isSpace())
        --start;
    // The word before the cursor starts with "/", at the start of a line or after a space.
    if (start >= line.size() || line.at(start) != QLatin1Char('/'))
        return -1;
    return cursor.block().position() + start;
}

void Composer::updateTemplatePopup()
{
    const int start = m_settingText ? -1 : slashCommandStart();
    if (start < 0 || start != m_dismissedSlash)
        m_dismissedSlash = -1;
    if (start < 0 || m_dismissedSlash >= 0 || m_templates.isEmpty()) {
        m_popup->hide();
        return;
    }
    const int cursorPosition = m_edit->textCursor().position();
    const QString word = text().mid(start + 1, cursorPosition - start - 1);
    const auto matches = matchTemplates(m_templates, word, TemplatePopup::kMaxShown);

    QTextCursor slash = m_edit->textCursor();
    slash.setPosition(start);
    const QRect at = m_edit->cursorRect(slash);
    const QPoint bottomLeft = m_edit->viewport()->mapToGlobal(at.topLeft());
    const int width = std::clamp(m_edit->width() / 2, 280, 480);
    m_popup->showMatches(matches, bottomLeft, width);
}

void Composer::chooseTemplate()
{
    const auto chosen = m_popup->current();
    m_popup->hide();
    const int start = slashCommandStart();
    if (!chosen || start < 0)
        return;
    const FilledTemplate filled = TemplateFiller::fill(chosen->body, m_templateValues);

    QTextCursor cursor = m_edit->textCursor();
    const int end = cursor.position();
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(filled.text);
    cursor.endEditBlock();

    // The first blank selected, so that typing fills it in.
    const auto blank = TemplateFiller::variablePattern().match(filled.text);
    if (blank.hasMatch()) {
        cursor.setPosition(start + int(blank.capturedStart()));
        cursor.setPosition(start + int(blank.capturedEnd()), QTextCursor::KeepAnchor);
    }
    m_edit->setTextCursor(cursor);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::replaceLookAlikes()
{
    const QString before = text();
    const QString after = sms::smartEncode(before);
    if (after == before)
        return;
    // smartEncode works character by character, so the text before the cursor, encoded, ends
    // where the cursor belongs in the new text.
    QTextCursor cursor = m_edit->textCursor();
    const int position = int(sms::smartEncode(before.left(cursor.position())).size());

    QTextCursor all(m_edit->document());
    all.beginEditBlock(); // one undo step
    all.select(QTextCursor::Document);
    all.insertText(after);
    all.endEditBlock();
    cursor.setPosition(std::min(position, int(after.size())));
    m_edit->setTextCursor(cursor);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::attachFromDialog()
{
    QStringList paths;
    if (!m_nextAttachment.isEmpty()) {
        paths.append(std::exchange(m_nextAttachment, QString()));
    } else {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Attach files"), m_lastAttachDir,
            tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.heic);;All files (*)"));
    }
    if (paths.isEmpty())
        return;
    m_lastAttachDir = QFileInfo(paths.constFirst()).absolutePath();
    attachFiles(paths);
}

void Composer::attachFiles(const QStringList &paths)
{
    if (!m_attachmentsUnavailable.isEmpty()) {
        showNotice(m_attachmentsUnavailable);
        return;
    }
    QStringList refusals;
    for (const QString &path : paths) {
        QString refusal;
        if (!m_attachments->add(path, &refusal))
            refusals.append(refusal);
    }
    showNotice(refusals.join(QLatin1Char('\n')));
}

void Composer::attachPastedImage(const QImage &image)
{
    if (!m_attachmentsUnavailable.isEmpty()) {
        showNotice(m_attachmentsUnavailable);
        return;
    }
    if (image.isNull()) {
        showNotice(tr("The pasted picture could not be read."));
        return;
    }
    // The file must outlive the composer (see removeOldPastedPictures()).
    QTemporaryFile file(QDir::tempPath() + u'/' + kPastePrefix + QStringLiteral("XXXXXX.png"));
    file.setAutoRemove(false);
    if (!file.open() || !image.save(&file, "PNG")) {
        showNotice(tr("The pasted picture could not be saved in %1: %2")
                       .arg(QDir::toNativeSeparators(QDir::tempPath()), file.errorString()));
        file.remove();
        return;
    }
    file.close();
    if (!addAttachment(file.fileName()))
        file.remove();
}

void Composer::showNotice(const QString &notice)
{
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(files);
}

void Composer::hideEvent(QHideEvent *event)
{
    m_popup->hide();
    QWidget::hideEvent(event);
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace textdesk
