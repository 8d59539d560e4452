#include "TrainingReport.h"

#include "reports/ReportExport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMap>

#include <algorithm>

namespace textdesk::training {

QString TrainingReport::resultsPath(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).filePath(QStringLiteral("training-results.jsonl"));
}

TrainingResult TrainingReport::result(const ScenarioScore &score, const QString &agent, qint64 atMs)
{
    TrainingResult r { agent, score.scenarioId,       atMs, score.score, score.passed,
                       {},    score.firstReplyMinutes };
    for (const Check &c : score.checks) {
        if (!c.passed)
            r.missed << c.id;
    }
    return r;
}

bool TrainingReport::append(const QString &path, const TrainingResult &r, QString *error)
{
    QJsonObject o { { QStringLiteral("agent"), r.agent },
                    { QStringLiteral("scenario"), r.scenarioId },
                    { QStringLiteral("at_ms"), r.atMs },
                    { QStringLiteral("score"), r.score },
                    { QStringLiteral("passed"), r.passed },
                    { QStringLiteral("missed"), QJsonArray::fromStringList(r.missed) } };
    if (r.firstReplyMinutes)
        o.insert(QStringLiteral("first_reply_minutes"), *r.firstReplyMinutes);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)
        || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') < 0
        || !file.flush()) {
        *error = tr("Cannot save the training result to \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<TrainingResult>> TrainingReport::read(const QString &path, QString *error,
                                                          int *skipped)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the training results \"%1\": %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<TrainingResult> results;
    int bad = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.value(QStringLiteral("agent")).isString()
            || !o.value(QStringLiteral("score")).isDouble()) {
            ++bad; // a half-written last line after a crash costs that line only
            continue;
        }
        TrainingResult r;
        r.agent = o.value(QStringLiteral("agent")).toString();
        r.scenarioId = o.value(QStringLiteral("scenario")).toString();
        r.atMs = qint64(o.value(QStringLiteral("at_ms")).toDouble());
        r.score = o.value(QStringLiteral("score")).toInt();
        r.passed = o.value(QStringLiteral("passed")).toBool();
        for (const QJsonValue &v : o.value(QStringLiteral("missed")).toArray())
            r.missed << v.toString();
        if (o.value(QStringLiteral("first_reply_minutes")).isDouble())
            r.firstReplyMinutes = o.value(QStringLiteral("first_reply_minutes")).toDouble();
        results << r;
    }
    if (skipped)
        *skipped = bad;
    return results;
}

QList<AgentSummary> TrainingReport::summarise(const QList<TrainingResult> &results)
{
    QMap<QString, QList<TrainingResult>> byAgent;
    for (const TrainingResult &r : results)
        byAgent[r.agent] << r;
    QList<AgentSummary> out;
    for (auto it = byAgent.begin(); it != byAgent.end(); ++it) {
        QList<TrainingResult> list = it.value();
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.atMs < b.atMs; });
        AgentSummary s;
        s.agent = it.key();
        s.scenarios = int(list.size());
        QMap<QString, int> missed;
        QList<double> first;
        double total = 0;
        for (const TrainingResult &r : list) {
            total += r.score;
            s.passed += r.passed ? 1 : 0;
            for (const QString &id : r.missed)
                ++missed[id];
            if (r.firstReplyMinutes)
                first << *r.firstReplyMinutes;
        }
        s.meanScore = total / s.scenarios;
        if (list.size() >= 2) {
            const qsizetype half = list.size() / 2;
            double early = 0;
            double late = 0;
            for (qsizetype i = 0; i < half; ++i)
                early += list.at(i).score;
            for (qsizetype i = list.size() - half; i < list.size(); ++i)
                late += list.at(i).score;
            s.trend = (late - early) / half;
        }
        if (!first.isEmpty()) {
            std::sort(first.begin(), first.end());
            const qsizetype n = first.size();
            s.medianFirstReplyMinutes
                = n % 2 ? first.at(n / 2) : (first.at(n / 2 - 1) + first.at(n / 2)) / 2;
        }
        QList<std::pair<QString, int>> ranked(missed.keyValueBegin(), missed.keyValueEnd());
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        for (qsizetype i = 0; i < ranked.size() && i < 3; ++i)
            s.weakest << ranked.at(i).first;
        out << s;
    }
    return out;
}

QByteArray TrainingReport::csv(const QList<AgentSummary> &agents)
{
    using reports::ReportExport;
    QByteArray out
        = "agent,scenarios,passed,mean_score,trend,median_first_reply_minutes,weakest_checks\n";
    for (const AgentSummary &a : agents) {
        out += ReportExport::cell(a.agent) + ',' + QByteArray::number(a.scenarios) + ','
            + QByteArray::number(a.passed) + ',' + QByteArray::number(a.meanScore, 'f', 1) + ','
            + QByteArray::number(a.trend, 'f', 1) + ','
            + (a.medianFirstReplyMinutes ? QByteArray::number(*a.medianFirstReplyMinutes, 'f', 1)
                                         : QByteArray())
            + ',' + ReportExport::cell(a.weakest.join(QLatin1Char(' '))) + '\n';
    }
    return out;
}

} // namespace textdesk::training
