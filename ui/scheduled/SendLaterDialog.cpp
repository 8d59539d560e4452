#include "SendLaterDialog.h"

#include "common/PlainText.h"
#include "compliance/QuietHours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace textdesk {

namespace {

QString zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

} // namespace

SendLaterDialog::SendLaterDialog(const QString &body, const QTimeZone &agentZone,
                                 const QTimeZone &customerZone, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_agentZone(agentZone.isValid() ? agentZone : QTimeZone::systemTimeZone())
    , m_customerZone(customerZone.isValid() ? customerZone : m_agentZone)
    , m_nowMs(nowMs)
{
    setObjectName(QStringLiteral("sendLaterDialog"));
    setWindowTitle(tr("Send later"));

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("sendLaterBody"));
    m_body->setPlainText(body);
    m_body->setTabChangesFocus(true);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("sendLaterZone"));
    m_zone->addItem(tr("My time (%1)").arg(zoneName(m_agentZone)));
    m_zone->addItem(tr("The customer's time (%1)").arg(zoneName(m_customerZone)));

    // The field holds a wall-clock time; it is read in the chosen zone (QDateTimeEdit of Qt 6.4
    // has no zone of its own).
    m_time = new QDateTimeEdit(this);
    m_time->setObjectName(QStringLiteral("sendLaterTime"));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    m_both = ui::plain(new QLabel(this));
    m_both->setObjectName(QStringLiteral("sendLaterBoth"));
    m_both->setWordWrap(true);
    m_problem = ui::plain(new QLabel(this));
    m_problem->setObjectName(QStringLiteral("sendLaterProblem"));
    m_problem->setWordWrap(true);

    m_cancelOnReply = new QCheckBox(tr("Cancel it if the customer writes first"), this);
    m_cancelOnReply->setObjectName(QStringLiteral("sendLaterCancelOnReply"));
    m_cancelOnReply->setChecked(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sendLaterOk"));

    auto *form = new QFormLayout;
    form->addRow(tr("Message:"), m_body);
    form->addRow(tr("Time zone:"), m_zone);
    form->addRow(tr("Send at:"), m_time);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_both);
    layout->addWidget(m_problem);
    layout->addWidget(m_cancelOnReply);
    layout->addWidget(m_buttons);

    // A sensible first choice: an hour from now, on the minute.
    showTimeIn(((nowMs + 3600'000) / 60'000) * 60'000);
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        // The same moment, shown in the other zone.
        const QDateTime wall = m_time->dateTime();
        const QTimeZone before = m_zoneIndex == 1 ? m_customerZone : m_agentZone;
        const qint64 at = QDateTime(wall.date(), wall.time(), before).toMSecsSinceEpoch();
        m_zoneIndex = m_zone->currentIndex();
        showTimeIn(at);
    });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &SendLaterDialog::update);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SendLaterDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void SendLaterDialog::setSchedule(qint64 dueAt, const QString &zoneId, bool cancelOnReply)
{
    m_cancelOnReply->setChecked(cancelOnReply);
    const int index = zoneId == zoneName(m_customerZone) && zoneId != zoneName(m_agentZone) ? 1 : 0;
    m_zoneIndex = index;
    const QSignalBlocker block(m_zone);
    m_zone->setCurrentIndex(index);
    showTimeIn(dueAt);
}

QTimeZone SendLaterDialog::chosenZone() const
{
    return m_zoneIndex == 1 ? m_customerZone : m_agentZone;
}

void SendLaterDialog::showTimeIn(qint64 atMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, chosenZone());
    m_time->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    update();
}

QString SendLaterDialog::body() const
{
    return m_body->toPlainText().trimmed();
}

qint64 SendLaterDialog::dueAt() const
{
    const QDateTime wall = m_time->dateTime();
    return QDateTime(wall.date(), wall.time(), chosenZone()).toMSecsSinceEpoch();
}

QString SendLaterDialog::zoneId() const
{
    return zoneName(chosenZone());
}

bool SendLaterDialog::cancelOnReply() const
{
    return m_cancelOnReply->isChecked();
}

void SendLaterDialog::update()
{
    const qint64 at = dueAt();
    const QLocale locale;
    const auto in = [&](const QTimeZone &zone) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(at, zone), QLocale::ShortFormat);
    };
    m_both->setText(tr("My time: %1 (%2)\nThe customer's time: %3 (%4)")
                        .arg(in(m_agentZone), zoneName(m_agentZone), in(m_customerZone),
                             zoneName(m_customerZone)));
    QString problem;
    if (body().isEmpty())
        problem = tr("Write the message first.");
    else if (at <= m_nowMs)
        problem = tr("That time has already passed. Choose a time in the future.");
    else if (!compliance::QuietHours().allows(at, m_customerZone))
        problem = tr("That is during the customer's quiet hours (before 8:00 or after 21:00 "
                     "their time): it will wait until 8:00 their time.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!body().isEmpty() && at > m_nowMs);
}

} // namespace textdesk
