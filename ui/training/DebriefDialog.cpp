#include "DebriefDialog.h"

#include "common/PlainText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace textdesk::ui {

namespace {

QString minutesText(const std::optional<double> &minutes)
{
    return minutes ? DebriefDialog::tr("%1 min").arg(QString::number(*minutes, 'f', 1))
                   : DebriefDialog::tr("not reached");
}

} // namespace

DebriefDialog::DebriefDialog(const training::ScenarioScore &score, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("debrief"));
    setWindowTitle(tr("Debrief: %1").arg(score.title));
    auto *layout = new QVBoxLayout(this);

    auto *headline = plain(new QLabel(
        tr("%1 of 100 — %2").arg(score.score).arg(score.passed ? tr("passed") : tr("not passed")),
        this));
    headline->setObjectName(QStringLiteral("debriefScore"));
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    headline->setFont(big);
    layout->addWidget(headline);

    QString figures
        = tr("First reply: %1 · Resolved: %2 · Replies: %3, %4 segments on average")
              .arg(minutesText(score.firstReplyMinutes), minutesText(score.resolutionMinutes))
              .arg(score.replies)
              .arg(QString::number(score.meanSegments, 'f', 1));
    if (score.surveyScore)
        figures += tr(" · Customer satisfaction: %1 of 5").arg(*score.surveyScore);
    auto *summary = plain(new QLabel(figures, this));
    summary->setObjectName(QStringLiteral("debriefFigures"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    // Tree items are plain text: a message with markup in it is shown as written.
    auto *checks = new QTreeWidget(this);
    checks->setObjectName(QStringLiteral("debriefChecks"));
    checks->setRootIsDecorated(false);
    checks->setWordWrap(true);
    checks->setHeaderLabels({ tr("Check"), tr("Why"), tr("Message") });
    for (const training::Check &c : score.checks) {
        auto *item = new QTreeWidgetItem(checks);
        item->setText(0, (c.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.title);
        item->setText(1, c.explanation);
        item->setText(2, c.message);
        item->setToolTip(1, plainToolTip(c.explanation));
        item->setToolTip(2, plainToolTip(c.message));
        item->setData(0, Qt::UserRole, c.id);
        item->setData(0, Qt::UserRole + 1, c.passed);
        item->setForeground(0, c.passed ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x2a, 0x2a));
    }
    checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    checks->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(checks, 1);

    layout->addWidget(plain(new QLabel(tr("Model answer:"), this)));
    auto *model = new QPlainTextEdit(this);
    model->setObjectName(QStringLiteral("modelAnswer"));
    model->setReadOnly(true);
    model->setPlainText(score.modelAnswer.join(QStringLiteral("\n\n")));
    model->setMaximumHeight(110);
    layout->addWidget(model);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 560);
}

} // namespace textdesk::ui
