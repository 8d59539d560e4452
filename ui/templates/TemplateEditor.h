#pragma once

#include "common/WriterCall.h"
#include "storage/ContactProfiles.h"
#include "templates/TemplateStore.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace textdesk {

class Database;

// Tools → Templates…: the team's template library. A list filtered by category and words;
// editing a template's title, category, /shortcut and body with its segment count and a
// preview rendered for a customer picked by name; the starter set in a chosen language;
// import and export as JSON (docs/templates.md), where an import with a bad entry imports
// nothing and names each bad entry by its position.
//
// Reads through the GUI's read-only connection; writes through `Writer` (the sync thread).
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    TemplateEditor(Database &reader, ui::Writer writer, QString settingsPath, QString agentName,
                   QWidget *parent = nullptr);

    // Test seam: the next Import/Export takes this file instead of asking.
    void setNextFileName(const QString &path) { m_nextFile = path; }

    void reload();

signals:
    // The library changed (the composer offers the new list).
    void templatesChanged();

private:
    void buildUi();
    void fillList();
    void showTemplate(qint64 id);
    void newTemplate();
    void save();
    void remove();
    void addStarters();
    void importFile();
    void exportFile();
    void updatePreview();
    void choosePreviewCustomer();
    void showStatus(const QString &text, bool error = false);
    bool write(const ui::Change &change, QString *error);
    QString askFile(bool save);

    Database &m_reader;
    ui::Writer m_writer;
    QString m_settingsPath;
    QString m_agentName;
    QString m_nextFile;
    QList<MessageTemplate> m_templates;
    MessageTemplate m_current;
    ContactProfile m_previewCustomer;

    QComboBox *m_categoryFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_shortcut = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_counter = nullptr;
    QLineEdit *m_customer = nullptr;
    QLabel *m_customerName = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_missing = nullptr;
    QLineEdit *m_company = nullptr;
    QComboBox *m_starterLanguage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace textdesk
