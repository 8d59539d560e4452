#pragma once

#include "common/WriterCall.h"
#include "storage/RuleStore.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace textdesk {

class Database;

// File → Rules…: the workspace's automation rules (docs/automation.md). The ordered list with
// an "enabled" box per rule; New, Duplicate, Delete, Move up/down; the selected rule's name, event
// (and minutes for "no agent reply") in a form, its conditions and actions as the JSON of
// `textdesk rules export`, checked on Apply with the problem in words under it (the typed text
// stays; leaving unapplied edits asks first). "Try it" is the dry run of `textdesk rules test` on
// the saved rules: nothing is done.
//
// Reads through the GUI's read-only connection; writes through `Writer` (the sync thread).
class RuleEditor : public QDialog
{
    Q_OBJECT
public:
    RuleEditor(Database &reader, ui::Writer writer, QString settingsPath,
               QWidget *parent = nullptr);

    void reload();

    // Asks before leaving edits that are not applied.
    void reject() override;

private:
    void buildUi();
    QWidget *buildTryIt();
    void fillList();
    void updateButtons();
    void selectCurrent();
    // True when there are no unapplied edits, or the lead chose to discard them.
    bool discardEdits();
    void showRule(qint64 id);
    void newRule();
    void duplicate();
    void apply();
    void remove();
    void move(int by);
    void setEnabled(QListWidgetItem *item);
    void tryIt();
    void updateMinutes();
    void showStatus(const QString &text, bool error = false);
    bool write(const ui::Change &change);
    int currentRow() const;
    // The editor's rule as a stored row, or nullopt with the problem shown under the editor.
    std::optional<RuleRow> edited();

    Database &m_reader;
    ui::Writer m_writer;
    QString m_settingsPath;
    QList<RuleRow> m_rows;
    qint64 m_currentId = 0; // 0: a new rule, not saved yet
    bool m_filling = false; // the widgets are being filled, not edited
    bool m_dirty = false; // the editor has changes not applied

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_event = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPlainTextEdit *m_definition = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLineEdit *m_sample = nullptr;
    QLineEdit *m_sampleFrom = nullptr;
    QLineEdit *m_sampleTo = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace textdesk
