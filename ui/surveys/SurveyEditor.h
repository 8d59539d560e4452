#pragma once

#include "storage/StorageError.h"
#include "surveys/Survey.h"

#include <QtWidgets/QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace textdesk {

class Database;
namespace engine {
class SyncWorker;
}

// The team lead's survey editor: the list of surveys, creating one of each kind (with the
// built-in wording in every shipped language), editing its wording and rules, a preview of the
// question as the customer reads it with its segment count, and turning it on and off.
//
// It reads through the GUI's read-only connection and writes through `Writer`, which runs the
// change on the cache's writer (the sync thread in the app), so the GUI thread never writes.
class SurveyEditor : public QDialog
{
    Q_OBJECT
public:
    using Change = std::function<Status(Database &writer)>;
    using Writer = std::function<Status(const Change &change)>;

    SurveyEditor(Database &reader, Writer writer, QWidget *parent = nullptr);

    // The app's way in: writes go to the sync thread's worker, which the dialog waits for.
    static void openFor(QWidget *parent, Database &reader, engine::SyncWorker *worker);

    // Reads the list again (after a save, or when another window changed it).
    void reload();

private:
    void showSurvey(int row);
    void createSurvey();
    void save();
    void toggleActive(bool on);
    void updatePreview();
    void storeWordingFields(); // the fields of the language on screen into m_current
    void loadWordingFields();
    surveys::Survey fromFields() const;
    bool write(const Change &change);

    Database &m_reader;
    Writer m_writer;
    QList<surveys::Survey> m_surveys;
    surveys::Survey m_current;
    QString m_language = QStringLiteral("en");

    QListWidget *m_list = nullptr;
    QComboBox *m_newKind = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_kind = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_onResolve = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QSpinBox *m_window = nullptr;
    QCheckBox *m_followupOn = nullptr;
    QSpinBox *m_followupBelow = nullptr;
    QLineEdit *m_company = nullptr;
    QComboBox *m_defaultLanguage = nullptr;
    QComboBox *m_wordingLanguage = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QPlainTextEdit *m_followup = nullptr;
    QPlainTextEdit *m_thanks = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_segments = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace textdesk
