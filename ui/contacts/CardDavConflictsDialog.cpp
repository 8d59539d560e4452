#include "CardDavConflictsDialog.h"

#include "common/PlainText.h"
#include "contacts/CardDavConflicts.h"
#include "contacts/ContactFiles.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace textdesk {

namespace {
std::optional<ContactCard> conflictCard(const QString &vcard, const QString &region)
{
    if (vcard.isEmpty())
        return std::nullopt;
    const contacts::ParsedContacts parsed
        = contacts::ContactFiles::readVCard(vcard.toUtf8(), region);
    if (parsed.cards.size() != 1)
        return std::nullopt;
    return parsed.cards.first();
}

QString conflictTitle(const CardDavConflict &c, const QString &region)
{
    for (const QString &vcard : { c.localCard, c.remoteCard }) {
        if (const auto card = conflictCard(vcard, region)) {
            if (!card->displayName.isEmpty())
                return card->displayName;
            if (!card->e164.isEmpty())
                return card->e164;
        }
    }
    return c.href.section(u'/', -1);
}
} // namespace

CardDavConflictsDialog::CardDavConflictsDialog(Database &reader, ui::Writer writer,
                                               const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_region(region)
{
    setObjectName(QStringLiteral("carddavConflictsDialog"));
    setWindowTitle(tr("Contact conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = ui::plain(new QLabel(
        tr("These contacts were changed both here and on the address book's server since the "
           "last sync. Nothing was overwritten: keep one version of each."),
        this));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("carddavConflictList"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setMaximumWidth(240);
    row->addWidget(m_list);
    m_fields = new QTableWidget(0, 3, this);
    m_fields->setObjectName(QStringLiteral("carddavConflictFields"));
    m_fields->setAccessibleName(tr("Fields that differ"));
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("Here (ours)"), tr("Server (theirs)") });
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    row->addWidget(m_fields, 1);
    layout->addLayout(row, 1);

    m_status = ui::plain(new QLabel(this));
    m_status->setObjectName(QStringLiteral("carddavConflictStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keepOurs = buttons->addButton(tr("Keep &ours"), QDialogButtonBox::ActionRole);
    m_keepOurs->setObjectName(QStringLiteral("carddavKeepOurs"));
    m_keepOurs->setToolTip(tr("The version here stands; the next sync sends it to the server."));
    m_keepTheirs = buttons->addButton(tr("Keep &theirs"), QDialogButtonBox::ActionRole);
    m_keepTheirs->setObjectName(QStringLiteral("carddavKeepTheirs"));
    m_keepTheirs->setToolTip(tr("The server's version is written here now."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepOurs, &QPushButton::clicked, this, [this] { keep(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { keep(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CardDavConflictsDialog::showConflict);
    resize(760, 380);
    reload();
}

int CardDavConflictsDialog::count() const
{
    return int(m_conflicts.size());
}

void CardDavConflictsDialog::reload()
{
    auto open = CardDavStore(m_reader).conflicts(true);
    m_conflicts = open ? *open : QList<CardDavConflict>();
    m_list->clear();
    for (const CardDavConflict &c : std::as_const(m_conflicts)) {
        auto *item = new QListWidgetItem(conflictTitle(c, m_region), m_list);
        item->setToolTip(
            ui::plainToolTip(tr("Found %1")
                                 .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.foundAt),
                                                         QLocale::ShortFormat))));
    }
    if (!open)
        m_status->setText(open.error().message());
    else if (m_conflicts.isEmpty())
        m_status->setText(tr("No open conflicts: the address book and Textdesk agree."));
    if (!m_conflicts.isEmpty())
        m_list->setCurrentRow(0);
    else
        showConflict();
}

void CardDavConflictsDialog::showConflict()
{
    const int at = m_list->currentRow();
    m_fields->setRowCount(0);
    m_keepOurs->setEnabled(at >= 0);
    m_keepTheirs->setEnabled(at >= 0);
    if (at < 0 || at >= m_conflicts.size())
        return;
    const CardDavConflict &c = m_conflicts.at(at);
    const auto ours = conflictCard(c.localCard, m_region);
    const auto theirs = conflictCard(c.remoteCard, m_region);
    auto addRow = [this](const QString &field, const QString &here, const QString &there) {
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        m_fields->setItem(r, 0, new QTableWidgetItem(field));
        m_fields->setItem(r, 1, new QTableWidgetItem(here));
        m_fields->setItem(r, 2, new QTableWidgetItem(there));
    };
    if (!ours || !theirs) {
        const QString deleted = tr("(deleted)");
        const ContactCard &card = ours ? *ours : (theirs ? *theirs : ContactCard());
        const QString summary = card.displayName.isEmpty() ? card.e164 : card.displayName;
        addRow(tr("Contact"), ours ? summary : deleted, theirs ? summary : deleted);
    } else {
        const QList<std::tuple<QString, QString, QString>> fields = {
            { tr("Number"), ours->e164, theirs->e164 },
            { tr("Name"), ours->displayName, theirs->displayName },
            { tr("E-mail"), ours->email, theirs->email },
            { tr("Company"), ours->company, theirs->company },
            { tr("Tags"), ours->tags.join(QStringLiteral(", ")),
              theirs->tags.join(QStringLiteral(", ")) },
            { tr("Notes"), ours->notes, theirs->notes },
        };
        for (const auto &[field, here, there] : fields)
            if (here != there)
                addRow(field, here, there);
        if (m_fields->rowCount() == 0)
            addRow(tr("Other properties"), tr("differ"), tr("differ"));
    }
    m_fields->resizeRowsToContents();
    m_fields->resizeColumnToContents(0);
}

void CardDavConflictsDialog::keep(bool ours)
{
    const int at = m_list->currentRow();
    if (at < 0 || at >= m_conflicts.size())
        return;
    const qint64 id = m_conflicts.at(at).id;
    QString error;
    const QString region = m_region;
    const Status s = m_writer([&](Database &db) -> Status {
        error = contacts::CardDavConflicts::resolve(db, id, ours, region,
                                                    QDateTime::currentMSecsSinceEpoch());
        return success();
    });
    if (!s)
        error = s.error().message();
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    emit resolved();
    reload();
    m_status->setText(ours ? tr("Kept ours: the next sync sends it to the server.")
                           : tr("Kept theirs: the server's version is now here."));
}

} // namespace textdesk
