#pragma once

#include <QMessageBox>
#include <QString>

class QLabel;
class QWidget;

// Customer and provider text (bodies, names, numbers, friendly names, content types, error
// messages) is never markup: a QLabel or tooltip in Qt::AutoText renders anything that looks
// like HTML, and `<img src=…>` makes Qt read a local file.
namespace textdesk::ui {

// Makes `label` show its text literally; returns it, so creation and setup fit on one line.
QLabel *plain(QLabel *label);

// A tooltip that shows `text` literally. Qt sniffs every tooltip for rich text, so escaping alone
// would show "&lt;"; this escapes and wraps it in a paragraph that keeps line breaks.
QString plainToolTip(const QString &text);

// QMessageBox::warning() and friends in Qt::PlainText: their text often carries a provider's
// error message or a file name. Returns when the person has closed the box.
void plainMessage(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                  const QString &text);

} // namespace textdesk::ui
