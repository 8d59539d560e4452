#pragma once

#include "broadcasts/BroadcastPlan.h"
#include "common/WriterCall.h"
#include "templates/TemplateStore.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace textdesk {

class Database;

// File → New broadcast…: a template to the customers with a tag or the numbers of a CSV file,
// previewed per recipient with who is skipped and why, then stored (on the writer) and sent by
// the engine's BroadcastRunner at the chosen rate; progress from the reader, pause and cancel.
// The same rules as `textdesk broadcast` (broadcasts::Planner).
class BroadcastDialog : public QDialog
{
    Q_OBJECT
public:
    struct Setup
    {
        QString region;
        QString ourCompany;
        QStringList ourNumbers;
        QList<MessageTemplate> templates;
    };

    BroadcastDialog(Database &reader, ui::Writer writer, Setup setup, QWidget *parent = nullptr);

    qint64 broadcastId() const { return m_id; }

private:
    void buildUi();
    bool request(broadcasts::PlanRequest *request);
    void preview();
    void start();
    void togglePause();
    void cancelBroadcast();
    void showProgress();

    Database &m_reader;
    ui::Writer m_writer;
    Setup m_setup;
    broadcasts::PlanRequest m_request;
    broadcasts::Plan m_plan;
    qint64 m_id = 0;
    bool m_paused = false;

    QComboBox *m_template = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_csv = nullptr;
    QComboBox *m_from = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace textdesk
