#pragma once

#include "storage/Records.h"

#include <QFrame>
#include <QPointer>

class QLineEdit;
class QListView;
class QStandardItemModel;
class QTimer;

namespace textdesk {

class Database;

// Ctrl+K: a small box over the window to jump to a conversation by typing part of the
// customer's name or number. Empty, it lists the conversations opened last and the most recent
// ones. Up/Down choose, Enter opens, Esc closes; the last but one row hands the text to the
// inbox's message search, the last starts a new conversation with it. Reads the cache through
// the window's reader (indexed lookups only).
class QuickSwitcher : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kMaxRows = 12;

    QuickSwitcher(Database *reader, QWidget *parent);

    // Shows the box centred at the top of its parent, recent conversations first.
    void popup(const QList<qint64> &recentConversations);
    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }

signals:
    void conversationChosen(qint64 conversationId);
    void messageSearchRequested(const QString &text);
    // "New conversation with …": the text typed, a number or a name.
    void newConversationRequested(const QString &recipient);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Role { ConversationIdRole = Qt::UserRole + 1, SearchTextRole, NewConversationRole };
    void update();
    void addConversation(const ConversationSummary &summary, QList<qint64> *seen);
    void choose(const QModelIndex &index);

    Database *m_reader;
    QLineEdit *m_input = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QList<qint64> m_recent;
    QPointer<QWidget> m_returnFocus; // where Esc goes back to
};

} // namespace textdesk
