#pragma once

#include "Scoring.h"

#include <QtCore/QCoreApplication>

// The lead's view of training: each finished scenario kept as a line of a results file (JSON
// lines, `training-results.jsonl` in the workspace folder), and per agent the scenarios done,
// scores, trend and weakest checks, as CSV.
namespace textdesk::training {

struct TrainingResult
{
    QString agent;
    QString scenarioId;
    qint64 atMs = 0;
    int score = 0;
    bool passed = false;
    QStringList missed; // check ids
    std::optional<double> firstReplyMinutes;
};

struct AgentSummary
{
    QString agent;
    int scenarios = 0;
    int passed = 0;
    double meanScore = 0;
    // The mean of the later half of the agent's scenarios minus the earlier half's (0 with
    // fewer than two).
    double trend = 0;
    std::optional<double> medianFirstReplyMinutes;
    QStringList weakest; // the checks missed most often, at most three
};

class TrainingReport
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::training::TrainingReport)
public:
    static QString resultsPath(const QString &workspaceDirectory);
    static TrainingResult result(const ScenarioScore &score, const QString &agent, qint64 atMs);
    // Appends one line; false with the reason in words.
    static bool append(const QString &path, const TrainingResult &result, QString *error);
    // Every result in the file; a damaged line is skipped and counted in `skipped`.
    static std::optional<QList<TrainingResult>> read(const QString &path, QString *error,
                                                     int *skipped = nullptr);
    static QList<AgentSummary> summarise(const QList<TrainingResult> &results);
    static QByteArray csv(const QList<AgentSummary> &agents);
};

} // namespace textdesk::training
