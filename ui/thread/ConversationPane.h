#pragma once

#include "storage/Records.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QHBoxLayout;
class QToolButton;

namespace textdesk {

class Composer;
class Database;
class PresenceLine;
class RevocationBanner;
class ThreadDelegate;
class ThreadModel;
class ThreadView;
class ThumbnailCache;

// The centre column: who the conversation is with and its state, the thread, and the composer
// (a reply, or an internal note when "Note" is on). Keeps each conversation's draft and scroll
// position while the agent moves between conversations.
class ConversationPane : public QWidget
{
    Q_OBJECT
public:
    ConversationPane(Database &reader, ThumbnailCache *thumbnails, const QString &mediaDirectory,
                     QWidget *parent = nullptr);

    // Shows a conversation (0: none); messageId, if set, is scrolled to and selected.
    void showConversation(qint64 conversationId, qint64 messageId = 0);
    qint64 conversationId() const { return m_summary.id; }
    const ConversationSummary &summary() const { return m_summary; }

    // Re-reads the header and the newest messages.
    void refresh();
    void setAgentNames(const QHash<qint64, QString> &names);
    void setNoteMode(bool note);
    bool noteMode() const;

    ThreadModel *model() const { return m_model; }
    ThreadView *view() const { return m_view; }
    Composer *composer() const { return m_composer; }
    // Team desktop: who else is viewing or typing here.
    PresenceLine *presence() const { return m_presence; }
    // Buttons in the header for the window's conversation actions (assign, resolve, …).
    void setHeaderActions(const QList<QAction *> &actions);
    // A row between the header and the thread (the window's "Load older messages").
    void addAboveThread(QWidget *widget);
    // Retry and Edit for a failed message: its context menu and the buttons under it.
    void setFailedActions(QAction *retry, QAction *edit);
    // A small ▾ button after the header's buttons so far, running `action` ("Assign to…" after
    // "Assign to me"): its text in the tooltip and for screen readers, so the name keeps room.
    void addHeaderArrow(QAction *action);
    // The selected message's row, -1 if none.
    int selectedRow() const;
    // The agent marked the open conversation unread: it is not marked read again while it
    // stays open, only when the agent opens it anew.
    void keepUnread();

signals:
    void replyRequested(qint64 conversationId, const QString &body, const QStringList &attachments);
    void noteRequested(qint64 conversationId, const QString &body);
    void draftChanged(qint64 conversationId, const QString &body);
    // "Opt out" (optOut) or "Not a request" on the banner of a request to stop in other words.
    void revocationAnswered(qint64 conversationId, qint64 flagId, bool optOut);
    // The agent has seen the thread up to this message.
    void seen(qint64 conversationId, qint64 messageId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showHeader();
    void showRevocation();
    void elideHeader();
    void updateComposerState();
    void saveViewState();
    void showMessageMenu(const QPoint &viewportPos);

    Database &m_reader;
    ConversationSummary m_summary;
    QHash<qint64, QString> m_agentNames;
    QHash<qint64, QString> m_drafts; // conversation → text, while the app runs
    QHash<qint64, int> m_distanceFromBottom; // conversation → scroll position
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QString m_subtitleText; // the whole line; the label shows it elided to its width
    QLabel *m_empty = nullptr;
    RevocationBanner *m_revocation = nullptr;
    PresenceLine *m_presence = nullptr;
    QWidget *m_content = nullptr;
    ThreadModel *m_model = nullptr;
    ThreadView *m_view = nullptr;
    ThreadDelegate *m_delegate = nullptr;
    Composer *m_composer = nullptr;
    QToolButton *m_noteToggle = nullptr;
    QHBoxLayout *m_headerTools = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_editAction = nullptr;
    qint64 m_keptUnread = 0; // keepUnread()'s conversation while it stays open
};

} // namespace textdesk
