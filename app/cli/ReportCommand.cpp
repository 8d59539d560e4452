// `textdesk report`: a lead's report from the cache, as CSV, JSON or (through the UI layer) PDF.
#include "CommandLine.h"
#include "ProgressLine.h"
#include "reports/ReportExport.h"
#include "reports/Reports.h"
#include "storage/Directory.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

#include <cstring>

namespace textdesk {

CommandLine::PdfWriter CommandLine::s_reportPdf = nullptr;

void CommandLine::setReportPdfWriter(PdfWriter writer)
{
    s_reportPdf = writer;
}

bool CommandLine::needsGui(int argc, char **argv)
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "report"))
            report = true;
        if ((!std::strcmp(argv[i], "--format") && i + 1 < argc && !std::strcmp(argv[i + 1], "pdf"))
            || !std::strcmp(argv[i], "--format=pdf"))
            pdf = true;
    }
    return report && pdf;
}

namespace {
// Resolves a filter given by name (agent, tag) or number; 0 and an error when unknown.
qint64 findId(const QList<std::pair<qint64, QString>> &list, const QString &wanted)
{
    for (const auto &[id, name] : list) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return id;
    }
    return 0;
}
} // namespace

int CommandLine::report(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A lead's report from the workspace's cache."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("The workspace folder."), tr("DIR"),
                                             Workspace::defaultLocation());
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (YYYY-MM-DD)."),
                                        tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day (YYYY-MM-DD)."),
                                      tr("DATE"));
    const QCommandLineOption byOption(QStringLiteral("by"),
                                      tr("Group by agent, number, tag, day, week or month."),
                                      tr("GROUPING"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv, json or pdf."),
                                          tr("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The file to write."),
                                          tr("FILE"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), tr("Only this agent (name)."),
                                         tr("NAME"));
    const QCommandLineOption numberOption(QStringLiteral("number"),
                                          tr("Only this number of ours (+E.164)."), tr("NUMBER"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("Only customers with this tag."),
                                       tr("TAG"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         tr("PDF paper: a4 or letter (default: the locale's)."),
                                         tr("PAPER"));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        tr("Instead of the figures, every survey sent in the period with its answer (CSV)."));
    parser.addOptions({ workspaceOption, fromOption, toOption, byOption, formatOption, outputOption,
                        agentOption, numberOption, tagOption, paperOption, answersOption });
    parser.addPositionalArgument(QStringLiteral("report"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("csat, nps, ces or response-times."));
    auto usageError = [&](const QString &message) {
        err << tr("textdesk report: %1").arg(message) << Qt::endl;
        return Usage;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    reports::Query query;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || !reports::kindFromName(words.at(1), &query.kind))
        return usageError(tr("say which report: csat, nps, ces or response-times."));
    query.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    query.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!query.from.isValid() || !query.to.isValid())
        return usageError(tr("--from and --to need dates written as YYYY-MM-DD, e.g. 2026-03-01."));
    if (query.to < query.from)
        return usageError(tr("--to (%1) is before --from (%2).")
                              .arg(parser.value(toOption), parser.value(fromOption)));
    if (parser.isSet(byOption)
        && !reports::groupingFromName(parser.value(byOption), &query.grouping))
        return usageError(tr("--by is one of agent, number, tag, day, week or month, not \"%1\".")
                              .arg(parser.value(byOption)));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("csv") && format != QLatin1String("json")
        && format != QLatin1String("pdf"))
        return usageError(tr("--format is csv, json or pdf."));
    const QString paper = parser.value(paperOption).toLower();
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return usageError(tr("--paper is a4 or letter."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(tr("--output FILE says where to write the report."));

    // A report reads; it never creates a workspace that is not there.
    const QString dir = parser.value(workspaceOption);
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("cache.sqlite")))) {
        err << tr("textdesk report: there is no workspace in %1.").arg(dir) << Qt::endl;
        return Failed;
    }
    auto workspace = Workspace::open(dir);
    if (!workspace) {
        err << tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        return Failed;
    }
    Database &db = (*workspace)->database();

    QStringList filters;
    if (parser.isSet(agentOption)) {
        auto agents = Directory::agentNames(db);
        QList<std::pair<qint64, QString>> list;
        if (agents) {
            for (auto it = agents->cbegin(); it != agents->cend(); ++it)
                list.append({ it.key(), it.value() });
        }
        query.agentId = findId(list, parser.value(agentOption));
        if (!query.agentId)
            return usageError(tr("no agent is called \"%1\".").arg(parser.value(agentOption)));
        filters << tr("Agent: %1").arg(parser.value(agentOption));
    }
    if (parser.isSet(numberOption)) {
        auto inboxes = Directory::inboxes(db);
        QList<std::pair<qint64, QString>> list;
        if (inboxes) {
            for (const auto &inbox : *inboxes)
                list.append({ inbox.id, inbox.e164 });
        }
        query.inboxId = findId(list, parser.value(numberOption));
        if (!query.inboxId)
            return usageError(
                tr("%1 is not one of the workspace's numbers.").arg(parser.value(numberOption)));
        filters << tr("Number: %1").arg(parser.value(numberOption));
    }
    if (parser.isSet(tagOption)) {
        auto tags = Directory::tags(db);
        QList<std::pair<qint64, QString>> list;
        if (tags) {
            for (const auto &tag : *tags)
                list.append({ tag.id, tag.name });
        }
        query.tagId = findId(list, parser.value(tagOption));
        if (!query.tagId)
            return usageError(tr("there is no tag \"%1\".").arg(parser.value(tagOption)));
        filters << tr("Tag: %1").arg(parser.value(tagOption));
    }

    // On a terminal, a line saying what is being done (a year of answers takes a moment); into
    // a file or a pipe, nothing but the result.
    const bool terminal = cli::ProgressLine::stderrIsTerminal();
    cli::ProgressLine progress(err, terminal, Clock::system());
    if (parser.isSet(answersOption)) {
        if (format != QLatin1String("csv"))
            return usageError(tr("--answers is written as CSV: use --format csv."));
        const QLocale locale;
        QSaveFile file(output);
        Status written = file.open(QIODevice::WriteOnly)
            ? reports::ReportExport::responsesCsv(
                db, query, file, query.kind == reports::Kind::ResponseTimes,
                [&](qint64 done, qint64 total) {
                    if (terminal)
                        progress.update(tr("answers: %1 of %2")
                                            .arg(locale.toString(done), locale.toString(total)));
                    return true;
                })
            : Status(StorageError(StorageError::Kind::Io, output, file.errorString()));
        progress.breakLine();
        if (!written || !file.commit()) {
            err << tr("textdesk report: cannot write %1: %2")
                       .arg(output, written ? file.errorString() : written.error().message())
                << Qt::endl;
            return Failed;
        }
        out << tr("Wrote %1").arg(output) << Qt::endl;
        return Ok;
    }
    if (terminal)
        progress.update(tr("reading the figures…"));
    auto report = reports::Reports::run(db, query);
    if (terminal)
        progress.update(tr("writing %1…").arg(output));
    progress.breakLine(); // what follows goes on a line of its own
    if (!report) {
        err << tr("textdesk: %1").arg(report.error().message()) << Qt::endl;
        return Failed;
    }
    if (format == QLatin1String("pdf")) {
        if (!s_reportPdf) {
            err << tr("textdesk report: this build cannot write PDF.") << Qt::endl;
            return Failed;
        }
        if (const QString error
            = s_reportPdf(*report, filters.join(QStringLiteral("; ")), paper, output);
            !error.isEmpty()) {
            err << tr("textdesk report: %1").arg(error) << Qt::endl;
            return Failed;
        }
    } else {
        QSaveFile file(output);
        const QByteArray bytes = format == QLatin1String("csv")
            ? reports::ReportExport::csv(*report)
            : reports::ReportExport::json(*report);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            err << tr("textdesk report: cannot write %1: %2").arg(output, file.errorString())
                << Qt::endl;
            return Failed;
        }
    }
    out << tr("Wrote %1").arg(output) << Qt::endl;
    return Ok;
}

} // namespace textdesk
