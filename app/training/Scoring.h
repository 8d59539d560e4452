#pragma once

#include "TrainingScenario.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>

#include <optional>

// How well a trainee handled a scenario: each check passed or missed, with the message it
// refers to and a short explanation, a score out of 100, and the figures behind it. A pure
// function of the scenario and the transcript, so the same replies always score the same.
namespace textdesk::training {

struct TranscriptMessage
{
    int customer = 0;
    bool fromAgent = false;
    QString text;
    QString media;
    double atMinutes = 0; // since the scenario started
};

using Transcript = QList<TranscriptMessage>; // in time order

struct Check
{
    QString id; // "first_reply", "jargon", … (docs/training.md)
    QString title; // what is checked, in words
    bool passed = false;
    int messageIndex = -1; // into the transcript; -1: no single message
    QString message; // that message's text
    QString explanation;
};

struct ScenarioScore
{
    QString scenarioId;
    QString title;
    int score = 0; // 0–100: the share of checks passed
    bool passed = false; // score ≥ the scenario's pass score and no compliance miss
    QList<Check> checks;
    std::optional<double> firstReplyMinutes;
    std::optional<double> resolutionMinutes;
    int replies = 0;
    int maxSegments = 0;
    double meanSegments = 0;
    double meanLength = 0;
    std::optional<int> surveyScore; // the simulated customer's CSAT, 1–5
    QStringList modelAnswer;
};

struct OverallScore
{
    int scenarios = 0;
    int passed = 0;
    double meanScore = 0;
    std::optional<double> medianFirstReplyMinutes;
    std::optional<double> medianResolutionMinutes;
    QMap<QString, int> missed; // check id → scenarios that missed it
};

class Scoring
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::training::Scoring)
public:
    static ScenarioScore score(const Scenario &scenario, const Transcript &transcript,
                               const QStringList &jargon);
    static OverallScore overall(const QList<ScenarioScore> &scores);

    static QJsonObject toJson(const ScenarioScore &score);
    static QJsonObject toJson(const OverallScore &overall);
    // For a terminal: the score, then one line per check.
    static QString toText(const ScenarioScore &score);
};

} // namespace textdesk::training
