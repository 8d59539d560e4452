// `textdesk contacts import|export|undo`, `textdesk import` (message history) and
// `textdesk privacy erase`: the address book and the customer's data without a window.
#include "CommandLine.h"
#include "ProgressLine.h"
#include "contacts/ContactTransfer.h"
#include "contacts/HistoryImport.h"
#include "phone/PhoneNumbers.h"
#include "storage/ContactBook.h"
#include "storage/Erasure.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace textdesk {

namespace {
QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"), CommandLine::tr("The workspace folder."),
                              CommandLine::tr("DIR"), Workspace::defaultLocation());
}

QCommandLineOption regionOption()
{
    return QCommandLineOption(
        QStringLiteral("region"),
        CommandLine::tr("How numbers without +country code are read (e.g. US, DE; default: the "
                        "workspace's [phone] default_region, else this computer's region)."),
        CommandLine::tr("REGION"));
}

// The --region given, else the workspace's, else this computer's.
QString regionFor(const QCommandLineParser &parser, const Workspace &workspace)
{
    const QString given = parser.value(QStringLiteral("region"));
    if (!given.isEmpty())
        return given.toUpper();
    const QString configured = QSettings(workspace.settingsPath(), QSettings::IniFormat)
                                   .value(QStringLiteral("phone/default_region"))
                                   .toString();
    return configured.isEmpty() ? PhoneNumbers::systemRegion() : configured.toUpper();
}

std::unique_ptr<Workspace> openWorkspace(const QString &directory, QTextStream &err)
{
    auto workspace = Workspace::open(directory);
    if (!workspace) {
        err << CommandLine::tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        return nullptr;
    }
    return std::move(*workspace);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<contacts::Format> formatFrom(const QString &value, bool *ok)
{
    *ok = true;
    if (value.isEmpty())
        return std::nullopt;
    if (value == QLatin1String("csv"))
        return contacts::Format::Csv;
    if (value == QLatin1String("vcard") || value == QLatin1String("vcf"))
        return contacts::Format::VCard;
    *ok = false;
    return std::nullopt;
}
} // namespace

