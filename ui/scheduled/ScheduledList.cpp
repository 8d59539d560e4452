#include "ScheduledList.h"

#include "phone/PhoneNumbers.h"
#include "scheduled/ScheduledMessages.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace textdesk {

ScheduledList::ScheduledList(bool withCustomer, QWidget *parent)
    : QWidget(parent)
    , m_withCustomer(withCustomer)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("scheduledList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("scheduledEdit"));
    m_cancel = new QPushButton(tr("Cancel message"), this);
    m_cancel->setObjectName(QStringLiteral("scheduledCancel"));
    m_confirm = new QPushButton(tr("Send now"), this);
    m_confirm->setObjectName(QStringLiteral("scheduledConfirm"));
    m_confirm->setToolTip(tr("Send a held message now"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ScheduledList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (const ScheduledMessage *row = current())
            emit openRequested(row->conversationId);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const ScheduledMessage *row = current())
            emit editRequested(*row);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const ScheduledMessage *row = current())
            emit cancelRequested(row->id, row->conversationId);
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (const ScheduledMessage *row = current())
            emit confirmRequested(row->id, row->conversationId);
    });
    updateButtons();
}

QString ScheduledList::dueText(const ScheduledMessage &row)
{
    const QLocale locale;
    QString text = locale.toString(QDateTime::fromMSecsSinceEpoch(row.dueAt), QLocale::ShortFormat);
    const QTimeZone chosen(row.timeZone.toUtf8());
    if (chosen.isValid() && chosen != QTimeZone::systemTimeZone()) {
        text = tr("%1 (%2 in %3)")
                   .arg(text,
                        locale.toString(QDateTime::fromMSecsSinceEpoch(row.dueAt, chosen).time(),
                                        QLocale::ShortFormat),
                        row.timeZone);
    }
    return text;
}

void ScheduledList::setRows(const QList<ScheduledMessage> &rows)
{
    const qint64 selected = current() ? current()->id : 0;
    m_rows = rows;
    m_list->clear();
    for (const ScheduledMessage &row : rows) {
        QString line = dueText(row);
        if (m_withCustomer) {
            const QString who = row.contactName.isEmpty()
                ? PhoneNumbers::display(row.contactE164, PhoneNumbers::systemRegion())
                : tr("%1 (%2)").arg(
                    row.contactName,
                    PhoneNumbers::display(row.contactE164, PhoneNumbers::systemRegion()));
            line = tr("%1 · to %2").arg(line, who);
        }
        line += QLatin1Char('\n') + row.body;
        if (row.state == QLatin1String("held") || !row.reason.isEmpty())
            line += QLatin1Char('\n') + scheduled::reasonText(row.reason);
        // QListWidget items are plain text.
        auto *item = new QListWidgetItem(line.trimmed(), m_list);
        item->setData(Qt::UserRole, row.id);
    }
    if (!select(selected) && !rows.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

bool ScheduledList::select(qint64 id)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

const ScheduledMessage *ScheduledList::current() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ScheduledList::updateButtons()
{
    const ScheduledMessage *row = current();
    m_edit->setEnabled(row);
    m_cancel->setEnabled(row);
    m_confirm->setVisible(row && row->state == QLatin1String("held"));
}

} // namespace textdesk
