#include "CommandLine.h"
#include "training/ReplyAnalysis.h"
#include "training/TrainingReport.h"
#include "training/TrainingRun.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

namespace textdesk {

namespace {

void printErrors(QTextStream &err, const QString &file,
                 const QList<training::ScenarioError> &errors)
{
    for (const training::ScenarioError &e : errors)
        err << CommandLine::tr("textdesk: %1: %2").arg(file, e.toString()) << Qt::endl;
}

} // namespace

// `textdesk training run`: a scripted set of replies played against a scenario's simulated
// customer and scored, without a window — for checking scenarios and for tests.
int CommandLine::training(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Play a scripted set of replies against a training scenario and print the score."));
    QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        tr("The scenario: a JSON file or a built-in id (repeat it, or say "
           "\"all\", to score several with --model-answer)."),
        tr("FILE"));
    QCommandLineOption repliesOption(QStringLiteral("replies"),
                                     tr("The replies: a JSON list of {delay_minutes, text, to}."),
                                     tr("FILE"));
    QCommandLineOption modelOption(QStringLiteral("model-answer"),
                                   tr("Play the scenario's model answer instead of --replies."));
    QCommandLineOption seedOption(QStringLiteral("seed"), tr("The customer's seed (default 1)."),
                                  tr("N"), QStringLiteral("1"));
    QCommandLineOption jargonOption(QStringLiteral("jargon"),
                                    tr("The jargon list: one term a line (default: the built-in "
                                       "list)."),
                                    tr("FILE"));
    QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    QCommandLineOption resultsOption(QStringLiteral("results"),
                                     tr("report: the results file (training-results.jsonl in the "
                                        "workspace folder)."),
                                     tr("FILE"));
    QCommandLineOption outputOption(QStringLiteral("output"),
                                    tr("report: write the CSV here (default: standard output)."),
                                    tr("FILE"));
    parser.addOptions({ scenarioOption, repliesOption, modelOption, seedOption, jargonOption,
                        jsonOption, resultsOption, outputOption });
    parser.addPositionalArgument(QStringLiteral("training"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("run"), tr("What to do: run or list."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QString action = parser.positionalArguments().value(1);
    if (action == QLatin1String("list")) {
        for (const QString &id : training::builtinScenarioIds()) {
            QList<training::ScenarioError> errors;
            const auto scenario = training::ScenarioLoader::load(id, &errors);
            out << id << '\t' << (scenario ? scenario->title : QString()) << '\n';
        }
        out.flush();
        return Ok;
    }
    if (action == QLatin1String("report")) {
        if (!parser.isSet(resultsOption)) {
            err << tr("textdesk: training report needs --results FILE.") << Qt::endl;
            return Usage;
        }
        QString error;
        int skipped = 0;
        const auto results
            = training::TrainingReport::read(parser.value(resultsOption), &error, &skipped);
        if (!results) {
            err << tr("textdesk: %1").arg(error) << Qt::endl;
            return Failed;
        }
        if (skipped)
            err << tr("textdesk: %n damaged line(s) in the results were skipped.", nullptr, skipped)
                << Qt::endl;
        const QByteArray csv
            = training::TrainingReport::csv(training::TrainingReport::summarise(*results));
        if (!parser.isSet(outputOption)) {
            out << QString::fromUtf8(csv) << Qt::flush;
            return Ok;
        }
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(csv) != csv.size()) {
            err << tr("textdesk: cannot write \"%1\": %2")
                       .arg(parser.value(outputOption), file.errorString())
                << Qt::endl;
            return Failed;
        }
        return Ok;
    }
    if (action != QLatin1String("run")) {
        err << tr("textdesk: say what to do: textdesk training run --scenario FILE --replies "
                  "FILE, textdesk training list, or textdesk training report --results FILE.")
            << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(scenarioOption) || parser.isSet(repliesOption) == parser.isSet(modelOption)) {
        err << tr("textdesk: training run needs --scenario and either --replies or "
                  "--model-answer.")
            << Qt::endl;
        return Usage;
    }
    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        err << tr("textdesk: --seed must be a whole number, not \"%1\".")
                   .arg(parser.value(seedOption))
            << Qt::endl;
        return Usage;
    }
    QStringList files = parser.values(scenarioOption);
    if (files == QStringList { QStringLiteral("all") })
        files = training::builtinScenarioIds();
    if (files.size() > 1 && parser.isSet(repliesOption)) {
        err << tr("textdesk: several scenarios are played with --model-answer only.") << Qt::endl;
        return Usage;
    }
    QStringList jargon = training::defaultJargon();
    if (parser.isSet(jargonOption)) {
        QString error;
        jargon = training::readJargon(parser.value(jargonOption), &error);
        if (!error.isEmpty()) {
            err << tr("textdesk: cannot read the jargon list \"%1\": %2")
                       .arg(parser.value(jargonOption), error)
                << Qt::endl;
            return Failed;
        }
    }
    QList<training::RunResult> results;
    for (const QString &file : std::as_const(files)) {
        QList<training::ScenarioError> errors;
        const auto scenario = training::ScenarioLoader::load(file, &errors);
        if (!scenario) {
            printErrors(err, file, errors);
            return Failed;
        }
        QList<training::ScriptedReply> replies = scenario->modelAnswer;
        if (parser.isSet(repliesOption)) {
            const QString repliesFile = parser.value(repliesOption);
            const auto loaded
                = training::ScenarioLoader::loadReplies(repliesFile, *scenario, &errors);
            if (!loaded) {
                printErrors(err, repliesFile, errors);
                return Failed;
            }
            replies = *loaded;
        }
        results << training::playScript(*scenario, replies, seed, jargon);
    }
    if (results.size() == 1) {
        if (parser.isSet(jsonOption))
            out << QString::fromUtf8(QJsonDocument(training::toJson(results.first())).toJson());
        else
            out << training::Scoring::toText(results.first().score);
        out.flush();
        return Ok;
    }
    // Several: each scenario's score, then the overall figures.
    QList<training::ScenarioScore> scores;
    QJsonArray each;
    for (const training::RunResult &r : std::as_const(results)) {
        scores << r.score;
        each.append(training::toJson(r));
        if (!parser.isSet(jsonOption))
            out << training::Scoring::toText(r.score) << '\n';
    }
    const training::OverallScore overall = training::Scoring::overall(scores);
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(
            QJsonDocument(
                QJsonObject { { QStringLiteral("scenarios"), each },
                              { QStringLiteral("overall"), training::Scoring::toJson(overall) } })
                .toJson());
    } else {
        out << tr("Overall: %1 of %2 passed, mean score %3")
                   .arg(overall.passed)
                   .arg(overall.scenarios)
                   .arg(QString::number(overall.meanScore, 'f', 1))
            << '\n';
    }
    out.flush();
    return Ok;
}

} // namespace textdesk