int CommandLine::contacts(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(2) == QLatin1String("carddav"))
        return carddav(arguments, out, err);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Contacts in and out of the workspace."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or vcard."),
                                          tr("FORMAT"));
    const QCommandLineOption versionOption(QStringLiteral("vcard-version"),
                                           tr("vCard version to write: 3 or 4 (default 4)."),
                                           tr("N"), QStringLiteral("4"));
    parser.addOptions({ workspaceOption(), regionOption(), formatOption, versionOption });
    parser.addPositionalArgument(QStringLiteral("contacts"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("import, export or undo."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The file (undo: the import's number)."));
    if (!parse(parser, arguments, err))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (positional.size() != 3
        || !QStringList(
                { QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("undo") })
                .contains(action)) {
        err << tr("textdesk: say what to do: textdesk contacts import|export --workspace DIR FILE "
                  "[--format csv|vcard], or textdesk contacts undo --workspace DIR NUMBER")
            << Qt::endl;
        return Usage;
    }
    bool formatOk = false;
    std::optional<contacts::Format> format = formatFrom(parser.value(formatOption), &formatOk);
    if (!formatOk) {
        err << tr("textdesk: --format must be csv or vcard.") << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(parser.value(QStringLiteral("workspace")), err);
    if (!workspace)
        return Failed;
    Database &db = workspace->database();
    const QString file = positional.at(2);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (action == QLatin1String("undo")) {
        bool ok = false;
        const qint64 id = file.toLongLong(&ok);
        const Status s = ok ? ContactBook::undo(db, id, now)
                            : Status(StorageError(StorageError::Kind::InvalidInput, db.path(),
                                                  tr("“%1” is not an import number.").arg(file)));
        if (!s) {
            err << tr("textdesk: %1").arg(s.error().message()) << Qt::endl;
            return Failed;
        }
        out << tr("Import %1 was undone.").arg(id) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("export")) {
        const contacts::Format f = format.value_or(contacts::ContactFiles::guessFormat(file, {}));
        const int version = parser.value(versionOption).toInt();
        if (f == contacts::Format::VCard && version != 3 && version != 4) {
            err << tr("textdesk: --vcard-version must be 3 or 4.") << Qt::endl;
            return Usage;
        }
        int count = 0;
        const QString problem = contacts::ContactTransfer::exportFile(db, file, f, version, &count);
        if (!problem.isEmpty()) {
            err << tr("textdesk: %1").arg(problem) << Qt::endl;
            return Failed;
        }
        out << tr("Wrote %n contact(s) to %1.", nullptr, count).arg(file) << Qt::endl;
        return Ok;
    }
    const contacts::ImportReport report = contacts::ContactTransfer::importFile(
        db, file, format, regionFor(parser, *workspace), now);
    for (const QString &problem : report.parsed.errors)
        err << problem << '\n';
    if (!report.parsed.ok()) {
        err << tr("textdesk: %1 was not imported; nothing was changed. Correct the lines above "
                  "and run the import again.")
                   .arg(file)
            << Qt::endl;
        return Failed;
    }
    if (!report.error.isEmpty()) {
        err << tr("textdesk: %1").arg(report.error) << Qt::endl;
        return Failed;
    }
    if (report.parsed.format == contacts::Format::Csv)
        out << tr("Read as: %1").arg(contacts::CsvMapping::layoutName(report.parsed.mapping.layout))
            << '\n';
    out << tr("Import %1: %2 new, %3 merged with customers already here, %4 repeated in the "
              "file, %5 without a number skipped.")
               .arg(report.outcome.importId)
               .arg(report.outcome.added)
               .arg(report.outcome.merged)
               .arg(report.parsed.repeats)
               .arg(report.parsed.withoutNumber)
        << '\n'
        << tr("To undo it: textdesk contacts undo --workspace %1 %2")
               .arg(workspace->directory())
               .arg(report.outcome.importId)
        << Qt::endl;
    return Ok;
}

int CommandLine::importHistory(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Bring message history from files into the workspace."));
    parser.addOptions({ workspaceOption() });
    parser.addPositionalArgument(QStringLiteral("import"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("JSON pages of the provider's list, the JSON of its CLI "
                                    "(-o json), or CSV."),
                                 QStringLiteral("FILE…"));
    if (!parse(parser, arguments, err))
        return Usage;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        err << tr("textdesk: name the files to import: textdesk import --workspace DIR FILE…")
            << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(parser.value(QStringLiteral("workspace")), err);
    if (!workspace)
        return Failed;
    cli::ProgressLine progress(err, cli::ProgressLine::stderrIsTerminal(), Clock::system());
    const QLocale locale;
    const auto outcome = contacts::HistoryImport::run(
        workspace->database(), files, [&](const QString &file, qint64 read) {
            progress.update(tr("Read %1: %2 messages so far").arg(file, locale.toString(read)),
                            true);
        });
    if (!outcome.ok()) {
        progress.finish(tr("textdesk: %1").arg(outcome.error));
        return Failed;
    }
    progress.finish(tr("Done: %1 messages read.").arg(locale.toString(outcome.read)));
    out << tr("Imported %1 messages; %2 were already here.")
               .arg(locale.toString(outcome.inserted), locale.toString(outcome.skipped))
        << Qt::endl;
    return Ok;
}

int CommandLine::privacy(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A customer's right to erasure."));
    const QCommandLineOption numberOption(QStringLiteral("number"), tr("The customer's number."),
                                          tr("NUMBER"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       tr("Erase without asking (required: there is no undo)."));
    parser.addOptions({ workspaceOption(), regionOption(), numberOption, yesOption });
    parser.addPositionalArgument(QStringLiteral("privacy"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("erase"), tr("What to do: erase."));
    if (!parse(parser, arguments, err))
        return Usage;
    if (parser.positionalArguments().value(1) != QLatin1String("erase")
        || !parser.isSet(numberOption)) {
        err << tr("textdesk: textdesk privacy erase --workspace DIR --number NUMBER --yes")
            << Qt::endl;
        return Usage;
    }
    auto workspace = openWorkspace(parser.value(QStringLiteral("workspace")), err);
    if (!workspace)
        return Failed;
    const PhoneNumbers::Parsed number
        = PhoneNumbers::toE164(parser.value(numberOption), regionFor(parser, *workspace));
    if (!number.ok()) {
        err << tr("textdesk: %1").arg(number.error) << Qt::endl;
        return Usage;
    }
    Database &db = workspace->database();
    auto preview = Erasure::preview(db, number.e164);
    if (!preview) {
        err << tr("textdesk: %1").arg(preview.error().message()) << Qt::endl;
        return Failed;
    }
    const QString what
        = tr("%1: %2 conversations, %3 messages, %4 media files, %5 drafts, %6 outbox entries, "
             "%7 survey answers, %8 consent events, and the profile.")
              .arg(number.e164)
              .arg(preview->conversations)
              .arg(preview->messages)
              .arg(preview->mediaFiles)
              .arg(preview->drafts)
              .arg(preview->outbox)
              .arg(preview->surveyAnswers)
              .arg(preview->consentEvents);
    if (!parser.isSet(yesOption)) {
        err << tr("textdesk: this would erase %1 There is no undo: add --yes to erase.").arg(what)
            << Qt::endl;
        return Usage;
    }
    auto erased = Erasure::erase(db, number.e164, workspace->mediaDirectory(),
                                 QStringLiteral("cli"), QDateTime::currentMSecsSinceEpoch());
    if (!erased) {
        err << tr("textdesk: %1 Nothing was erased.").arg(erased.error().message()) << Qt::endl;
        return Failed;
    }
    out << tr("Erased %1").arg(what) << Qt::endl;
    return Ok;
}

} // namespace textdesk
