#include "SettingsPages.h"

#include "common/PlainText.h"
#include "phone/PhoneNumbers.h"
#include "storage/Directory.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace textdesk {

NumbersPage::NumbersPage(Database *reader, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Numbers come from the provider account: buy or release them "
                               "there, and Textdesk lists them after its next sync."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("ourNumbers"));
    list->setAccessibleName(tr("Our numbers"));
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setHeaderLabels({ tr("Number"), tr("Name"), tr("International (E.164)") });
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list);

    auto *empty = ui::plain(new QLabel(this));
    empty->setWordWrap(true);
    layout->addWidget(empty);

    if (!reader) {
        empty->setText(tr("The cache is not open, so the numbers cannot be shown."));
        return;
    }
    auto inboxes = Directory::inboxes(*reader);
    if (!inboxes) {
        empty->setText(inboxes.error().message());
        return;
    }
    const QString region = PhoneNumbers::systemRegion();
    for (const Directory::Inbox &inbox : *inboxes) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, PhoneNumbers::display(inbox.e164, region));
        item->setText(1, inbox.friendlyName);
        item->setText(2, inbox.e164);
    }
    if (inboxes->isEmpty())
        empty->setText(tr("No numbers yet: they appear after the first sync with the provider."));
}

AgentPage::AgentPage(const Workspace &workspace, const AppSettings &settings, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);

    m_name = new QLineEdit(settings.agentName, this);
    m_name->setObjectName(QStringLiteral("agentName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(
        qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed());
    m_name->setToolTip(tr("Shown to colleagues and used for {{agent_name}} in templates. Empty: "
                          "your login name."));
    form->addRow(tr("Your &name:"), m_name);
    const QSettings ini(workspace.settingsPath(), QSettings::IniFormat);
    if (const QString fixed = ini.value(QStringLiteral("agent/name")).toString().trimmed();
        !fixed.isEmpty()) {
        // The workspace's own name wins (ProviderSession::agentName); say so rather than let
        // an edit seem to do nothing.
        auto *note = new QLabel(
            tr("This workspace names its agent \"%1\", which is used instead.").arg(fixed), this);
        note->setObjectName(QStringLiteral("agentNameNote"));
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }

    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("responseTarget"));
    m_target->setAccessibleName(tr("Response-time target in minutes"));
    m_target->setRange(AppSettings::kMinResponseTargetMinutes,
                       AppSettings::kMaxResponseTargetMinutes);
    m_target->setSuffix(tr(" min"));
    m_target->setValue(settings.responseTargetMinutes);
    m_target->setToolTip(tr("Conversations waiting longer than this for a reply are marked."));
    form->addRow(tr("&Response-time target:"), m_target);

    m_enterSends = new QCheckBox(tr("&Enter sends the message (off: Ctrl+Enter sends, Enter "
                                    "starts a new line)"),
                                 this);
    m_enterSends->setObjectName(QStringLiteral("enterSends"));
    m_enterSends->setAccessibleName(tr("Enter sends the message"));
    m_enterSends->setChecked(settings.enterSends);
    form->addRow(m_enterSends);

    m_notifications = new QCheckBox(tr("Show a &notification when a customer writes"), this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setAccessibleName(tr("Notifications"));
    m_notifications->setChecked(settings.notifications);
    form->addRow(m_notifications);
}

void AgentPage::read(AppSettings *settings) const
{
    settings->agentName = m_name->text().trimmed();
    settings->responseTargetMinutes = m_target->value();
    settings->enterSends = m_enterSends->isChecked();
    settings->notifications = m_notifications->isChecked();
}

AppearancePage::AppearancePage(const AppSettings &settings, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme)));
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language by its own name, untranslated, so that it can be found by someone who
    // does not read the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    form->addRow(tr("&Language:"), m_language);

    // A change rebuilds the main window in the new language at once (WindowHost), keeping the
    // open conversation and the reply being written: nothing to warn about here.
}

void AppearancePage::read(AppSettings *settings) const
{
    settings->theme = m_theme->currentData().toString();
    settings->language = m_language->currentData().toString();
}

} // namespace textdesk
