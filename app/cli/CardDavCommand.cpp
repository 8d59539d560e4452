// `textdesk contacts carddav sync|conflicts|resolve`: the workspace's CardDAV address book
// without a window.
#include "CommandLine.h"
#include "StdinSecret.h"
#include "contacts/CardDavConflicts.h"
#include "contacts/CardDavSync.h"
#include "core/Clock.h"
#include "phone/PhoneNumbers.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace textdesk {

namespace {
int syncNow(Database &db, const QString &url, const QString &user, const QString &region,
            QTextStream &out, QTextStream &err)
{
    const QString password = cli::firstStdinLine();
    if (password.isEmpty()) {
        err << CommandLine::tr("textdesk: no password on standard input (--password-stdin: the "
                               "first line).")
            << Qt::endl;
        return CommandLine::Usage;
    }
    QNetworkAccessManager network;
    contacts::CardDavClient client(&network, QUrl(url), user, password);
    contacts::CardDavSync sync(db, client, region, Clock::system());
    QObject::connect(&sync, &contacts::CardDavSync::progress, &sync,
                     [&err](const QString &line) { err << line << Qt::endl; });
    QEventLoop loop;
    QObject::connect(&sync, &contacts::CardDavSync::finished, &loop, &QEventLoop::quit);
    sync.start();
    loop.exec();
    const contacts::CardDavSummary &s = sync.summary();
    for (const QString &warning : s.warnings)
        err << warning << Qt::endl;
    out << CommandLine::tr("Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 "
                           "updated, %6 deleted.")
               .arg(s.addedHere)
               .arg(s.updatedHere)
               .arg(s.deletedHere)
               .arg(s.addedThere)
               .arg(s.updatedThere)
               .arg(s.deletedThere)
        << Qt::endl;
    if (s.skipped || s.keptForConversations)
        out << CommandLine::tr("Skipped %1 card(s) without a usable number; kept %2 customer(s) "
                               "the server deleted, for their conversations.")
                   .arg(s.skipped)
                   .arg(s.keptForConversations)
            << Qt::endl;
    out << CommandLine::tr("Conflicts: %1 new, %2 open.").arg(s.newConflicts).arg(s.openConflicts)
        << Qt::endl;
    if (s.openConflicts)
        out << CommandLine::tr("See them with: textdesk contacts carddav conflicts --workspace DIR")
            << Qt::endl;
    if (!s.ok()) {
        err << CommandLine::tr("textdesk: the sync stopped: %1").arg(s.error) << Qt::endl;
        return CommandLine::Failed;
    }
    return CommandLine::Ok;
}
} // namespace

int CommandLine::carddav(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Two-way sync with a CardDAV address book."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("The workspace folder."), tr("DIR"),
                                             Workspace::defaultLocation());
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       tr("The address book's URL (remembered in workspace.ini)."),
                                       tr("URL"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), tr("The user name (remembered in workspace.ini)."), tr("USER"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        tr("Read the password or app token from the first line of standard input."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), tr("resolve: which version stands, here or server."), tr("SIDE"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), tr("How numbers without +country code are read (e.g. US)."),
        tr("REGION"));
    parser.addOptions(
        { workspaceOption, urlOption, userOption, passwordOption, keepOption, regionOption });
    parser.addPositionalArgument(QStringLiteral("contacts"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("carddav"), tr("The address book."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("sync, conflicts or resolve."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(2);
    const bool known = (action == QLatin1String("sync") && positional.size() == 3)
        || (action == QLatin1String("conflicts") && positional.size() == 3)
        || (action == QLatin1String("resolve") && positional.size() == 4);
    if (!known) {
        err << tr("textdesk: say what to do: textdesk contacts carddav sync --workspace DIR [--url "
                  "URL --user USER] --password-stdin, textdesk contacts carddav conflicts "
                  "--workspace DIR, or textdesk contacts carddav resolve --workspace DIR N --keep "
                  "here|server")
            << Qt::endl;
        return Usage;
    }
    auto opened = Workspace::open(parser.value(workspaceOption));
    if (!opened) {
        err << tr("textdesk: %1").arg(opened.error().message()) << Qt::endl;
        return Failed;
    }
    Workspace &workspace = **opened;
    Database &db = workspace.database();
    const QString region = parser.isSet(regionOption)
        ? parser.value(regionOption).toUpper()
        : PhoneNumbers::workspaceRegion(workspace.settingsPath());

    if (action == QLatin1String("sync")) {
        QSettings settings(workspace.settingsPath(), QSettings::IniFormat);
        const QString url = parser.isSet(urlOption)
            ? parser.value(urlOption)
            : settings.value(QStringLiteral("carddav/url")).toString();
        const QString user = parser.isSet(userOption)
            ? parser.value(userOption)
            : settings.value(QStringLiteral("carddav/user")).toString();
        if (url.isEmpty() || user.isEmpty()) {
            err << tr("textdesk: no address book yet: give --url URL --user USER once.")
                << Qt::endl;
            return Usage;
        }
        if (const QString why = contacts::CardDavClient::checkUrl(QUrl(url)); !why.isEmpty()) {
            err << tr("textdesk: %1").arg(why) << Qt::endl;
            return Usage;
        }
        if (!parser.isSet(passwordOption)) {
            err << tr("textdesk: give the password or app token on standard input with "
                      "--password-stdin (never as an argument).")
                << Qt::endl;
            return Usage;
        }
        settings.setValue(QStringLiteral("carddav/url"), url);
        settings.setValue(QStringLiteral("carddav/user"), user);
        settings.sync();
        return syncNow(db, url, user, region, out, err);
    }

    if (action == QLatin1String("conflicts")) {
        auto list = CardDavStore(db).conflicts(true);
        if (!list) {
            err << tr("textdesk: %1").arg(list.error().message()) << Qt::endl;
            return Failed;
        }
        if (list->isEmpty())
            out << tr("No open CardDAV conflicts.") << Qt::endl;
        for (const CardDavConflict &c : std::as_const(*list)) {
            out << tr("Conflict %1: %2 (found %3)")
                       .arg(c.id)
                       .arg(c.href, QDateTime::fromMSecsSinceEpoch(c.foundAt).toString(Qt::ISODate))
                << Qt::endl;
            for (const QString &line : contacts::CardDavConflicts::differences(c, region))
                out << QStringLiteral("  ") << line << Qt::endl;
        }
        if (!list->isEmpty())
            out << tr("Keep one version with: textdesk contacts carddav resolve --workspace DIR N "
                      "--keep here|server")
                << Qt::endl;
        return Ok;
    }

    bool ok = false;
    const qint64 id = positional.at(3).toLongLong(&ok);
    const QString keep = parser.value(keepOption);
    if (!ok || (keep != QLatin1String("here") && keep != QLatin1String("server"))) {
        err << tr("textdesk: resolve N --keep here|server (N: the conflict's number).") << Qt::endl;
        return Usage;
    }
    const QString error = contacts::CardDavConflicts::resolve(
        db, id, keep == QLatin1String("here"), region, QDateTime::currentMSecsSinceEpoch());
    if (!error.isEmpty()) {
        err << tr("textdesk: %1").arg(error) << Qt::endl;
        return Failed;
    }
    out << (keep == QLatin1String("here")
                ? tr("Conflict %1: the version here stands; the next sync sends it.").arg(id)
                : tr("Conflict %1: the server's version is now here.").arg(id))
        << Qt::endl;
    return Ok;
}

} // namespace textdesk
