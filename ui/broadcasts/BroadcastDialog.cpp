#include "BroadcastDialog.h"

#include "core/Clock.h"
#include "phone/PhoneNumbers.h"
#include "storage/BroadcastStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace textdesk {

using broadcasts::Planner;

BroadcastDialog::BroadcastDialog(Database &reader, ui::Writer writer, Setup setup, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_setup(std::move(setup))
{
    setWindowTitle(tr("New broadcast"));
    setObjectName(QStringLiteral("broadcastDialog"));
    buildUi();
}

void BroadcastDialog::buildUi()
{
    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("broadcastTemplate"));
    for (const MessageTemplate &t : std::as_const(m_setup.templates))
        m_template->addItem(t.title.isEmpty() ? t.shortcut : t.title, t.body);
    form->addRow(tr("&Template:"), m_template);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("broadcastTag"));
    m_tag->setPlaceholderText(tr("The customers with this tag"));
    form->addRow(tr("T&ag:"), m_tag);
    auto *csvRow = new QHBoxLayout;
    m_csv = new QLineEdit(this);
    m_csv->setObjectName(QStringLiteral("broadcastCsv"));
    m_csv->setPlaceholderText(tr("Or a CSV file: a number column and variable columns"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Recipients"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!file.isEmpty())
            m_csv->setText(file);
    });
    csvRow->addWidget(m_csv);
    csvRow->addWidget(browse);
    auto *csvLabel = new QLabel(tr("CSV &file:"), this); // a row of a layout has no buddy itself
    csvLabel->setBuddy(m_csv);
    form->addRow(csvLabel, csvRow);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("broadcastFrom"));
    // Shown as the agent reads numbers ("(312) 736-4410"), sent as the E.164 key.
    for (const QString &e164 : std::as_const(m_setup.ourNumbers))
        m_from->addItem(PhoneNumbers::display(e164, m_setup.region), e164);
    form->addRow(tr("&From:"), m_from);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("broadcastRate"));
    m_rate->setRange(0.1, 100);
    m_rate->setValue(1.0);
    m_rate->setSuffix(tr(" per second"));
    form->addRow(tr("&Rate:"), m_rate);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("broadcastPreview"));
    m_table->setHorizontalHeaderLabels({ tr("Number"), tr("Status"), tr("Message") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("broadcastCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("broadcastError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("broadcastProgress"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_startButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_pauseButton = buttons->addButton(tr("P&ause"), QDialogButtonBox::ActionRole);
    m_cancelButton = buttons->addButton(tr("&Cancel broadcast"), QDialogButtonBox::ActionRole);
    m_startButton->setEnabled(false);
    m_pauseButton->hide();
    m_cancelButton->hide();
    connect(m_previewButton, &QPushButton::clicked, this, &BroadcastDialog::preview);
    connect(m_startButton, &QPushButton::clicked, this, &BroadcastDialog::start);
    connect(m_pauseButton, &QPushButton::clicked, this, &BroadcastDialog::togglePause);
    connect(m_cancelButton, &QPushButton::clicked, this, &BroadcastDialog::cancelBroadcast);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Any change makes the preview stale: preview again before sending.
    const auto stale = [this] { m_startButton->setEnabled(false); };
    connect(m_template, &QComboBox::currentIndexChanged, this, stale);
    connect(m_tag, &QLineEdit::textChanged, this, stale);
    connect(m_csv, &QLineEdit::textChanged, this, stale);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    m_poll = new QTimer(this);
    m_poll->setInterval(500);
    connect(m_poll, &QTimer::timeout, this, &BroadcastDialog::showProgress);
}

bool BroadcastDialog::request(broadcasts::PlanRequest *r)
{
    m_error->clear();
    if (m_template->currentIndex() < 0) {
        m_error->setText(tr("Choose a template (File → Templates… makes one)."));
        return false;
    }
    r->name = m_template->currentText();
    r->body = m_template->currentData().toString();
    r->from = m_from->currentData().toString();
    r->rate = m_rate->value();
    r->region = m_setup.region;
    r->ourCompany = m_setup.ourCompany;
    r->audience = {};
    if (!m_tag->text().trimmed().isEmpty()) {
        r->audience.tag = m_tag->text().trimmed();
    } else if (!m_csv->text().trimmed().isEmpty()) {
        QFile file(m_csv->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            m_error->setText(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        r->audience.csv = file.readAll();
        r->audience.csvName = QFileInfo(file).fileName();
    } else {
        m_error->setText(tr("Give a tag or a CSV file of recipients."));
        return false;
    }
    if (r->from.isEmpty()) {
        m_error->setText(tr("The workspace knows none of our numbers yet."));
        return false;
    }
    return true;
}

void BroadcastDialog::preview()
{
    m_table->setRowCount(0);
    m_counts->clear();
    if (!request(&m_request))
        return;
    m_plan = Planner::plan(m_reader, m_request, Clock::system().nowMs());
    if (!m_plan.ok()) {
        m_error->setText(m_plan.error);
        return;
    }
    m_table->setRowCount(int(m_plan.recipients.size()));
    int row = 0;
    for (const broadcasts::PlannedRecipient &p : std::as_const(m_plan.recipients)) {
        QString status = tr("Will be sent");
        if (p.skipped)
            status = tr("Skipped: %1").arg(Planner::reasonText(p.reason));
        else if (p.notBefore > 0)
            status = tr("Held until %1")
                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.notBefore),
                                                 QLocale::ShortFormat));
        // QTableWidgetItem shows plain text only: customer text is never markup here.
        m_table->setItem(row, 0, new QTableWidgetItem(p.number));
        m_table->setItem(row, 1, new QTableWidgetItem(status));
        m_table->setItem(row, 2, new QTableWidgetItem(p.skipped ? p.detail : p.text));
        ++row;
    }
    int skipped = 0;
    for (auto it = m_plan.skipped.cbegin(); it != m_plan.skipped.cend(); ++it)
        skipped += it.value();
    m_counts->setText(tr("%1 to send (%2 held for quiet hours), %3 skipped: %4 opted out, %5 "
                         "asked to stop (awaiting an agent), %6 invalid, %7 duplicates, %8 "
                         "missing a variable.")
                          .arg(m_plan.eligible)
                          .arg(m_plan.held)
                          .arg(skipped)
                          .arg(m_plan.skipped.value(broadcasts::Reason::optedOut()))
                          .arg(m_plan.skipped.value(broadcasts::Reason::revocationPending()))
                          .arg(m_plan.skipped.value(broadcasts::Reason::invalidNumber()))
                          .arg(m_plan.skipped.value(broadcasts::Reason::duplicate()))
                          .arg(m_plan.skipped.value(broadcasts::Reason::missingVariable())));
    m_startButton->setEnabled(m_plan.eligible > 0 && m_id == 0);
}

void BroadcastDialog::start()
{
    if (m_id != 0 || !m_plan.ok())
        return;
    qint64 id = 0;
    const broadcasts::PlanRequest request = m_request;
    const broadcasts::Plan plan = m_plan;
    const Status written = m_writer([&](Database &db) -> Status {
        auto created = Planner::create(db, request, plan, Clock::system().nowMs());
        if (!created)
            return created.error();
        id = *created;
        return success();
    });
    if (!written) {
        m_error->setText(written.error().message());
        return;
    }
    m_id = id;
    m_startButton->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_pauseButton->show();
    m_cancelButton->show();
    m_progress->show();
    m_progress->setRange(0, std::max(1, m_plan.eligible));
    m_poll->start();
    showProgress();
}

void BroadcastDialog::togglePause()
{
    const qint64 id = m_id;
    const bool pause = !m_paused;
    const Status written = m_writer([=](Database &db) -> Status {
        auto moved = BroadcastStore::setState(
            db, id, { pause ? QStringLiteral("running") : QStringLiteral("paused") },
            pause ? QStringLiteral("paused") : QStringLiteral("running"), Clock::system().nowMs());
        return moved ? success() : Status(moved.error());
    });
    if (!written) {
        m_error->setText(written.error().message());
        return;
    }
    m_paused = pause;
    m_pauseButton->setText(pause ? tr("&Resume") : tr("P&ause"));
}

void BroadcastDialog::cancelBroadcast()
{
    const qint64 id = m_id;
    const Status written = m_writer([=](Database &db) -> Status {
        Transaction tx(db, Database::Durability::Full);
        if (!tx.status())
            return tx.status();
        auto moved = BroadcastStore::setState(
            db, id, { QStringLiteral("running"), QStringLiteral("paused") },
            QStringLiteral("cancelled"), Clock::system().nowMs());
        if (!moved)
            return moved.error();
        if (auto n = BroadcastStore::cancelWaiting(db, id); !n)
            return n.error();
        return tx.commit();
    });
    if (!written)
        m_error->setText(written.error().message());
    showProgress();
}

void BroadcastDialog::showProgress()
{
    auto counts = BroadcastStore::counts(m_reader, m_id);
    if (!counts)
        return;
    m_progress->setValue(counts->queued);
    m_counts->setText(tr("%1 of %2 sent to the outbox, %3 waiting (%4 for quiet hours), %5 "
                         "skipped, %6 cancelled.")
                          .arg(counts->queued)
                          .arg(m_plan.eligible)
                          .arg(counts->waiting)
                          .arg(counts->held)
                          .arg(counts->skipped)
                          .arg(counts->cancelled));
    if (counts->finished()) {
        m_poll->stop();
        m_pauseButton->setEnabled(false);
        m_cancelButton->setEnabled(false);
    }
}

} // namespace textdesk
