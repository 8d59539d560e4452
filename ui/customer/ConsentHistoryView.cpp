#include "ConsentHistoryView.h"

#include "common/PlainText.h"
#include "compliance/ConsentExport.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace textdesk {

ConsentHistoryView::ConsentHistoryView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Consent history"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_empty = new QLabel(tr("No consent changes recorded."), this);
    m_empty->setObjectName(QStringLiteral("consentHistoryEmpty"));
    layout->addWidget(m_empty);

    // QListWidget items are plain text: a customer's message can never become markup.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("consentHistory"));
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(140);
    layout->addWidget(m_list);

    m_export = new QPushButton(tr("Export consent history…"), this);
    m_export->setObjectName(QStringLiteral("consentExport"));
    connect(m_export, &QPushButton::clicked, this, &ConsentHistoryView::exportWithDialog);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    setHistory({}, {});
}

void ConsentHistoryView::setHistory(const QString &customerE164,
                                    const QList<Consent::Event> &events)
{
    using compliance::ConsentExport;
    m_customer = customerE164;
    m_events = events;
    m_list->clear();
    const QLocale locale;
    for (const Consent::Event &e : events) {
        const QString when
            = locale.toString(QDateTime::fromMSecsSinceEpoch(e.occurredAt), QLocale::ShortFormat);
        QString line = tr("%1 — %2: %3 (%4)")
                           .arg(when, ConsentExport::stateText(e.state), ConsentExport::howText(e),
                                ConsentExport::whoText(e));
        if (!e.messageBody.isEmpty() && e.messageBody.trimmed() != e.keyword)
            line += QLatin1Char('\n') + tr("Message: %1").arg(e.messageBody);
        auto *item = new QListWidgetItem(line, m_list);
        if (!e.ourNumber.isEmpty())
            item->setToolTip(ui::plainToolTip(tr("To our number %1").arg(e.ourNumber)));
    }
    m_empty->setVisible(events.isEmpty());
    m_list->setVisible(!events.isEmpty());
    m_export->setEnabled(!events.isEmpty());
}

QString ConsentHistoryView::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(compliance::ConsentExport::csv(m_customer, m_events));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void ConsentHistoryView::exportWithDialog()
{
    QString name = m_customer;
    name.remove(QLatin1Char('+'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export consent history"),
        QDir::home().filePath(QStringLiteral("consent-%1.csv").arg(name)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportTo(path); !problem.isEmpty())
        ui::plainMessage(QMessageBox::Warning, this, tr("Export consent history"), problem);
}

} // namespace textdesk
