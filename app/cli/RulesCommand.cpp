// `textdesk rules list|test|export|import`: the workspace's automation rules without a window
// (docs/automation.md). `test` is the dry run: what the rules would do with a message, nothing
// done.
#include "CommandLine.h"
#include "automation/RuleRunner.h"
#include "phone/PhoneNumbers.h"
#include "storage/RuleStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

namespace textdesk {

namespace {

using namespace automation;

// The rules and business hours of a file, stored in one transaction (all or nothing).
Status importRules(Database &db, const RuleJson::File &file, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    QList<RuleRow> rows;
    for (const Rule &rule : file.rules) {
        rows.append({ 0, rule.position, rule.name, rule.enabled,
                      QString::fromUtf8(
                          QJsonDocument(RuleJson::write(rule)).toJson(QJsonDocument::Compact)) });
    }
    if (auto s = RuleStore::replaceAll(db, rows, nowMs); !s)
        return s;
    for (auto it = file.businessHours.constBegin(); it != file.businessHours.constEnd(); ++it) {
        const QString definition = QString::fromUtf8(
            QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        if (auto s = RuleStore::setBusinessHours(db, it.key(), definition, nowMs); !s)
            return s;
    }
    return tx.commit();
}

} // namespace

int CommandLine::rules(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The workspace's automation rules."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("The workspace folder."), tr("DIR"),
                                             Workspace::defaultLocation());
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("test: the customer's number the sample comes from."),
                                        tr("NUMBER"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("test: our number it is sent to (default: the customer's)."),
        tr("NUMBER"));
    const QCommandLineOption atOption(
        QStringLiteral("at"), tr("test: when it arrives, e.g. 2026-06-03T22:00 (default: now)."),
        tr("TIME"));
    parser.addOptions({ workspaceOption, fromOption, toOption, atOption });
    parser.addPositionalArgument(QStringLiteral("rules"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, test, export or import."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QStringList actions = { QStringLiteral("list"), QStringLiteral("test"),
                                  QStringLiteral("export"), QStringLiteral("import") };
    const bool needsArgument = action != QLatin1String("list");
    if (!actions.contains(action) || (needsArgument && positional.size() < 3)) {
        err << tr("textdesk: say what to do: textdesk rules list --workspace DIR, textdesk rules "
                  "test --workspace DIR [--from NUMBER] [--to NUMBER] [--at TIME] TEXT, or "
                  "textdesk rules export|import --workspace DIR FILE")
            << Qt::endl;
        return Usage;
    }
    auto workspace = Workspace::open(parser.value(workspaceOption));
    if (!workspace) {
        err << tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        return Failed;
    }
    Database &db = (*workspace)->database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
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
        const RuleJson::File parsed = RuleJson::readFile(file.readAll());
        if (!parsed.ok()) {
            err << tr("textdesk: nothing was imported:") << Qt::endl;
            for (const QString &e : parsed.errors)
                err << "  " << e << Qt::endl;
            return Failed;
        }
        if (auto s = importRules(db, parsed, now); !s)
            return storageFailed(s.error());
        out << tr("Imported %n rule(s); they replace the ones before.", nullptr,
                  int(parsed.rules.size()))
            << Qt::endl;
        return Ok;
    }

    auto book = RuleBook::load(db);
    if (!book)
        return storageFailed(book.error());
    for (const QString &problem : std::as_const(book->problems))
        err << tr("textdesk: %1").arg(problem) << Qt::endl;

    if (action == QLatin1String("export")) {
        auto rows = RuleStore::rules(db);
        auto hours = RuleStore::businessHours(db);
        if (!rows || !hours)
            return storageFailed(!rows ? rows.error() : hours.error());
        QList<Rule> rules;
        for (const RuleRow &row : std::as_const(*rows)) {
            auto rule = RuleJson::read(QJsonDocument::fromJson(row.definition.toUtf8()).object(),
                                       nullptr);
            if (!rule)
                continue; // said above
            rule->name = row.name;
            rule->enabled = row.enabled;
            rules.append(*rule);
        }
        QJsonObject hoursJson;
        for (auto it = hours->cbegin(); it != hours->cend(); ++it)
            hoursJson.insert(it.key(), QJsonDocument::fromJson(it.value().toUtf8()).object());
        QFile file(positional.at(2));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(RuleJson::writeFile(rules, hoursJson)) < 0) {
            err << tr("textdesk: cannot write %1: %2").arg(file.fileName(), file.errorString())
                << Qt::endl;
            return Failed;
        }
        out << tr("Exported %n rule(s) to %1.", nullptr, int(rules.size())).arg(file.fileName())
            << Qt::endl;
        return Ok;
    }

    if (action == QLatin1String("list")) {
        if (book->rules.isEmpty())
            out << tr("No rules yet. Import some with textdesk rules import.") << Qt::endl;
        for (const Rule &rule : std::as_const(book->rules)) {
            out << tr("%1. %2 — %3%4%5")
                       .arg(rule.position + 1)
                       .arg(rule.name, RuleJson::eventName(rule.event),
                            rule.kind == Rule::Kind::Away ? tr(" (away reply)") : QString(),
                            rule.enabled ? QString() : tr(" [off]"))
                << Qt::endl;
        }
        for (auto it = book->hours.cbegin(); it != book->hours.cend(); ++it) {
            out << tr("Business hours of %1: %2")
                       .arg(it.key() == QLatin1String("*") ? tr("every number") : it.key(),
                            it.value().describe())
                << Qt::endl;
        }
        return Ok;
    }

    // test: the dry run.
    const QString region = QSettings((*workspace)->settingsPath(), QSettings::IniFormat)
                               .value(QStringLiteral("phone/default_region"))
                               .toString();
    const auto number = [&](const QString &typed) -> std::optional<QString> {
        if (typed.isEmpty() || PhoneNumbers::isShortCode(typed))
            return typed;
        // "+1 312 555-0142" as the cache keeps it: the provider's form is not reparsed (a
        // simulator's or test number may not be a valid one).
        QString digits = typed;
        digits.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
        if (digits.size() > 4 && digits.startsWith(QLatin1Char('+'))
            && std::all_of(digits.cbegin() + 1, digits.cend(), [](QChar c) { return c.isDigit(); }))
            return digits;
        const auto parsed = PhoneNumbers::toE164(
            typed, region.isEmpty() ? PhoneNumbers::systemRegion() : region.toUpper());
        if (!parsed.ok()) {
            err << tr("textdesk: %1").arg(parsed.error) << Qt::endl;
            return std::nullopt;
        }
        return parsed.e164;
    };
    const auto from = number(parser.value(fromOption));
    const auto to = number(parser.value(toOption));
    if (!from || !to)
        return Usage;
    qint64 at = now;
    if (parser.isSet(atOption)) {
        const QDateTime when = QDateTime::fromString(parser.value(atOption), Qt::ISODate);
        if (!when.isValid()) {
            err << tr("textdesk: --at %1 is not a time; write it like 2026-06-03T22:00.")
                       .arg(parser.value(atOption))
                << Qt::endl;
            return Usage;
        }
        at = when.toMSecsSinceEpoch();
    }
    const QString text = positional.mid(2).join(QLatin1Char(' '));
    auto evaluation = RuleRunner::dryRun(db, book->rules, *from, *to, text, at,
                                         RuleSettings::fromIni((*workspace)->settingsPath()));
    if (!evaluation)
        return storageFailed(evaluation.error());
    out << tr("Nothing is sent or changed by a test.") << Qt::endl;
    out << evaluation->describe() << Qt::endl;
    return Ok;
}

} // namespace textdesk
