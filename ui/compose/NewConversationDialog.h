#pragma once

#include "common/WriterCall.h"
#include "engine/SyncCommands.h"
#include "sync/SendRules.h"
#include "templates/TemplateStore.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace textdesk {

class Composer;
class Database;

// Conversation → New conversation (Ctrl+N, or the quick switcher): texting a customer first.
// The customer is a number typed in any common form (read with the workspace's region) or a
// customer picked by name; one of our numbers sends; the first message is written in the
// composer (templates, segment count). Refused with the reason in words — an invalid number, a
// customer who texted STOP — by the rules `textdesk send` follows too (sync::SendRules), and
// the draft stays. Sending goes through the outbox (so it works offline) and then the
// conversation opens (conversationStarted).
class NewConversationDialog : public QDialog
{
    Q_OBJECT
public:
    struct Setup
    {
        QString region; // how numbers without +country code are read
        QString agentName;
        QString ourCompany; // {{company}}
        QStringList deskNumbers; // ours to offer; empty: every inbox
        QList<MessageTemplate> templates;
    };

    NewConversationDialog(Database &reader, ui::Writer writer, engine::SyncCommands commands,
                          Setup setup, QWidget *parent = nullptr);

    // What the agent typed in the quick switcher: a number or a name.
    void setRecipientText(const QString &text);
    Composer *composer() const { return m_composer; }

signals:
    void conversationStarted(qint64 conversationId);

private:
    void buildUi();
    void loadSenders();
    void recipientEdited();
    void pickMatch();
    void setRecipient(const sync::Recipient &recipient, const QString &label);
    void send(const QString &body, const QStringList &attachments);
    void refuse(const QString &reason, const QString &body, const QStringList &attachments);

    Database &m_reader;
    ui::Writer m_writer;
    engine::SyncCommands m_commands;
    Setup m_setup;
    sync::Recipient m_recipient;
    bool m_hasRecipient = false;

    QLineEdit *m_to = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_who = nullptr;
    QComboBox *m_from = nullptr;
    Composer *m_composer = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace textdesk
