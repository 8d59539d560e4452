// `textdesk faq list|test|export|import`: the FAQ bot's questions and answers without a window
// (docs/automation.md). `test` says what the bot would do with a message; nothing is sent.
#include "CommandLine.h"
#include "automation/FaqBot.h"
#include "automation/FaqFile.h"
#include "storage/FaqStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

namespace textdesk {

int CommandLine::faq(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace automation;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The FAQ bot's questions and answers."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("The workspace folder."), tr("DIR"),
                                             Workspace::defaultLocation());
    parser.addOption(workspaceOption);
    parser.addPositionalArgument(QStringLiteral("faq"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, test, export or import."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QStringList actions = { QStringLiteral("list"), QStringLiteral("test"),
                                  QStringLiteral("export"), QStringLiteral("import") };
    if (!actions.contains(action) || (action != QLatin1String("list") && positional.size() < 3)) {
        err << tr("textdesk: say what to do: textdesk faq list --workspace DIR, textdesk faq test "
                  "--workspace DIR TEXT, or textdesk faq export|import --workspace DIR FILE")
            << Qt::endl;
        return Usage;
    }
    auto workspace = Workspace::open(parser.value(workspaceOption));
    if (!workspace) {
        err << tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        return Failed;
    }
    Database &db = (*workspace)->database();
    const auto storageFailed = [&err](const StorageError &error) {
        err << tr("textdesk: %1").arg(error.message()) << Qt::endl;
        return int(Failed);
    };

    if (action == QLatin1String("import")) {
        QFile file(positional.at(2));
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("textdesk: cannot read %1: %2").arg(file.fileName(), file.errorString())
                << Qt::endl;
            return Failed;
        }
        const FaqFile::Parsed parsed = FaqFile::read(file.readAll());
        if (!parsed.ok()) {
            err << tr("textdesk: nothing was imported:") << Qt::endl;
            for (const QString &e : parsed.errors)
                err << "  " << e << Qt::endl;
            return Failed;
        }
        if (auto s = FaqStore::replaceAll(db, parsed.entries, QDateTime::currentMSecsSinceEpoch());
            !s)
            return storageFailed(s.error());
        out << tr("Imported %n question(s) into the FAQ; they replace the ones before.", nullptr,
                  int(parsed.entries.size()))
            << Qt::endl;
        return Ok;
    }

    auto entries = FaqStore::entries(db);
    if (!entries)
        return storageFailed(entries.error());

    if (action == QLatin1String("export")) {
        QFile file(positional.at(2));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(FaqFile::write(*entries)) < 0) {
            err << tr("textdesk: cannot write %1: %2").arg(file.fileName(), file.errorString())
                << Qt::endl;
            return Failed;
        }
        out << tr("Exported %n FAQ question(s) to %1.", nullptr, int(entries->size()))
                   .arg(file.fileName())
            << Qt::endl;
        return Ok;
    }

    if (action == QLatin1String("list")) {
        if (entries->isEmpty())
            out << tr("No FAQ yet. Import one with textdesk faq import (a starter FAQ is in "
                      "resources/faq/starter-faq.json).")
                << Qt::endl;
        for (int n = 0; n < entries->size(); ++n) {
            const FaqEntry &e = entries->at(n);
            out << tr("%1. [%2] %3 — %n keyword(s), %4 phrase(s)", nullptr, int(e.keywords.size()))
                       .arg(n + 1)
                       .arg(e.language, e.question)
                       .arg(e.phrases.size())
                << Qt::endl;
        }
        return Ok;
    }

    // test
    const QString text = positional.mid(2).join(QLatin1Char(' '));
    const RuleSettings settings = RuleSettings::fromIni((*workspace)->settingsPath());
    auto match = FaqMatcher::match(*entries, text, settings.faqThreshold);
    out << tr("Nothing is sent or changed by a test.") << Qt::endl;
    switch (match.kind) {
    case FaqMatch::Kind::Answer: {
        const FaqEntry &e = entries->at(match.entry);
        out << tr("The FAQ bot answers “%1” (%2, score %3 of %4 needed):")
                   .arg(e.question, e.language)
                   .arg(match.score)
                   .arg(settings.faqThreshold)
            << Qt::endl
            << e.answer << Qt::endl;
        break;
    }
    case FaqMatch::Kind::Person:
        out << tr("The FAQ bot hands the conversation to a person: %1.").arg(match.why) << Qt::endl;
        break;
    case FaqMatch::Kind::SmallTalk:
        out << tr("The FAQ bot waits for a question: %1.").arg(match.why) << Qt::endl;
        break;
    case FaqMatch::Kind::Unsure:
        out << tr("The FAQ bot is not sure and hands the conversation to a person: %1.")
                   .arg(match.why)
            << Qt::endl;
        break;
    }
    return Ok;
}

} // namespace textdesk
