#include "PlainText.h"

#include <QLabel>

namespace textdesk::ui {

QLabel *plain(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {}; // no tooltip at all, rather than an empty paragraph
    // Escaped, and a paragraph first so that Qt takes it as rich text (and shows the entities as
    // the characters); pre-wrap keeps line breaks and runs of spaces.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
        + QStringLiteral("</p>");
}

void plainMessage(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                  const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace textdesk::ui
