#pragma once

#include "storage/Consent.h"
#include "storage/ContactProfiles.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace textdesk {

class ConsentHistoryView;

// The customer beside a conversation: who they are, their consent, fields the agent edits in
// place, and their other conversations. Edits are emitted as they are made (profileEdited); the
// owner writes them on the writer's thread and shows the result again with showProfile().
class ProfilePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget *parent = nullptr);
    ~ProfilePanel() override;

    // Shows a customer. For the customer already shown, a field the agent is typing in keeps
    // the typing. Switching to another customer first emits what was typed for the previous one.
    void showProfile(const ContactProfile &profile, const QList<ContactConversation> &conversations,
                     qint64 currentConversationId);
    // Shows "No conversation selected" (after emitting any typing, as showProfile does).
    void clear();
    // The customer's consent history (storage/Consent: history), shown under their consent.
    void showConsentHistory(const QList<Consent::Event> &events);
    // A save failed: says so under the fields and keeps the agent's edits.
    void showSaveError(const QString &message);

    // The customer shown, 0 when none.
    qint64 contactId() const { return m_shown ? m_profile.id : 0; }
    // Phone numbers are shown the way this region writes them (default: the system's).
    void setRegion(const QString &region);

    // "Opted out by texting STOP on 3 Nov 2026", "Opted in …", "Consent unknown".
    static QString consentText(const ContactProfile &profile);
    // "just now", "5 min ago", "14:05", "yesterday", "3 days ago", "3 Nov", "3 Nov 2025".
    static QString relativeTime(qint64 whenMs, qint64 nowMs);

signals:
    void profileEdited(const textdesk::ContactProfile &profile);
    void conversationActivated(qint64 conversationId);
    // "Erase customer…": the owner confirms and erases (the customer's right to erasure).
    void eraseRequested(qint64 contactId, const QString &e164);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildProfilePage();
    QWidget *buildCustomFields(QWidget *parent);
    void showHeader();
    void applyWarningColours();
    void fillCustomFields(const QList<QPair<QString, QString>> &fields);
    void fillConversations(const QList<ContactConversation> &conversations, qint64 currentId);

    void commitName();
    void commitEmail();
    void commitCompany();
    void commitTags();
    void commitNotes();
    void commitCustomFields();
    // Emits whatever was typed and not yet emitted (before the panel changes customer).
    void commitAll();
    void emitIfChanged(const ContactProfile &edited);
    bool isEditingCustomFields() const;

    ContactProfile m_profile; // as last shown, with the edits emitted since
    bool m_shown = false;
    bool m_emailInvalid = false;
    QString m_region;
    QTimer m_notesTimer;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_consent = nullptr;
    ConsentHistoryView *m_consentHistory = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailError = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_customFields = nullptr;
    QPushButton *m_addField = nullptr;
    QPushButton *m_removeField = nullptr;
    QLabel *m_saveError = nullptr;
    QListWidget *m_conversations = nullptr;
    QLabel *m_noConversations = nullptr;
};

} // namespace textdesk
