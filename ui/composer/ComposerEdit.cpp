#include "ComposerEdit.h"

#include "TemplatePopup.h"
#include "templates/TemplateFiller.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace textdesk {

namespace {

// Marks the `{{variables}}` still to fill. Amber under the text's own colour reads on light and
// dark palettes alike; the underline keeps it visible to someone who cannot tell the colour.
class VariableHighlighter : public QSyntaxHighlighter
{
public:
    explicit VariableHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
        m_format.setBackground(QColor(255, 176, 0, 110));
        m_format.setFontUnderline(true);
        m_format.setUnderlineStyle(QTextCharFormat::DashUnderline);
    }

protected:
    void highlightBlock(const QString &text) override
    {
        auto matches = TemplateFiller::variablePattern().globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_format);
        }
    }

private:
    QTextCharFormat m_format;
};

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

QStringList localFiles(const QMimeData *source)
{
    if (!source || !source->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : source->urls()) {
        if (!url.isLocalFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    new VariableHighlighter(document());
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ComposerEdit::updateHeight);
    updateHeight();
}

int ComposerEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin())
        + margins.top() + margins.bottom();
}

QSize ComposerEdit::sizeHint() const
{
    // QPlainTextEdit's layout measures the document in lines (wrapped lines included).
    const int lines = int(document()->documentLayout()->documentSize().height());
    return { QPlainTextEdit::sizeHint().width(),
             heightForLines(std::clamp(lines, kMinLines, kMaxLines)) };
}

QSize ComposerEdit::minimumSizeHint() const
{
    return { QPlainTextEdit::minimumSizeHint().width(), heightForLines(kMinLines) };
}

void ComposerEdit::updateHeight()
{
    const int height = sizeHint().height();
    if (height != this->height()) {
        setFixedHeight(height);
        // Past eight lines the field scrolls; keep the line being typed in view.
        ensureCursorVisible();
    }
}

bool ComposerEdit::handlePopupKey(QKeyEvent *event)
{
    if (!m_popup || !m_popup->isVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Up:
        m_popup->moveSelection(-1);
        return true;
    case Qt::Key_Down:
        m_popup->moveSelection(1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        emit templateChosen();
        return true;
    case Qt::Key_Escape:
        m_popup->dismiss();
        return true;
    default:
        return false;
    }
}

bool ComposerEdit::event(QEvent *event)
{
    // While the popup is open its keys are ours, even where the window has a shortcut for them
    // (Escape closing a dialog, Enter pressing its default button).
    if (event->type() == QEvent::ShortcutOverride && m_popup && m_popup->isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
            event->accept();
            return true;
        default:
            break;
        }
    }
    return QPlainTextEdit::event(event);
}

bool ComposerEdit::focusNextPrevChild(bool next)
{
    // Tab moves the focus on, except that it chooses a template while the popup is open.
    if (m_popup && m_popup->isVisible())
        return false;
    return QPlainTextEdit::focusNextPrevChild(next);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    if (handlePopupKey(event)) {
        event->accept();
        return;
    }
    if (isEnter(event->key())) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        const bool ctrl = mods == Qt::ControlModifier;
        if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            emit sendLaterPressed();
            event->accept();
            return;
        }
        if (ctrl || (m_enterSends && mods == Qt::NoModifier)) {
            emit sendPressed();
            event->accept();
            return;
        }
        if (mods == Qt::NoModifier || mods == Qt::ShiftModifier) {
            // A real paragraph, not the line separator QPlainTextEdit puts for Shift+Enter.
            textCursor().insertText(QStringLiteral("\n"));
            ensureCursorVisible();
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ComposerEdit::focusOutEvent(QFocusEvent *event)
{
    if (m_popup)
        m_popup->hide();
    QPlainTextEdit::focusOutEvent(event);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || source->hasImage()
        || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    // Copied files and pictures are attachments; a copy that also carries text (a selection in
    // a word processor, a web page) is pasted as the text the agent meant.
    if (const QStringList files = localFiles(source); !files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (source->hasImage() && !source->hasText()) {
        emit imagePasted(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace textdesk
