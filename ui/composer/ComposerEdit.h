#pragma once

#include <QPlainTextEdit>

class QImage;

namespace textdesk {

class TemplatePopup;

// The composer's text field: Enter (or Ctrl+Enter) asks to send, the template popup is driven
// from here while the field keeps the focus, pasted pictures and dropped files become
// attachments instead of text, unfilled `{{variables}}` are highlighted, and the field grows
// with its content from two to eight lines.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kMinLines = 2;
    static constexpr int kMaxLines = 8;

    explicit ComposerEdit(QWidget *parent = nullptr);

    // True: Enter sends and Shift+Enter breaks the line. False: Enter breaks the line and
    // Ctrl+Enter sends. Ctrl+Enter sends either way.
    void setEnterSends(bool enterSends) { m_enterSends = enterSends; }
    bool enterSends() const { return m_enterSends; }
    // The popup whose list Up/Down/Enter/Tab/Escape drive while it is shown.
    void setTemplatePopup(TemplatePopup *popup) { m_popup = popup; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sendPressed();
    void sendLaterPressed(); // Ctrl+Shift+Enter
    void templateChosen();
    void filesDropped(const QStringList &paths);
    void imagePasted(const QImage &image);

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    bool handlePopupKey(QKeyEvent *event);
    void updateHeight();
    int heightForLines(int lines) const;

    TemplatePopup *m_popup = nullptr;
    bool m_enterSends = true;
};

// The local files among a drag's or a paste's URLs; empty if any URL is something else.
QStringList localFiles(const QMimeData *source);

} // namespace textdesk
