#pragma once

#include "storage/Consent.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace textdesk {

// The customer's consent history on the profile (when, how, keyword, message, who), in plain
// text, oldest first, and "Export consent history…" as CSV (compliance/ConsentExport).
class ConsentHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentHistoryView(QWidget *parent = nullptr);

    void setHistory(const QString &customerE164, const QList<Consent::Event> &events);
    // Writes the CSV to `path`; empty on success, else why not in words.
    QString exportTo(const QString &path) const;

private:
    void exportWithDialog();

    QString m_customer;
    QList<Consent::Event> m_events;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace textdesk
