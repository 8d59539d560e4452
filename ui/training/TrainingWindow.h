#pragma once

#include "training/CustomerPlayer.h"
#include "training/Scoring.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace textdesk {
class Clock;
class ClockTimer;
} // namespace textdesk

namespace textdesk::ui {

// Help → Training…: pick a scenario, talk to its simulated customer (the rules of
// training::CustomerPlayer, on the given clock: human pace), finish, and read the debrief.
class TrainingWindow : public QDialog
{
    Q_OBJECT
public:
    explicit TrainingWindow(Clock &clock, QWidget *parent = nullptr);
    ~TrainingWindow() override;

Q_SIGNALS:
    // A scenario was finished and scored (for a lead's report).
    void scored(const training::ScenarioScore &score);

private:
    void showScenario(int row);
    void loadFromFile();
    void start();
    void send();
    void finish();
    void arm();
    void insertTemplate(int index);
    void deliver();
    double minutesNow() const;
    void append(const training::TranscriptMessage &message);

    Clock &m_clock;
    ClockTimer *m_timer;
    QStackedWidget *m_pages;
    QListWidget *m_list;
    QLabel *m_description;
    QLabel *m_goal;
    QListWidget *m_transcriptView;
    QComboBox *m_customer;
    QComboBox *m_templates;
    QPlainTextEdit *m_reply;
    QList<training::Scenario> m_scenarios;
    std::optional<training::Scenario> m_scenario;
    std::unique_ptr<training::CustomerPlayer> m_player;
    QStringList m_jargon;
    QList<training::CustomerMessage> m_pending;
    training::Transcript m_transcript;
    qint64 m_startMs = 0;
};

} // namespace textdesk::ui
