#pragma once

#include "common/WriterCall.h"
#include "storage/CardDavStore.h"

#include <QtWidgets/QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace textdesk {

class Database;

// Contacts → CardDAV conflicts…: the cards edited both here and on the server since the last
// sync, each with its fields side by side (here = ours, server = theirs, as plain text), and
// per conflict "Keep ours" / "Keep theirs" — as `textdesk contacts carddav resolve --keep
// here|server`: theirs is written here at once, ours is sent by the next sync.
class CardDavConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    // reader: the GUI thread's read-only connection (the list); writer: where a decision is
    // written (the sync thread in the app).
    CardDavConflictsDialog(Database &reader, ui::Writer writer, const QString &region,
                           QWidget *parent = nullptr);

    int count() const;
    // Reads the open conflicts again.
    void reload();

signals:
    // A decision was written (the window refreshes the contact).
    void resolved();

private:
    void showConflict();
    void keep(bool ours);

    Database &m_reader;
    ui::Writer m_writer;
    QString m_region;
    QList<CardDavConflict> m_conflicts;
    QListWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_keepOurs = nullptr;
    QPushButton *m_keepTheirs = nullptr;
};

} // namespace textdesk
