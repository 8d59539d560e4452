#pragma once

#include "templates/TemplateStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QWidget>

class QDateTime;
class QImage;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace textdesk {

class AttachmentBar;
class SendLaterButton;
class ComposerEdit;
class TemplatePopup;

// The reply box under a conversation: the text with a live segment count, attachments, and
// templates typed as "/shortcut". It only asks to send (sendRequested); its owner queues the
// message. Sending is held back while the conversation is blocked (an opted-out customer) or a
// template's `{{variable}}` is still unfilled.
class Composer : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDraftDelayMs = 400;
    static constexpr int kTypingEveryMs = 3000;

    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    // A pasted picture is saved as a file in the temporary folder, which must outlive the
    // composer (a window rebuilt in another language keeps the attachments; the outbox copies
    // the file when the message is queued). Removes the ones older than a day, a customer's
    // pictures among them; the number removed. The first composer of a run calls it.
    static int removeOldPastedPictures(const QDateTime &now);

    QString text() const;
    // Replaces the text (another conversation's draft) without a draftChanged(); the undo
    // history goes with it. Attachments are kept: see clearAttachments().
    void setDraft(const QString &text);
    // Emits draftChanged() now if the agent changed the text since the last one.
    void flushDraft();
    void focusEditor();

    void setEnterSends(bool enterSends);
    bool enterSends() const;

    // An internal note instead of a reply, unmistakably: another colour, "Add note", no
    // segment counter (a note is never sent, so segments mean nothing).
    void setNoteMode(bool note);
    bool noteMode() const { return m_noteMode; }

    // Non-empty: the agent may go on writing, but cannot send, and sees why.
    void setBlockedReason(const QString &reason);
    QString blockedReason() const { return m_blockedReason; }

    // The templates "/" offers and the values their `{{variables}}` are filled with (the
    // customer's profile, the agent's name; see TemplateFiller::standardVariables()).
    void setTemplates(const QList<MessageTemplate> &templates);
    void setTemplateValues(const QHash<QString, QString> &values);

    // Non-empty: attachments cannot be sent at all (the reason is shown when the agent tries).
    void setAttachmentsUnavailable(const QString &reason);
    // Attaches a file; false, with the reason shown under the text, when it cannot be sent.
    bool addAttachment(const QString &path);
    QStringList attachments() const;
    void clearAttachments();

    // Whether Send would send now.
    bool canSend() const;
    // Sends what is written if it can (as the Send button does).
    bool send();
    // "Send later…" (the menu beside Send, Ctrl+Shift+Enter): asks the owner to schedule what
    // is written (sendLaterRequested); text only. The owner empties the composer once it is
    // scheduled (setDraft).
    bool sendLater();

    // Test seam: the next Attach click takes this file instead of opening a file dialog.
    void setNextAttachmentForTesting(const QString &path) { m_nextAttachment = path; }

signals:
    // Body trimmed; attachments as absolute paths. The composer is empty afterwards.
    void sendRequested(const QString &body, const QStringList &attachments);
    void sendLaterRequested(const QString &body);
    // Debounced: kDraftDelayMs after the agent stops typing, and from flushDraft().
    void draftChanged(const QString &text);
    // The agent is typing (not a text set by code): at most once per kTypingEveryMs.
    void typing();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onTextChanged();
    void updateCounter();
    void updateSendState();
    void updateTemplatePopup();
    void chooseTemplate();
    void replaceLookAlikes();
    void attachFromDialog();
    void attachFiles(const QStringList &paths);
    void attachPastedImage(const QImage &image);
    void showNotice(const QString &notice);
    // Where the "/word" being typed starts in the current paragraph, or -1.
    int slashCommandStart() const;

    ComposerEdit *m_edit = nullptr;
    TemplatePopup *m_popup = nullptr;
    AttachmentBar *m_attachments = nullptr;
    QLabel *m_blockedLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_counter = nullptr;
    QToolButton *m_replaceButton = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    SendLaterButton *m_laterButton = nullptr; // its menu: "Send later…"
    QTimer *m_draftTimer = nullptr;
    QElapsedTimer m_typingSignal;

    QList<MessageTemplate> m_templates;
    QHash<QString, QString> m_templateValues;
    QStringList m_unfilled;
    QString m_blockedReason;
    QString m_attachmentsUnavailable;
    QString m_nextAttachment;
    QString m_lastAttachDir;
    // The "/" position the agent closed the popup for (Escape); it stays closed there.
    int m_dismissedSlash = -1;
    bool m_settingText = false;
    bool m_noteMode = false;
};

} // namespace textdesk
