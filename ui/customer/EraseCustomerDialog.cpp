#include "EraseCustomerDialog.h"

#include "common/PlainText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace textdesk {

QString EraseCustomerDialog::summary(const QString &who, const ErasureCounts &c)
{
    QStringList parts;
    parts << tr("%n conversation(s)", nullptr, c.conversations)
          << tr("%n message(s) and note(s)", nullptr, c.messages)
          << tr("%n media file(s)", nullptr, c.mediaFiles) << tr("%n draft(s)", nullptr, c.drafts)
          << tr("%n outbox entry(s)", nullptr, c.outbox)
          << tr("%n survey answer(s)", nullptr, c.surveyAnswers)
          << tr("%n consent event(s)", nullptr, c.consentEvents);
    return tr("Erase %1 from this workspace?\n\nThis deletes %2, their profile, tags and notes, "
              "and their words from the search. The provider keeps its own copy of the "
              "messages.\n\n"
              "Only an audit entry remains: who erased a customer and when, without their number "
              "or anything they wrote. There is no undo.")
        .arg(who, parts.join(QStringLiteral(", ")));
}

EraseCustomerDialog::EraseCustomerDialog(const QString &who, const ErasureCounts &counts,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("eraseCustomerDialog"));
    setWindowTitle(tr("Erase customer"));
    auto *layout = new QVBoxLayout(this);
    auto *text = ui::plain(new QLabel(summary(who, counts), this));
    text->setObjectName(QStringLiteral("eraseSummary"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *erase = buttons->addButton(tr("Erase customer"), QDialogButtonBox::AcceptRole);
    erase->setObjectName(QStringLiteral("eraseConfirm"));
    erase->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("eraseCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

} // namespace textdesk
